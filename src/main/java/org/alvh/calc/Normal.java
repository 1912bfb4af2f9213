package org.alvh.calc;

import org.apache.commons.math3.special.Erf;

/** The standard normal distribution: {@code N} (CDF) and {@code n} (density). */
public final class Normal {
    private static final double INV_SQRT_2 = 1.0 / Math.sqrt(2.0);
    private static final double INV_SQRT_2PI = 1.0 / Math.sqrt(2.0 * Math.PI);

    private Normal() {
    }

    /** N(x), accurate in both tails (through erfc). */
    public static double cdf(double x) {
        return 0.5 * Erf.erfc(-x * INV_SQRT_2);
    }

    /** n(x). */
    public static double pdf(double x) {
        return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
    }
}
