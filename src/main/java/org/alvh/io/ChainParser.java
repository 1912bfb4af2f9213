package org.alvh.io;

import org.alvh.model.ChainQuote;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/** Reads the optional {@code chain.csv}: SPX quotes, all four on every row, bid &lt;= ask. */
final class ChainParser {
    static final String FILE = "chain.csv";
    private static final List<String> REQUIRED = List.of("expiry", "strike", "call_bid", "call_ask", "put_bid",
            "put_ask");

    /** One expiry and strike; a chain quotes it once. */
    private record Quote(LocalDate expiry, double strike) {
        @Override
        public String toString() {
            return "expiry " + expiry + " strike " + SpreadsheetCsv.number(strike);
        }
    }

    private ChainParser() {
    }

    /** The rows in file order; null when the file is absent or unusable (reported). */
    static List<ChainQuote> parse(FileInput input, ProblemCollector problems, CsvTable.Limits limits) {
        CsvTable t = CsvTable.open(FILE, input, false, problems, limits, REQUIRED, List.of());
        if (t == null) {
            return null;
        }
        try (t) {
            int cExpiry = t.column("expiry");
            int cStrike = t.column("strike");
            int cCallBid = t.column("call_bid");
            int cCallAsk = t.column("call_ask");
            int cPutBid = t.column("put_bid");
            int cPutAsk = t.column("put_ask");
            List<ChainQuote> rows = new ArrayList<>();
            Map<Quote, Integer> firstLine = new HashMap<>();
            while (t.next()) {
                LocalDate expiry = t.date(cExpiry);
                double strike = t.number(cStrike, NumberRule.INDEX_LEVEL);
                double callBid = t.number(cCallBid, NumberRule.QUOTE);
                double callAsk = t.number(cCallAsk, NumberRule.QUOTE);
                double putBid = t.number(cPutBid, NumberRule.QUOTE);
                double putAsk = t.number(cPutAsk, NumberRule.QUOTE);
                checkSpread(t, "call", cCallBid, cCallAsk, callBid, callAsk);
                checkSpread(t, "put", cPutBid, cPutAsk, putBid, putAsk);
                t.requireUnique(cStrike, "the quote of", expiry == null || Double.isNaN(strike) ? null
                        : new Quote(expiry, strike), firstLine);
                if (t.rowOk()) {
                    rows.add(new ChainQuote(t.line(), expiry, strike, callBid, callAsk, putBid, putAsk));
                }
            }
            return rows;
        }
    }

    private static void checkSpread(CsvTable t, String side, int cBid, int cAsk, double bid, double ask) {
        if (bid > ask) {
            t.error(cBid, side + "_bid " + CsvTable.brief(t.text(cBid)) + " is above " + side + "_ask "
                    + CsvTable.brief(t.text(cAsk)) + "; a bid must not exceed its ask");
        }
    }
}
