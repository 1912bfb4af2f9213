package org.alvh.calc;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Number formats of the rationale and advisory texts, locale-independent. {@link #str(double)} writes the
 * shortest decimal that reads back as the same double ("0.4", "1.0"), the form the audit contract's
 * reference texts use.
 */
public final class PyFormat {
    private PyFormat() {
    }

    /** Shortest round-trip decimal, never in exponent form; integral values keep ".0". */
    public static String str(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "None";
        }
        String s = Double.toString(v);
        if (s.indexOf('E') >= 0) {
            s = new BigDecimal(s).toPlainString();
            if (s.indexOf('.') < 0) {
                s = s + ".0";
            }
        }
        return s;
    }

    /** Fixed decimals, {@code %.Nf} in the root locale. */
    public static String fixed(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /** Python's rendering of an optional flag: True, False or None. */
    public static String flag(Boolean b) {
        return b == null ? "None" : b ? "True" : "False";
    }

    /** Money with thousands separators and two decimals: 30,804.50. */
    public static String money(double v) {
        return String.format(Locale.ROOT, "%,.2f", v);
    }
}
