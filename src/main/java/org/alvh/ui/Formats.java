package org.alvh.ui;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.alvh.format.Numbers;

/**
 * How the window writes numbers and flags: the product's one number format ({@link Numbers}, shared with the
 * command line and the exports), with "—" where the window shows a missing figure.
 */
public final class Formats {
    public static final String UNAVAILABLE = Numbers.UNAVAILABLE;

    private Formats() {
    }

    /** Fixed decimals with grouping, e.g. {@code 1,234.57}; "—" for null or NaN. */
    public static String fixed(Double v, int decimals) {
        if (v == null || v.isNaN()) {
            return "—";
        }
        return Numbers.grouped(v, decimals);
    }

    public static String usd(Double v) {
        if (v == null || v.isNaN()) {
            return "—";
        }
        return (v < 0 ? "−$" : "$") + fixed(Math.abs(v), 2);
    }

    /** USD in billions for display, e.g. {@code $816.50 bn}. */
    public static String billions(Double usd) {
        return usd == null || usd.isNaN() ? "—" : "$" + fixed(usd / 1e9, 2) + " bn";
    }

    /** A size in decimal megabytes, e.g. {@code 283.4 MB}. */
    public static String megabytes(long bytes) {
        return fixed(bytes / 1e6, 1) + " MB";
    }

    public static String percent(Double fraction, int decimals) {
        return fraction == null || fraction.isNaN() ? "—" : fixed(fraction * 100, decimals) + " %";
    }

    /** A flag: true, false, or "unavailable" for null (never shown as false). */
    public static String flag(Boolean b) {
        return Numbers.flag(b);
    }

    /** The exact value as the audit JSON would write it (shortest round-trip decimal, no exponent). */
    public static String exact(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? "null" : Numbers.shortest(d);
        }
        if (value instanceof Float f) {
            return exact(f.doubleValue());
        }
        if (value instanceof Map<?, ?> m) {
            return m.entrySet().stream().map(e -> e.getKey() + ": " + exact(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof List<?> l) {
            return l.stream().map(Formats::exact).collect(Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(value);
    }
}
