package org.alvh.samples;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Locale-independent number formatting for sample snapshots: a {@code .} decimal point, no grouping, no
 * exponent, trailing zeros removed ({@code 19.00 -> 19}, {@code 10.90 -> 10.9}).
 *
 * <p>Rounding goes through {@link BigDecimal#valueOf(double)} (the shortest decimal that reads back as the
 * double), then {@link RoundingMode#HALF_UP}, so results do not depend on the platform or default locale.
 */
public final class Num {
    private Num() {
    }

    /** {@code value} rounded half-up to {@code scale} decimals, trailing zeros stripped. */
    public static String fmt(double value, int scale) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        return plain(BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP));
    }

    /** The shortest decimal that reads back as {@code value}, trailing zeros stripped (data as published). */
    public static String exact(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        return plain(BigDecimal.valueOf(value));
    }

    /** {@code value} rounded half-up to {@code scale} decimals, as a double. */
    public static double round(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).doubleValue();
    }

    /** The largest multiple of {@code tick} at or below {@code value} (with a tolerance of 1e-9 ticks). */
    public static double floorTick(double value, double tick) {
        return Math.floor(value / tick + 1e-9) * tick;
    }

    /** The smallest multiple of {@code tick} at or above {@code value} (with a tolerance of 1e-9 ticks). */
    public static double ceilTick(double value, double tick) {
        return Math.ceil(value / tick - 1e-9) * tick;
    }

    private static String plain(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        return value.stripTrailingZeros().toPlainString();
    }
}
