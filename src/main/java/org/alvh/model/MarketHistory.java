package org.alvh.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The columns of {@code market.csv}, one entry per calendar date, oldest first, ending at the as-of date
 * (rows after it are dropped by the reader). Missing optional cells are {@code NaN}; an optional column
 * absent from the file is {@code null}. Arrays are owned by this object: callers must not modify them.
 */
public final class MarketHistory {
    private final LocalDate[] dates;
    private final double[] spxClose;
    private final double[] vixClose;
    private final double[] advances;
    private final double[] declines;
    private final double[] reer;
    private final double[] impliedCorrelation;
    private final double[] riskFreeRate;
    private final double[] dividendYield;

    public MarketHistory(LocalDate[] dates, double[] spxClose, double[] vixClose, double[] advances,
                         double[] declines, double[] reer, double[] impliedCorrelation,
                         double[] riskFreeRate, double[] dividendYield) {
        this.dates = Objects.requireNonNull(dates, "dates");
        this.spxClose = requireLength(spxClose, dates.length, "spx_close");
        this.vixClose = requireLength(vixClose, dates.length, "vix_close");
        this.advances = optionalLength(advances, dates.length, "advances");
        this.declines = optionalLength(declines, dates.length, "declines");
        this.reer = optionalLength(reer, dates.length, "reer");
        this.impliedCorrelation = optionalLength(impliedCorrelation, dates.length, "implied_correlation");
        this.riskFreeRate = optionalLength(riskFreeRate, dates.length, "risk_free_rate");
        this.dividendYield = optionalLength(dividendYield, dates.length, "dividend_yield");
        if (dates.length == 0) {
            throw new IllegalArgumentException("market history must have at least one date");
        }
        for (int i = 1; i < dates.length; i++) {
            if (!dates[i].isAfter(dates[i - 1])) {
                throw new IllegalArgumentException("dates must be strictly increasing at index " + i);
            }
        }
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

    public int size() {
        return dates.length;
    }

    /** Index of the as-of date T (the last row). */
    public int asOfIndex() {
        return dates.length - 1;
    }

    public LocalDate asOf() {
        return dates[asOfIndex()];
    }

    public LocalDate date(int i) {
        return dates[i];
    }

    public LocalDate[] dates() {
        return dates;
    }

    public double[] spxClose() {
        return spxClose;
    }

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
}
