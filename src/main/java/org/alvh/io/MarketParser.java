package org.alvh.io;

import org.alvh.model.MarketHistory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads {@code market.csv}: one row per calendar date, dates strictly increasing; the §8.2 vol index columns
 * ({@code vix9d}, {@code vix3m}, {@code vix6m}, {@code vvix}, points) are optional and &gt; 0 when filled.
 */
final class MarketParser {
    static final String FILE = "market.csv";
    private static final List<String> REQUIRED = List.of("date", "spx_close", "vix_close");
    /** Optional numeric columns, in the order of {@link MarketHistory}'s constructor. */
    private static final List<String> OPTIONAL = List.of("advances", "declines", "reer", "implied_correlation",
            "risk_free_rate", "dividend_yield", "vix9d", "vix3m", "vix6m", "vvix");

    /**
     * The valid rows of market.csv.
     *
     * @param values per row: spx, vix, then the {@link #OPTIONAL} columns (NaN when empty)
     * @param present which optional columns the file has
     * @param ok      true when the file had no error (the dates are then strictly increasing)
     */
    record MarketRows(List<LocalDate> dates, List<Integer> lines, List<double[]> values, boolean[] present,
                      boolean ok) {

        /** Index of {@code date} among the rows, or -1. */
        int indexOf(LocalDate date) {
            return dates.indexOf(date);
        }

        /** The history of rows 0..last inclusive. */
        MarketHistory history(int last) {
            int n = last + 1;
            double[][] cols = new double[2 + OPTIONAL.size()][];
            for (int k = 0; k < cols.length; k++) {
                if (k >= 2 && !present[k - 2]) {
                    continue;
                }
                cols[k] = new double[n];
                for (int i = 0; i < n; i++) {
                    cols[k][i] = values.get(i)[k];
                }
            }
            return new MarketHistory(dates.subList(0, n).toArray(LocalDate[]::new), cols[0], cols[1],
                    cols[2], cols[3], cols[4], cols[5], cols[6], cols[7], cols[8], cols[9], cols[10], cols[11]);
        }
    }

    private MarketParser() {
    }

    /** The rows read; null when the file is missing or unusable (reported). */
    static MarketRows parse(FileInput input, ProblemCollector problems, CsvTable.Limits limits) {
        CsvTable t = CsvTable.open(FILE, input, true, problems, limits, REQUIRED, OPTIONAL);
        if (t == null) {
            return null;
        }
        try (t) {
            int cDate = t.column("date");
            int cSpx = t.column("spx_close");
            int cVix = t.column("vix_close");
            int[] cOpt = OPTIONAL.stream().mapToInt(t::column).toArray();
            boolean[] present = new boolean[cOpt.length];
            for (int k = 0; k < cOpt.length; k++) {
                present[k] = cOpt[k] >= 0;
            }
            List<LocalDate> dates = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            List<double[]> values = new ArrayList<>();
            LocalDate previous = null;
            int previousLine = 0;
            while (t.next()) {
                LocalDate date = t.date(cDate);
                double[] v = new double[2 + cOpt.length];
                v[0] = t.number(cSpx, NumberRule.INDEX_LEVEL);
                v[1] = t.number(cVix, NumberRule.VIX_LEVEL);
                for (int k = 0; k < cOpt.length; k++) {
                    v[2 + k] = readOptional(t, OPTIONAL.get(k), cOpt[k]);
                }
                if (date != null && previous != null) {
                    if (date.equals(previous)) {
                        t.error(cDate, "date " + date + " appears twice (also at line " + previousLine + ")");
                    } else if (date.isBefore(previous)) {
                        t.error(cDate, "dates must be strictly increasing, but " + date + " comes after "
                                + previous + " (line " + previousLine + ")");
                    }
                }
                if (date != null) {
                    previous = date;
                    previousLine = t.line();
                }
                if (t.rowOk()) {
                    dates.add(date);
                    lines.add(t.line());
                    values.add(v);
                }
            }
            t.requireRows();
            return new MarketRows(List.copyOf(dates), List.copyOf(lines), values, Arrays.copyOf(present,
                    present.length), t.fileOk());
        }
    }

    private static double readOptional(CsvTable t, String name, int c) {
        if (c < 0) {
            return Double.NaN;
        }
        return switch (name) {
            case "advances", "declines" -> t.numberOnEveryRow(c, NumberRule.COUNT);
            case "implied_correlation" -> t.optionalNumberOrNaN(c, NumberRule.CORRELATION);
            case "risk_free_rate", "dividend_yield" -> t.optionalNumberOrNaN(c, NumberRule.RATE);
            case "vix9d", "vix3m", "vix6m", "vvix" -> t.optionalNumberOrNaN(c, NumberRule.VIX_LEVEL);
            default -> t.optionalNumberOrNaN(c, NumberRule.LEVEL);
        };
    }
}
