package org.alvh.calc;

import org.alvh.model.AlvhConfig.ReturnType;

/** Returns between consecutive calendar dates (METHOD.md §2.1): missing when either price is missing. */
public final class Returns {
    private Returns() {
    }

    /** The return from {@code previous} to {@code current}; NaN when either is NaN. */
    public static double of(ReturnType type, double previous, double current) {
        if (Double.isNaN(previous) || Double.isNaN(current)) {
            return Double.NaN;
        }
        return type == ReturnType.LOG ? Math.log(current / previous) : current / previous - 1.0;
    }

    /** {@code out[t]} = return from t-1 to t; {@code out[0]} is NaN. */
    public static double[] series(ReturnType type, double[] prices) {
        return series(type, prices, prices.length);
    }

    /**
     * As {@link #series(ReturnType, double[])} over {@code prices[0 .. length - 1]} only (a history view whose
     * arrays are longer than its size); the result has {@code length} entries.
     */
    public static double[] series(ReturnType type, double[] prices, int length) {
        if (length < 0 || length > prices.length) {
            throw new IllegalArgumentException("length " + length + " outside [0, " + prices.length + "]");
        }
        double[] out = new double[length];
        if (length > 0) {
            out[0] = Double.NaN;
        }
        for (int t = 1; t < length; t++) {
            out[t] = of(type, prices[t - 1], prices[t]);
        }
        return out;
    }

    /**
     * The returns of {@link #series(ReturnType, double[])} for {@code t} in {@code [from, to]} only, written
     * into {@code out} (same values, bit for bit); other entries of {@code out} are left as they are. For the
     * rolling window sweep, which needs a window plus the series, not the whole history.
     */
    static double[] series(ReturnType type, double[] prices, int from, int to, double[] out) {
        for (int t = Math.max(1, from); t <= to; t++) {
            out[t] = of(type, prices[t - 1], prices[t]);
        }
        if (from <= 0 && to >= 0) {
            out[0] = Double.NaN;
        }
        return out;
    }
}
