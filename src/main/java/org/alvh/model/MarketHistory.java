package org.alvh.model;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * The columns of {@code market.csv}, one entry per market date, oldest first, ending at the as-of date
 * (METHOD.md §1; rows after it are dropped by the reader). Prices and vol indices are in points
 * ({@code spx_close}, {@code vix_close}, {@code vix9d}, {@code vix3m}, {@code vix6m}, {@code vvix}), rates
 * and yields are continuous decimals. Missing optional cells are {@code NaN}; an optional column absent from
 * the file is {@code null}.
 *
 * <p>A history can be a <em>view</em> of a longer one ({@link #upTo(int)}): it shares the arrays of the
 * history it was cut from and only its first {@link #size()} entries belong to it. So the arrays returned by
 * the accessors may be <b>longer than {@link #size()}</b>: read indexes {@code 0 .. size() - 1} only (the
 * entries after them are later dates). Arrays are owned by this object: callers must not modify them.
 */
public final class MarketHistory {
    private final int size;
    private final LocalDate[] dates;
    private final double[] spxClose;
    private final double[] vixClose;
    private final double[] advances;
    private final double[] declines;
    private final double[] reer;
    private final double[] impliedCorrelation;
    private final double[] riskFreeRate;
    private final double[] dividendYield;
    private final double[] vix9d;
    private final double[] vix3m;
    private final double[] vix6m;
    private final double[] vvix;

    /** A history without the §8.2 vol index columns. */
    public MarketHistory(LocalDate[] dates, double[] spxClose, double[] vixClose, double[] advances,
                         double[] declines, double[] reer, double[] impliedCorrelation,
                         double[] riskFreeRate, double[] dividendYield) {
        this(dates, spxClose, vixClose, advances, declines, reer, impliedCorrelation, riskFreeRate, dividendYield,
                null, null, null, null);
    }

    /**
     * A full history: every array has one entry per date (optional ones may be null).
     *
     * @param vix9d Cboe 9-day VIX (points), null when absent
     * @param vix3m Cboe 3-month VIX (points), null when absent
     * @param vix6m Cboe 6-month VIX (points), null when absent
     * @param vvix  Cboe VIX of VIX (points), null when absent
     */
    public MarketHistory(LocalDate[] dates, double[] spxClose, double[] vixClose, double[] advances,
                         double[] declines, double[] reer, double[] impliedCorrelation,
                         double[] riskFreeRate, double[] dividendYield, double[] vix9d, double[] vix3m,
                         double[] vix6m, double[] vvix) {
        this.dates = Objects.requireNonNull(dates, "dates");
        this.size = dates.length;
        this.spxClose = requireLength(spxClose, size, "spx_close");
        this.vixClose = requireLength(vixClose, size, "vix_close");
        this.advances = optionalLength(advances, size, "advances");
        this.declines = optionalLength(declines, size, "declines");
        this.reer = optionalLength(reer, size, "reer");
        this.impliedCorrelation = optionalLength(impliedCorrelation, size, "implied_correlation");
        this.riskFreeRate = optionalLength(riskFreeRate, size, "risk_free_rate");
        this.dividendYield = optionalLength(dividendYield, size, "dividend_yield");
        this.vix9d = optionalLength(vix9d, size, "vix9d");
        this.vix3m = optionalLength(vix3m, size, "vix3m");
        this.vix6m = optionalLength(vix6m, size, "vix6m");
        this.vvix = optionalLength(vvix, size, "vvix");
        if (size == 0) {
            throw new IllegalArgumentException("market history must have at least one date");
        }
        for (int i = 1; i < size; i++) {
            if (!dates[i].isAfter(dates[i - 1])) {
                throw new IllegalArgumentException("dates must be strictly increasing at index " + i);
            }
        }
    }

    /** The view of {@code full} over its first {@code size} dates: shares every array, checks nothing else. */
    private MarketHistory(MarketHistory full, int size) {
        this.size = size;
        this.dates = full.dates;
        this.spxClose = full.spxClose;
        this.vixClose = full.vixClose;
        this.advances = full.advances;
        this.declines = full.declines;
        this.reer = full.reer;
        this.impliedCorrelation = full.impliedCorrelation;
        this.riskFreeRate = full.riskFreeRate;
        this.dividendYield = full.dividendYield;
        this.vix9d = full.vix9d;
        this.vix3m = full.vix3m;
        this.vix6m = full.vix6m;
        this.vvix = full.vvix;
    }

    private static double[] requireLength(double[] values, int n, String name) {
        Objects.requireNonNull(values, name);
        return optionalLength(values, n, name);
    }

    private static double[] optionalLength(double[] values, int n, String name) {
        if (values != null && values.length != n) {
            throw new IllegalArgumentException(name + " has " + values.length + " values for " + n + " dates");
        }
        return values;
    }

    /**
     * The history of dates {@code 0 .. lastIndex}, as a view sharing this history's arrays (O(1), nothing is
     * copied): its as-of date is {@code date(lastIndex)}.
     *
     * @throws IndexOutOfBoundsException unless {@code 0 <= lastIndex < size()}
     */
    public MarketHistory upTo(int lastIndex) {
        Objects.checkIndex(lastIndex, size);
        return lastIndex == size - 1 ? this : new MarketHistory(this, lastIndex + 1);
    }

    /** Number of market dates in this history (the arrays may be longer, see the class comment). */
    public int size() {
        return size;
    }

    /** Index of the as-of date T (the last date of this history). */
    public int asOfIndex() {
        return size - 1;
    }

    public LocalDate asOf() {
        return dates[asOfIndex()];
    }

    public LocalDate date(int i) {
        Objects.checkIndex(i, size);
        return dates[i];
    }

    /** Index of {@code date} among this history's dates, or -1 when it is not a market date. O(log n). */
    public int indexOf(LocalDate date) {
        int i = Arrays.binarySearch(dates, 0, size, date);
        return i >= 0 ? i : -1;
    }

    /** Index of the last market date {@code <= date}, or -1 when every date is after it. O(log n). */
    public int lastIndexOnOrBefore(LocalDate date) {
        int i = Arrays.binarySearch(dates, 0, size, date);
        return i >= 0 ? i : -i - 2;
    }

    /** The dates (possibly longer than {@link #size()}). */
    public LocalDate[] dates() {
        return dates;
    }

    /** SPX closes, points (possibly longer than {@link #size()}). */
    public double[] spxClose() {
        return spxClose;
    }

    /** VIX closes, points (possibly longer than {@link #size()}). */
    public double[] vixClose() {
        return vixClose;
    }

    /** Null when the column is absent. */
    public double[] advances() {
        return advances;
    }

    /** Null when the column is absent. */
    public double[] declines() {
        return declines;
    }

    /** Null when the column is absent. */
    public double[] reer() {
        return reer;
    }

    /** Null when the column is absent. */
    public double[] impliedCorrelation() {
        return impliedCorrelation;
    }

    /** Null when the column is absent. */
    public double[] riskFreeRate() {
        return riskFreeRate;
    }

    /** Null when the column is absent. */
    public double[] dividendYield() {
        return dividendYield;
    }

    /** Cboe VIX9D close, points (§8.2); null when the column is absent, NaN on a date without a value. */
    public double[] vix9d() {
        return vix9d;
    }

    /** Cboe VIX3M close, points (§8.2); null when the column is absent, NaN on a date without a value. */
    public double[] vix3m() {
        return vix3m;
    }

    /** Cboe VIX6M close, points (§8.2); null when the column is absent, NaN on a date without a value. */
    public double[] vix6m() {
        return vix6m;
    }

    /** Cboe VVIX close, points (§8.2); null when the column is absent, NaN on a date without a value. */
    public double[] vvix() {
        return vvix;
    }
}
