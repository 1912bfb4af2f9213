package org.alvh.ui;

import java.util.List;
import java.util.Locale;
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

    /** A count with its noun in the right number: "1 advisory", "2 advisories", "0 warnings". */
    public static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /**
     * A figure of any size for reading, like the other views write theirs: whole values without decimals
     * ({@code 1,730}), others with 2 decimals from 100 up ({@code 1,693.62}), 4 from 0.01 up ({@code 0.3682}),
     * and 4 significant digits below ({@code 0.0003818}); "—" for null or NaN. The exact value is
     * {@link #exact}.
     */
    public static String readable(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "—";
        }
        double a = Math.abs(v);
        if (v == Math.rint(v) && a < 1e15) {
            return fixed(v, 0);
        }
        if (a >= 100) {
            return fixed(v, 2);
        }
        if (a >= 0.01) {
            return fixed(v, 4);
        }
        return Numbers.significant(v, 4);
    }

    /**
     * Text from a file made visible as it is: control characters (C0, DEL, C1), the replacement character of
     * undecodable bytes, byte-order marks and other invisible format characters are written as Java escapes
     * ({@code \u0000}), so a header of binary garbage is shown escaped rather than as boxes or mojibake.
     */
    public static String visible(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            boolean hidden = (Character.isISOControl(c) && c != '\t' && c != '\n') || c == '\ufffd'
                    || type == Character.FORMAT || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                    || type == Character.SURROGATE && !(Character.isSurrogatePair(c, i + 1 < s.length()
                    ? s.charAt(i + 1) : 0) || i > 0 && Character.isSurrogatePair(s.charAt(i - 1), c));
            if (hidden) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
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
