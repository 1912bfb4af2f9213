package org.alvh.model;

import java.util.Objects;

/**
 * Closes from {@code prices.csv} joined on the market calendar: {@code close(i, t)} for constituent
 * {@code i} (index into {@link Snapshot#constituents()}) on calendar date {@code t}; {@code NaN} when
 * there is no price.
 *
 * <p>A matrix can be a <em>view</em> of a longer or wider one ({@link #upTo(int)}, {@link #select(int[])}):
 * views share the rows, nothing is copied. So a row may be <b>longer than {@link #days()}</b>: read indexes
 * {@code 0 .. days() - 1} only (the entries after them are later dates). Rows are owned by this object:
 * callers must not modify them.
 */
public final class PriceMatrix {
    private final double[][] closes;
    private final int days;

    /**
     * @param closes one row per constituent (same order as the constituents), each at least {@code days} long
     *               (entries from {@code days} on are not part of this matrix)
     */
    public PriceMatrix(double[][] closes, int days) {
        this.closes = Objects.requireNonNull(closes, "closes");
        if (days < 0) {
            throw new IllegalArgumentException("days must be >= 0, got " + days);
        }
        this.days = days;
        for (int i = 0; i < closes.length; i++) {
            if (closes[i].length < days) {
                throw new IllegalArgumentException("row " + i + " has " + closes[i].length + " days, expected at least "
                        + days);
            }
        }
    }

    /** A view over rows already checked: no copy, no check. */
    private PriceMatrix(int days, double[][] closes) {
        this.closes = closes;
        this.days = days;
    }

    /**
     * The matrix over the first {@code days} dates, sharing this matrix's rows: O(1), nothing is copied.
     *
     * @throws IllegalArgumentException unless {@code 0 <= days <= days()}
     */
    public PriceMatrix upTo(int days) {
        if (days < 0 || days > this.days) {
            throw new IllegalArgumentException("days must be in [0, " + this.days + "], got " + days);
        }
        return days == this.days ? this : new PriceMatrix(days, closes);
    }

    /**
     * The matrix of the constituents {@code rows[0], rows[1], ...} of this one, in that order, sharing their
     * rows (only the array of row references is new, O(rows.length)).
     *
     * @throws IndexOutOfBoundsException when an index is not a row of this matrix
     */
    public PriceMatrix select(int[] rows) {
        double[][] selected = new double[rows.length][];
        for (int k = 0; k < rows.length; k++) {
            selected[k] = closes[Objects.checkIndex(rows[k], closes.length)];
        }
        return new PriceMatrix(days, selected);
    }

    public int constituents() {
        return closes.length;
    }

    public int days() {
        return days;
    }

    public double close(int constituent, int day) {
        Objects.checkIndex(day, days);
        return closes[constituent][day];
    }

    /** The row of one constituent, indexed by calendar date; possibly longer than {@link #days()}. */
    public double[] row(int constituent) {
        return closes[constituent];
    }

    /** True when the constituent has at least one price among this matrix's {@link #days()}. */
    public boolean hasPrices(int constituent) {
        double[] row = closes[constituent];
        for (int t = 0; t < days; t++) {
            if (!Double.isNaN(row[t])) {
                return true;
            }
        }
        return false;
    }
}
