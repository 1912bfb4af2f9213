package org.alvh.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
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

    /**
     * Rounded half away from zero to {@code decimals} places in decimal (the double's shortest decimal is
     * rounded, so 4794.000000000001 to 2 places is "4794" and 20591.6949 is "20591.69"), trailing zeros
     * dropped, never "-0"; "unavailable" for NaN or infinity.
     */
    public static String rounded(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return UNAVAILABLE;
        }
        BigDecimal r = new BigDecimal(Double.toString(v)).setScale(decimals, RoundingMode.HALF_UP);
        return r.signum() == 0 ? "0" : r.stripTrailingZeros().toPlainString();
    }

    /** {@code digits} significant digits, trailing zeros dropped ("0.0003818"); "unavailable" for NaN or infinity. */
    public static String significant(double v, int digits) {
        if (!Double.isFinite(v)) {
            return UNAVAILABLE;
        }
        return new BigDecimal(v).round(new MathContext(digits)).stripTrailingZeros().toPlainString();
    }

    /** Fixed decimals without grouping ("1234.57"), never "-0.00"; "unavailable" for NaN or infinity. */
    public static String fixed(double v, int decimals) {
        return Double.isFinite(v) ? unsignedZero(String.format(Locale.ROOT, "%." + decimals + "f", v)) : UNAVAILABLE;
    }

    /** Fixed decimals with ',' grouping ("1,234.57"), never "-0.00"; "unavailable" for NaN or infinity. */
    public static String grouped(double v, int decimals) {
        return Double.isFinite(v) ? unsignedZero(String.format(Locale.ROOT, "%,." + decimals + "f", v))
                : UNAVAILABLE;
    }

    /** USD with grouping and cents, the sign before the dollar: "$1,234.50", "-$1,234.50", never "-$0.00". */
    public static String usd(double v) {
        if (!Double.isFinite(v)) {
            return UNAVAILABLE;
        }
        String amount = grouped(Math.abs(v), 2);
        return (v < 0 && !isZero(amount) ? "-$" : "$") + amount;
    }

    /** "-0.00" (a tiny negative rounded away) as "0.00": a sign on a printed zero only reads as noise. */
    private static String unsignedZero(String text) {
        return text.startsWith("-") && isZero(text.substring(1)) ? text.substring(1) : text;
    }

    private static boolean isZero(String digits) {
        return digits.chars().allMatch(c -> c == '0' || c == '.' || c == ',');
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
