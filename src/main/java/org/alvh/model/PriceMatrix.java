package org.alvh.model;

import java.util.Objects;

/**
 * Closes from {@code prices.csv} joined on the market calendar: {@code close(i, t)} for constituent
 * {@code i} (index into {@link Snapshot#constituents()}) on calendar date {@code t}; {@code NaN} when
 * there is no price. Rows are owned by this object: callers must not modify them.
 */
public final class PriceMatrix {
    private final double[][] closes;
    private final int days;

    /**
     * @param closes one row per constituent (same order as the constituents), each of length {@code days}
     */
    public PriceMatrix(double[][] closes, int days) {
        this.closes = Objects.requireNonNull(closes, "closes");
        this.days = days;
        for (int i = 0; i < closes.length; i++) {
            if (closes[i].length != days) {
                throw new IllegalArgumentException("row " + i + " has " + closes[i].length + " days, expected " + days);
            }
        }
    }

    public int constituents() {
        return closes.length;
    }

    public int days() {
        return days;
    }

    public double close(int constituent, int day) {
        return closes[constituent][day];
    }

    /** The row of one constituent, indexed by calendar date. */
    public double[] row(int constituent) {
        return closes[constituent];
    }

    /** True when the constituent has at least one price in the calendar. */
    public boolean hasPrices(int constituent) {
        for (double v : closes[constituent]) {
            if (!Double.isNaN(v)) {
                return true;
            }
        }
        return false;
    }
}
