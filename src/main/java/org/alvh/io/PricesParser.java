package org.alvh.io;

import org.alvh.model.PriceMatrix;
import org.alvh.model.Problem;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the optional {@code prices.csv} (long format {@code date,ticker,close}) straight into a
 * {@link PriceMatrix} on the market calendar. Built for millions of rows: tickers and date strings are
 * looked up in hash maps (each distinct date string is parsed once) and closes go into primitive arrays.
 *
 * <p>A clean file is first offered to {@link FastPricesParser} (bytes straight into the matrix, on several
 * threads); when that declines, this general path reads the file again and reports every problem.
 */
final class PricesParser {
    static final String FILE = "prices.csv";
    private static final List<String> REQUIRED = List.of("date", "ticker", "close");
    private static final int NOT_A_DATE = -2;
    private static final int NOT_IN_CALENDAR = -1;

    private PricesParser() {
    }

    /**
     * @param tickers  constituents in order (the matrix rows), or null when constituents.csv is unusable
     * @param calendar market dates up to the as-of date, or null when market.csv is unusable
     * @return the matrix, or null when the file is absent, unusable, or tickers/calendar are unknown
     */
    static PriceMatrix parse(FileInput input, ProblemCollector problems, CsvTable.Limits limits,
                             List<String> tickers, List<LocalDate> calendar) {
        if (input != null && !input.usable() || tableTooLarge(input, problems, limits, tickers, calendar)) {
            return null;
        }
        if (input != null && tickers != null && calendar != null && input.size() <= limits.maxFileBytes()) {
            PriceMatrix fast = FastPricesParser.tryParse(input, problems, limits, tickers, calendar);
            if (fast != null) {
                return fast;
            }
        }
        return parseGeneral(input, problems, limits, tickers, calendar);
    }

    /**
     * True (reported) when the dense table of constituents × market dates would hold more cells than the row
     * limit: checked before anything is allocated, so a few MB of CSV cannot ask for gigabytes of memory.
     */
    private static boolean tableTooLarge(FileInput input, ProblemCollector problems, CsvTable.Limits limits,
                                         List<String> tickers, List<LocalDate> calendar) {
        if (input == null || tickers == null || calendar == null) {
            return false;
        }
        long cells = (long) tickers.size() * calendar.size();
        if (cells <= limits.maxRows()) {
            return false;
        }
        problems.error(Problem.Code.LIMIT, FILE, 0, 0, "the price table would have " + tickers.size()
                + " constituents × " + calendar.size() + " market dates = " + cells
                + " cells, more than the row limit of " + limits.maxRows());
        return true;
    }

    /**
     * The general path alone: every file, every problem reported with its line and column. The size of the
     * dense table is not checked here: {@link #parse} does that before either path runs.
     */
    static PriceMatrix parseGeneral(FileInput input, ProblemCollector problems, CsvTable.Limits limits,
                                    List<String> tickers, List<LocalDate> calendar) {
        CsvTable t = CsvTable.open(FILE, input, false, problems, limits, REQUIRED, List.of());
        if (t == null) {
            return null;
        }
        Map<String, Integer> tickerIndex = new HashMap<>();
        if (tickers != null) {
            for (int i = 0; i < tickers.size(); i++) {
                tickerIndex.putIfAbsent(tickers.get(i), i);
            }
        }
        Map<String, Integer> dateIndex = new HashMap<>();
        int days = calendar == null ? 0 : calendar.size();
        if (calendar != null) {
            for (int d = 0; d < days; d++) {
                dateIndex.put(CsvFormat.formatDate(calendar.get(d)), d);
            }
        }
        double[][] closes = new double[tickers == null ? 0 : tickers.size()][days];
        for (double[] row : closes) {
            Arrays.fill(row, Double.NaN);
        }
        boolean join = tickers != null && calendar != null;
        Set<String> unknownTickers = new HashSet<>();
        long offCalendar = 0;
        int firstOffCalendarLine = 0;
        try (t) {
            int cDate = t.column("date");
            int cTicker = t.column("ticker");
            int cClose = t.column("close");
            while (t.next()) {
                int day = dayOf(t, cDate, dateIndex);
                String ticker = t.requiredText(cTicker);
                double close = t.number(cClose, NumberRule.PRICE);
                if (!t.rowOk() || !join) {
                    continue;
                }
                Integer i = tickerIndex.get(ticker);
                if (i == null) {
                    if (unknownTickers.add(ticker)) {
                        t.warning(t.line(), cTicker, "ticker " + CsvTable.brief(ticker)
                                + " in prices.csv is not in constituents.csv (ignored)");
                    }
                } else if (day == NOT_IN_CALENDAR) {
                    if (offCalendar++ == 0) {
                        firstOffCalendarLine = t.line();
                    }
                } else if (!Double.isNaN(closes[i][day])) {
                    t.error(-1, "ticker " + CsvTable.brief(ticker) + " on " + t.text(cDate)
                            + " appears twice; each date and ticker may appear once");
                } else {
                    closes[i][day] = close;
                }
            }
            if (offCalendar > 0) {
                t.warning(firstOffCalendarLine, -1, offCalendarMessage(offCalendar, firstOffCalendarLine));
            }
            return join && t.fileOk() ? new PriceMatrix(closes, days) : null;
        }
    }

    /** The one warning for price rows whose date is not in market.csv (both paths give it). */
    static String offCalendarMessage(long rows, long firstLine) {
        return rows + " price rows on dates not in market.csv ignored (first at line " + firstLine + ")";
    }

    /** Calendar index of the date cell, {@link #NOT_IN_CALENDAR}, or {@link #NOT_A_DATE} (reported). */
    private static int dayOf(CsvTable t, int cDate, Map<String, Integer> dateIndex) {
        String raw = t.text(cDate);
        Integer cached = dateIndex.get(raw);
        if (cached == null) {
            cached = t.date(cDate) == null ? NOT_A_DATE : NOT_IN_CALENDAR;
            dateIndex.put(raw, cached);
            return cached;
        }
        if (cached == NOT_A_DATE) {
            t.date(cDate); // reports the bad date again, on this row
        }
        return cached;
    }
}
