package org.alvh.io.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alvh.io.SpreadsheetCsv;
import org.alvh.io.SpreadsheetCsv.Cell;
import org.alvh.io.config.ConfigWriter;
import org.alvh.replay.DailyRow;
import org.alvh.replay.ReplayResult;
import org.alvh.replay.Run;
import org.alvh.replay.RunSummary;
import org.alvh.replay.Structure;
import org.alvh.replay.Trade;

/**
 * The three reports of a replay (METHOD.md §10.4): {@code daily.csv}, {@code trades.csv} and {@code summary.json},
 * with the columns and keys exactly as specified. Deterministic: the same result gives the same bytes.
 */
public final class ReplayReports {
    public static final String DAILY = "daily.csv";
    public static final String TRADES = "trades.csv";
    public static final String SUMMARY = "summary.json";

    public static final List<String> DAILY_COLUMNS = List.of("date", "spx", "vix", "beta_star", "shift_score",
            "condor_mark_usd", "layer1_instrument", "layer1_quantity", "layer1_mark_usd", "layer2_instrument",
            "layer2_quantity", "layer2_mark_usd", "layer3_instrument", "layer3_quantity", "layer3_mark_usd",
            "hedged_equity", "unhedged_equity", "hedged_drawdown", "unhedged_drawdown");
    public static final List<String> TRADE_COLUMNS = List.of("date", "run", "layer", "action", "instrument",
            "expiry", "strike_low", "strike_mid", "strike_high", "right", "quantity", "price", "cost_usd", "reason");

    /** The rules of METHOD.md §10.3 in words, for {@code summary.json}. */
    private static final Map<String, String> RULES = rules();

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReplayReports() {
    }

    /** The three files by name, in the order above. */
    public static Map<String, byte[]> files(ReplayResult result) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(DAILY, daily(result));
        files.put(TRADES, trades(result));
        files.put(SUMMARY, summary(result));
        return files;
    }

    public static byte[] daily(ReplayResult result) {
        SpreadsheetCsv csv = new SpreadsheetCsv().header(DAILY_COLUMNS);
        for (DailyRow row : result.daily()) {
            List<Cell> cells = new ArrayList<>(List.of(date(row.date()), SpreadsheetCsv.num(row.spx()),
                    SpreadsheetCsv.num(row.vix()), SpreadsheetCsv.num(row.betaStar()),
                    SpreadsheetCsv.num(row.shiftScore()), SpreadsheetCsv.num(row.condorMarkUsd())));
            for (DailyRow.LayerDay layer : row.layers()) {
                cells.add(SpreadsheetCsv.text(layer.kind() == null ? null : layer.kind().name()));
                cells.add(SpreadsheetCsv.num(layer.quantity()));
                cells.add(SpreadsheetCsv.num(layer.markUsd()));
            }
            cells.addAll(List.of(SpreadsheetCsv.num(row.hedgedEquity()), SpreadsheetCsv.num(row.unhedgedEquity()),
                    SpreadsheetCsv.num(row.hedgedDrawdown()), SpreadsheetCsv.num(row.unhedgedDrawdown())));
            csv.row(cells);
        }
        return csv.bytes();
    }

    public static byte[] trades(ReplayResult result) {
        SpreadsheetCsv csv = new SpreadsheetCsv().header(TRADE_COLUMNS);
        for (Trade t : result.trades()) {
            Structure s = t.structure();
            List<Double> k = s.strikes();
            Double low = k.isEmpty() ? null : k.get(0);
            Double mid = k.size() == 3 ? k.get(1) : null;
            Double high = k.size() >= 2 ? k.get(k.size() - 1) : null;
            csv.row(List.of(date(t.date()), SpreadsheetCsv.text(t.run().label()),
                    SpreadsheetCsv.num((double) t.layer()), SpreadsheetCsv.text(t.action().label()),
                    SpreadsheetCsv.text(s.kind().name()), date(s.expiry()), SpreadsheetCsv.num(low),
                    SpreadsheetCsv.num(mid), SpreadsheetCsv.num(high),
                    SpreadsheetCsv.text(s.right() == null ? null : s.right().code()),
                    SpreadsheetCsv.num(t.quantity()), SpreadsheetCsv.num(t.price()), SpreadsheetCsv.num(t.costUsd()),
                    SpreadsheetCsv.text(t.reason())));
        }
        return csv.bytes();
    }

    public static byte[] summary(ReplayResult result) {
        ObjectNode root = JSON.createObjectNode();
        root.put("history", result.historyName());
        root.put("from", String.valueOf(result.from()));
        root.put("to", String.valueOf(result.to()));
        putDate(root, "firstEntry", result.firstEntry());
        putDate(root, "lastDate", result.lastDate());
        root.put("marketDates", result.daily().size());
        root.put("engineRuns", result.engineRuns());
        ObjectNode rules = root.putObject("rules");
        RULES.forEach(rules::put);
        root.set("config", ConfigWriter.toTree(result.config()));
        ArrayNode warnings = root.putArray("warnings");
        result.warnings().forEach(warnings::add);
        ObjectNode runs = root.putObject("runs");
        for (Run run : Run.values()) {
            runs.set(run.label(), run(result.runs().get(run)));
        }
        try {
            return (JSON.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("summary.json could not be written", e);
        }
    }

    private static ObjectNode run(RunSummary s) {
        ObjectNode n = JSON.createObjectNode();
        n.put("totalReturn", s.totalReturn());
        n.put("cagr", s.cagr());
        n.put("annualisedVolatility", s.annualisedVolatility());
        n.put("sharpe", s.sharpe());
        n.put("sortino", s.sortino());
        n.put("maxDrawdown", s.maxDrawdown());
        putDate(n, "maxDrawdownPeak", s.maxDrawdownPeak());
        putDate(n, "maxDrawdownTrough", s.maxDrawdownTrough());
        n.put("worstDay", s.worstDay());
        putDate(n, "worstDayDate", s.worstDayDate());
        n.put("worstMonth", s.worstMonth());
        n.put("worstMonthDate", s.worstMonthDate() == null ? null : s.worstMonthDate().toString());
        n.put("positiveMonths", s.positiveMonths());
        n.put("months", s.months());
        n.put("finalEquity", s.finalEquity());
        n.put("days", s.days());
        n.put("condors", s.condors());
        n.put("condorPnlUsd", s.condorPnlUsd());
        n.put("condorCostsUsd", s.condorCostsUsd());
        putDate(n, "ruinDate", s.ruinDate());
        ArrayNode layers = n.putArray("layers");
        for (RunSummary.LayerSummary l : s.layers()) {
            ObjectNode o = layers.addObject();
            o.put("layer", l.layer());
            o.put("pnlUsd", l.pnlUsd());
            o.put("costsUsd", l.costsUsd());
            o.put("contractsTraded", l.contractsTraded());
            o.put("varianceNotionalTradedUsd", l.varianceNotionalTradedUsd());
            o.put("activeShare", l.activeShare());
        }
        return n;
    }

    private static void putDate(ObjectNode n, String key, LocalDate date) {
        n.put(key, date == null ? null : date.toString());
    }

    private static Cell date(LocalDate d) {
        return SpreadsheetCsv.text(d == null ? null : d.toString());
    }

    private static Map<String, String> rules() {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("order", "at each close: expiring positions settle; condor exit; new condor; engine and hedge trades;"
                + " marks; ruin test");
        r.put("entry", "first date >= from on which §2-§5 compute on the snapshot holding the entry-rule condor,"
                + " then the close of every exit date (even when the engine fails there); expiry: the monthly SPX"
                + " expiry nearest to backtest.entryDays (ties earlier); short put over [0.5 S, F], short call over"
                + " [F, 1.5 S] (ends included), surface-vol BSM delta nearest -/+shortDelta (ties farther from"
                + " spot); longs wingWidth beyond, or by longDelta over the grid strikes beyond the short");
        r.put("exit", "from the day after entry, first of: expiry reached (intrinsic), days left <= exitDays, cost"
                + " to close <= (1 - takeProfit) x entry credit, cost to close - entry credit >= stopLoss x entry"
                + " credit (marks, costs excluded; 0 = off)");
        r.put("hedging", "engine on the §10.2 snapshot at the entry close, every rebalanceDays market dates after"
                + " the latest entry, and when a hedge held at the start of the close has <= rollDays days left; a"
                + " held structure that still qualifies is kept and resized to target / its own VEV_unit; otherwise"
                + " closed and the engine's opened; inactive layers closed; engine errors keep the held hedges");
        r.put("marks", "condor legs by the §8.2 surface; VX at the settle (last settle when none); VIX options by"
                + " Black-76 with the §8.2 VIX vol; put spreads by BSM with their §5 vols at the date; swaps by"
                + " §8.1");
        r.put("costs", "half-spread against the trader per leg contract plus the commission per listed leg"
                + " contract; swaps halfSpread.varianceSwap x |dN|, no commission; settlement free");
        r.put("accounting", "cash from capital, no interest; futures by variation on contracts closed"
                + " (weighted-average settle; a change of sign closes all); equity = cash + marks at every close");
        r.put("ruin", "a run whose equity is <= 0 at a close closes everything at those marks with costs (reason"
                + " ruin) and trades no more; its equity then stays constant");
        return java.util.Collections.unmodifiableMap(r);
    }
}
