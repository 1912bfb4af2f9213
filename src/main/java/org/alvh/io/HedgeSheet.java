package org.alvh.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.alvh.calc.AlvhResult;
import org.alvh.calc.CondorResult;
import org.alvh.calc.LayerResult;
import org.alvh.io.SpreadsheetCsv.Cell;

/** The hedge sheet of METHOD.md §6.1: condor legs, one row per layer and a NET row. */
public final class HedgeSheet {
    public static final List<String> COLUMNS = List.of("section", "layer", "instrument", "expiry", "strike_low",
            "strike_mid", "strike_high", "right", "quantity", "unit_price", "cost_usd", "vev_per_unit", "vev_target",
            "vev_achieved", "active", "rationale");

    private HedgeSheet() {
    }

    /** The sheet as CSV bytes: the same bytes for the command line and the window. */
    public static byte[] toCsv(AlvhResult result) {
        SpreadsheetCsv csv = new SpreadsheetCsv().header(COLUMNS);
        rows(result).forEach(csv::row);
        return csv.bytes();
    }

    /** The rows as cells (the window's table shows the same cells). */
    public static List<List<Cell>> rows(AlvhResult result) {
        List<List<Cell>> rows = new ArrayList<>();
        for (CondorResult.Leg leg : result.condor().legs()) {
            rows.add(List.of(SpreadsheetCsv.text("CONDOR"), SpreadsheetCsv.empty(), SpreadsheetCsv.text("SPX_OPTION"),
                    date(leg.expiry()), SpreadsheetCsv.num(leg.strike()), SpreadsheetCsv.empty(),
                    SpreadsheetCsv.empty(), SpreadsheetCsv.text(leg.right().code()),
                    SpreadsheetCsv.num(leg.quantity()), SpreadsheetCsv.num(leg.price()),
                    SpreadsheetCsv.num(leg.quantity() * leg.price() * 100), SpreadsheetCsv.empty(),
                    SpreadsheetCsv.empty(), SpreadsheetCsv.empty(), SpreadsheetCsv.empty(),
                    SpreadsheetCsv.text(leg.role())));
        }
        for (LayerResult layer : result.layers()) {
            List<Double> k = layer.strikes();
            Double low = k.isEmpty() ? null : k.get(0);
            Double mid = k.size() == 3 ? k.get(1) : null;
            Double high = k.size() >= 2 ? k.get(k.size() - 1) : null;
            rows.add(List.of(SpreadsheetCsv.text("HEDGE"), SpreadsheetCsv.num((double) layer.layer()),
                    SpreadsheetCsv.text(layer.instrument()), date(layer.expiry()), SpreadsheetCsv.num(low),
                    SpreadsheetCsv.num(mid), SpreadsheetCsv.num(high),
                    SpreadsheetCsv.text(layer.right() == null ? null : layer.right().code()),
                    SpreadsheetCsv.num((double) layer.quantity()), SpreadsheetCsv.num(layer.unitPrice()),
                    SpreadsheetCsv.num(layer.costUsd()), SpreadsheetCsv.num(layer.vevPerUnit()),
                    SpreadsheetCsv.num(layer.vevTarget()), SpreadsheetCsv.num(layer.vevAchieved()),
                    SpreadsheetCsv.text(Boolean.toString(layer.active())), SpreadsheetCsv.text(layer.rationaleText())));
        }
        List<Cell> net = new ArrayList<>();
        net.add(SpreadsheetCsv.text("NET"));
        for (int i = 1; i < COLUMNS.size(); i++) {
            net.add(SpreadsheetCsv.empty());
        }
        net.set(10, SpreadsheetCsv.num(result.hedgeCostUsd()));
        net.set(12, SpreadsheetCsv.num(result.hedgeBase()));
        net.set(13, SpreadsheetCsv.num(result.residualVev()));
        net.set(15, SpreadsheetCsv.text("residual VEV = condor VEV + sum of achieved"));
        rows.add(List.copyOf(net));
        return rows;
    }

    private static Cell date(LocalDate d) {
        return d == null ? SpreadsheetCsv.empty() : SpreadsheetCsv.text(d.toString());
    }
}
