package org.alvh.format;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The one home for how the product writes numbers and flags in text (the window, the command line, the
 * rationale and advisory texts, the hedge sheet): locale-independent, '.' as the decimal point, ',' for
 * grouping where grouping is asked for, never an exponent.
 */
public final class Numbers {
    /** How an unavailable flag or figure reads. */
    public static final String UNAVAILABLE = "unavailable";

    private Numbers() {
    }

    /**
     * Plain decimal: whole values without a fraction ("13600"), others as the shortest decimal that reads
     * back as the same double ("3196.0000000000005", "0.0000001"); "unavailable" for NaN or infinity.
     */
    public static String shortest(double v) {
        if (!Double.isFinite(v)) {
            return UNAVAILABLE;
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        // stripTrailingZeros: Double.toString writes 1e-7 as "1.0E-7", whose plain form would be "0.00000010"
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    /** Fixed decimals without grouping ("1234.57"); "unavailable" for NaN or infinity. */
    public static String fixed(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : UNAVAILABLE;
    }

    /** Fixed decimals with ',' grouping ("1,234.57"); "unavailable" for NaN or infinity. */
    public static String grouped(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%,." + decimals + "f", v) : UNAVAILABLE;
    }

    /** USD with grouping and cents, the sign before the dollar: "$1,234.50", "-$1,234.50". */
    public static String usd(double v) {
        return Double.isFinite(v) ? (v < 0 ? "-$" : "$") + grouped(Math.abs(v), 2) : UNAVAILABLE;
    }

    /** A fraction as a percentage with {@code decimals} decimals: 0.4104 → "41.04 %". */
    public static String percent(double fraction, int decimals) {
        return Double.isFinite(fraction) ? grouped(fraction * 100, decimals) + " %" : UNAVAILABLE;
    }

    /** A flag: "true", "false", or "unavailable" (never shown as false). */
    public static String flag(Boolean b) {
        return b == null ? UNAVAILABLE : b.toString();
    }
}
