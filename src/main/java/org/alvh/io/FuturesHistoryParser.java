package org.alvh.io;

import org.alvh.model.VixFuturesHistory.Settlement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a history's {@code vix_futures_history.csv} (METHOD.md §10.1): {@code date, expiry, settle} (points),
 * one row per contract and day; {@code (date, expiry)} unique, {@code settle > 0}, {@code date <= expiry}.
 */
final class FuturesHistoryParser {
    static final String FILE = "vix_futures_history.csv";
    private static final List<String> REQUIRED = List.of("date", "expiry", "settle");

    private record Key(LocalDate date, LocalDate expiry) {
        @Override
        public String toString() {
            return "date " + date + " and expiry " + expiry;
        }
    }

    private FuturesHistoryParser() {
    }

    /** The settlements in file order; null when the file is missing or unusable (reported). */
    static List<Settlement> parse(FileInput input, ProblemCollector problems, CsvTable.Limits limits) {
        CsvTable t = CsvTable.open(FILE, input, true, problems, limits, REQUIRED, List.of());
        if (t == null) {
            return null;
        }
        try (t) {
            int cDate = t.column("date");
            int cExpiry = t.column("expiry");
            int cSettle = t.column("settle");
            List<Settlement> rows = new ArrayList<>();
            Map<Key, Integer> firstLine = new HashMap<>();
            while (t.next()) {
                LocalDate date = t.date(cDate);
                LocalDate expiry = t.date(cExpiry);
                double settle = t.number(cSettle, NumberRule.VIX_LEVEL);
                if (date != null && expiry != null) {
                    if (date.isAfter(expiry)) {
                        t.error(cDate, "date " + date + " is after the contract's expiry " + expiry
                                + "; a contract settles on or before its expiry");
                    }
                    t.requireUnique(cExpiry, "the row for", new Key(date, expiry), firstLine);
                }
                if (t.rowOk()) {
                    rows.add(new Settlement(t.line(), date, expiry, settle));
                }
            }
            t.requireRows();
            return t.fileOk() ? rows : null;
        }
    }
}
