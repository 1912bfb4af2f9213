package org.alvh.io.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alvh.io.SpreadsheetCsv;
import org.alvh.io.SpreadsheetCsv.Cell;
import org.alvh.model.Constituent;
import org.alvh.model.MacroEvent;
import org.alvh.model.MarketHistory;
import org.alvh.model.OptionLeg;
import org.alvh.model.PriceMatrix;
import org.alvh.model.Snapshot;
import org.alvh.model.VixFuture;

/**
 * The files of a snapshot in the §1 format, as {@code backtest --dump-snapshot} writes the §10.2 snapshot of a
 * date: every number in the shortest form that reads back to the same double ({@link SpreadsheetCsv#number}),
 * optional market columns only when the snapshot has them, {@code snapshot.json} with {@code asof} and
 * {@code name}. Reading the files back with {@code SnapshotReader} gives the same snapshot values.
 */
public final class SnapshotDump {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SnapshotDump() {
    }

    /** File name to content, in a fixed order. */
    public static Map<String, byte[]> files(Snapshot snapshot) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("constituents.csv", constituents(snapshot.constituents()));
        files.put("market.csv", market(snapshot.market()));
        if (snapshot.prices() != null) {
            files.put("prices.csv", prices(snapshot));
        }
        if (snapshot.events() != null) {
            files.put("events.csv", events(snapshot.events()));
        }
        files.put("vix_futures.csv", futures(snapshot.futures()));
        files.put("condor.csv", condor(snapshot.condor()));
        files.put("snapshot.json", json(snapshot));
        return files;
    }

    private static byte[] constituents(List<Constituent> rows) {
        SpreadsheetCsv csv = new SpreadsheetCsv().header(List.of("ticker", "name", "sector", "float_market_cap",
                "beta", "implied_vol", "pe", "pcf", "quick_ratio", "wacc"));
        for (Constituent c : rows) {
            csv.row(List.of(SpreadsheetCsv.text(c.ticker()), SpreadsheetCsv.text(c.name()),
                    SpreadsheetCsv.text(c.sector()), SpreadsheetCsv.num(c.floatMarketCap()),
                    SpreadsheetCsv.num(c.beta()), SpreadsheetCsv.num(c.impliedVol()), SpreadsheetCsv.num(c.pe()),
                    SpreadsheetCsv.num(c.pcf()), SpreadsheetCsv.num(c.quickRatio()), SpreadsheetCsv.num(c.wacc())));
        }
        return csv.bytes();
    }

    private static byte[] market(MarketHistory m) {
        List<String> names = new ArrayList<>(List.of("date", "spx_close", "vix_close"));
        List<double[]> columns = new ArrayList<>(List.of(m.spxClose(), m.vixClose()));
        String[] optionalNames = {"advances", "declines", "reer", "implied_correlation", "risk_free_rate",
            "dividend_yield", "vix9d", "vix3m", "vix6m", "vvix"};
        double[][] optional = {m.advances(), m.declines(), m.reer(), m.impliedCorrelation(), m.riskFreeRate(),
            m.dividendYield(), m.vix9d(), m.vix3m(), m.vix6m(), m.vvix()};
        for (int k = 0; k < optional.length; k++) {
            if (optional[k] != null) {
                names.add(optionalNames[k]);
                columns.add(optional[k]);
            }
        }
        SpreadsheetCsv csv = new SpreadsheetCsv().header(names);
        for (int t = 0; t < m.size(); t++) {
            List<Cell> cells = new ArrayList<>(names.size());
            cells.add(SpreadsheetCsv.text(m.date(t).toString()));
            for (double[] column : columns) {
                cells.add(SpreadsheetCsv.num(column[t]));
            }
            csv.row(cells);
        }
        return csv.bytes();
    }

    private static byte[] prices(Snapshot s) {
        PriceMatrix p = s.prices();
        SpreadsheetCsv csv = new SpreadsheetCsv().header(List.of("date", "ticker", "close"));
        for (int t = 0; t < p.days(); t++) {
            String date = s.market().date(t).toString();
            for (int i = 0; i < p.constituents(); i++) {
                double close = p.close(i, t);
                if (!Double.isNaN(close)) {
                    csv.row(List.of(SpreadsheetCsv.text(date), SpreadsheetCsv.text(s.constituents().get(i).ticker()),
                            SpreadsheetCsv.num(close)));
                }
            }
        }
        return csv.bytes();
    }

    private static byte[] events(List<MacroEvent> events) {
        SpreadsheetCsv csv = new SpreadsheetCsv().header(List.of("date", "type", "description"));
        for (MacroEvent e : events) {
            csv.row(List.of(SpreadsheetCsv.text(e.date().toString()), SpreadsheetCsv.text(e.type()),
                    SpreadsheetCsv.text(e.description())));
        }
        return csv.bytes();
    }

    private static byte[] futures(List<VixFuture> futures) {
        SpreadsheetCsv csv = new SpreadsheetCsv().header(List.of("expiry", "price", "option_iv"));
        for (VixFuture f : futures) {
            csv.row(List.of(SpreadsheetCsv.text(f.expiry().toString()), SpreadsheetCsv.num(f.price()),
                    SpreadsheetCsv.num(f.optionIv())));
        }
        return csv.bytes();
    }

    private static byte[] condor(List<OptionLeg> legs) {
        SpreadsheetCsv csv = new SpreadsheetCsv().header(List.of("right", "strike", "expiry", "quantity",
                "implied_vol"));
        for (OptionLeg leg : legs) {
            csv.row(List.of(SpreadsheetCsv.text(leg.right().code()), SpreadsheetCsv.num(leg.strike()),
                    SpreadsheetCsv.text(leg.expiry().toString()), SpreadsheetCsv.num(leg.quantity()),
                    SpreadsheetCsv.num(leg.impliedVol())));
        }
        return csv.bytes();
    }

    private static byte[] json(Snapshot s) {
        ObjectNode root = JSON.createObjectNode();
        root.put("asof", s.asOf().toString());
        root.put("name", s.name());
        try {
            return (JSON.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("snapshot.json could not be written", e);
        }
    }
}
