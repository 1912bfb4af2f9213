package org.alvh.calc;

import org.alvh.model.Constituent;
import org.alvh.model.PriceMatrix;
import org.alvh.model.Snapshot;

/**
 * The §2.3 universe and its caps: {@code cap_i(t) = float_market_cap_i × P_i(t') / P_i(T')} with {@code t'}
 * ({@code T'}) the last date ≤ t (≤ T) with a price; a constituent with prices but none on or before t is not
 * in the universe at t (NaN); one without any prices keeps {@code float_market_cap_i}. The one home of
 * that rule, used by the weighted beta, the correlation universe and the rotation rule.
 */
final class Universe {
    private final Snapshot snapshot;
    private final boolean[] hasPrices;
    private final double[] priceAtAsOf;

    Universe(Snapshot snapshot) {
        this.snapshot = snapshot;
        int n = snapshot.constituents().size();
        hasPrices = new boolean[n];
        priceAtAsOf = new double[n];
        PriceMatrix prices = snapshot.prices();
        int tIdx = snapshot.market().asOfIndex();
        for (int i = 0; i < n; i++) {
            hasPrices[i] = prices != null && prices.hasPrices(i);
            priceAtAsOf[i] = hasPrices[i] ? lastAtOrBefore(prices.row(i), tIdx) : Double.NaN;
        }
    }

    boolean hasPrices(int i) {
        return hasPrices[i];
    }

    /**
     * Eligible (METHOD.md §2.3): has prices or a {@code beta} value. A constituent that is neither is excluded
     * from the basket and from the universe (and reported once, as a warning, by the weighted beta).
     */
    boolean eligible(int i) {
        return hasPrices[i] || snapshot.constituents().get(i).beta() != null;
    }

    /** The price row of constituent i; only when {@link #hasPrices(int)}. */
    double[] row(int i) {
        return snapshot.prices().row(i);
    }

    /** {@code cap_i(t)}, NaN when not in the universe at t. O(t) in the worst case: use a cursor in loops. */
    double cap(int i, int t) {
        Constituent c = snapshot.constituents().get(i);
        if (!hasPrices[i]) {
            return c.floatMarketCap();
        }
        return capFromPrice(c, lastAtOrBefore(row(i), t), priceAtAsOf[i]);
    }

    /** A forward cursor over the caps of one constituent from date {@code start} on, O(1) per step. */
    CapCursor cursor(int i, int start) {
        return new CapCursor(i, start);
    }

    final class CapCursor {
        private final Constituent constituent;
        private final double[] row;
        private double lastPrice;
        private int position;

        private CapCursor(int i, int start) {
            constituent = snapshot.constituents().get(i);
            row = hasPrices[i] ? Universe.this.row(i) : null;
            position = start;
            lastPrice = row == null ? Double.NaN : lastAtOrBefore(row, start);
            this.index = i;
        }

        private final int index;

        /** {@code cap_i(t)} for non-decreasing t. */
        double capAt(int t) {
            if (row == null) {
                return constituent.floatMarketCap();
            }
            if (t < position) {
                throw new IllegalArgumentException("cursor moves forward only: " + t + " < " + position);
            }
            for (int s = position + 1; s <= t; s++) {
                if (!Double.isNaN(row[s])) {
                    lastPrice = row[s];
                }
            }
            position = t;
            return capFromPrice(constituent, lastPrice, priceAtAsOf[index]);
        }
    }

    private static double capFromPrice(Constituent c, double priceAtT, double priceAtAsOf) {
        return Double.isNaN(priceAtT) ? Double.NaN : c.floatMarketCap() * priceAtT / priceAtAsOf;
    }

    static double lastAtOrBefore(double[] row, int t) {
        for (int s = Math.min(t, row.length - 1); s >= 0; s--) {
            if (!Double.isNaN(row[s])) {
                return row[s];
            }
        }
        return Double.NaN;
    }
}
