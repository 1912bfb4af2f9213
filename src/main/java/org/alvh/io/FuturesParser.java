package org.alvh.io;

import org.alvh.model.VixFuture;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code vix_futures.csv}: one row per expiry, returned ordered by expiry. */
final class FuturesParser {
    static final String FILE = "vix_futures.csv";
    private static final List<String> REQUIRED = List.of("expiry", "price");
    private static final List<String> OPTIONAL = List.of("option_iv");

    private FuturesParser() {
    }

    /** The futures ordered by expiry; null when the file is missing or unusable (reported). */
    static List<VixFuture> parse(FileInput input, ProblemCollector problems, CsvTable.Limits limits) {
        CsvTable t = CsvTable.open(FILE, input, true, problems, limits, REQUIRED, OPTIONAL);
        if (t == null) {
            return null;
        }
        try (t) {
            int cExpiry = t.column("expiry");
            int cPrice = t.column("price");
            int cIv = t.column("option_iv");
            List<VixFuture> futures = new ArrayList<>();
            Map<LocalDate, Integer> firstLine = new HashMap<>();
            while (t.next()) {
                LocalDate expiry = t.date(cExpiry);
                double price = t.number(cPrice, NumberRule.VIX_LEVEL);
                Double iv = t.optionalNumber(cIv, NumberRule.VOLATILITY);
                t.requireUnique(cExpiry, "expiry", expiry, firstLine);
                if (t.rowOk()) {
                    futures.add(new VixFuture(t.line(), expiry, price, iv));
                }
            }
            futures.sort(Comparator.comparing(VixFuture::expiry));
            return futures;
        }
    }
}
