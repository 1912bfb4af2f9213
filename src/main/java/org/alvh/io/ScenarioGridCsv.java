package org.alvh.io;

import java.util.ArrayList;
import java.util.List;
import org.alvh.calc.ScenarioPnl;
import org.alvh.calc.Scenarios;
import org.alvh.io.SpreadsheetCsv.Cell;

/**
 * The §9 scenario grid as CSV (RFC 4180, spreadsheet-safe, {@link SpreadsheetCsv}): one row per cell in the
 * audit's order, P&amp;L in USD, the SPX move in percent and the VIX move in points (as listed; the shocked
 * VIX, floored, in {@code vix}).
 */
public final class ScenarioGridCsv {
    public static final List<String> COLUMNS = List.of("days", "spx_move_pct", "vix_move_pts", "spx", "vix",
            "condor_usd", "layer1_usd", "layer2_usd", "layer3_usd", "hedged_usd");

    private ScenarioGridCsv() {
    }

    public static byte[] toCsv(Scenarios scenarios) {
        SpreadsheetCsv csv = new SpreadsheetCsv().header(COLUMNS);
        rows(scenarios).forEach(csv::row);
        return csv.bytes();
    }

    /** The rows as cells (the window exports the same cells). */
    public static List<List<Cell>> rows(Scenarios scenarios) {
        List<List<Cell>> rows = new ArrayList<>(scenarios.grid().size());
        for (ScenarioPnl p : scenarios.grid()) {
            List<Cell> row = new ArrayList<>(COLUMNS.size());
            row.add(SpreadsheetCsv.num((double) p.scenario().days()));
            row.add(SpreadsheetCsv.num(p.scenario().spxMove()));
            row.add(SpreadsheetCsv.num(p.scenario().vixMove()));
            row.add(SpreadsheetCsv.num(p.spot()));
            row.add(SpreadsheetCsv.num(p.vix()));
            row.add(SpreadsheetCsv.num(p.condorUsd()));
            p.layersUsd().forEach(l -> row.add(SpreadsheetCsv.num(l)));
            row.add(SpreadsheetCsv.num(p.hedgedUsd()));
            rows.add(List.copyOf(row));
        }
        return rows;
    }
}
