package org.alvh.cli;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers and values as the {@code diff} and {@code sensitivity} tables print them. Locale-independent. */
final class TableText {
    private static final MathContext SHOWN = new MathContext(8);

    private TableText() {
    }

    /** A figure's value: a number to 8 significant digits, true/false, text, or "unavailable". */
    static String value(Object v) {
        if (v instanceof Number n) {
            return number(n.doubleValue());
        }
        return v == null ? "unavailable" : String.valueOf(v);
    }

    static String number(double v) {
        if (!Double.isFinite(v)) {
            return "unavailable";
        }
        return number(new BigDecimal(v));
    }

    static String number(BigDecimal v) {
        if (v == null) {
            return "unavailable";
        }
        if (v.signum() == 0) {
            return "0";
        }
        return v.round(SHOWN).stripTrailingZeros().toPlainString();
    }

    /** A change with its sign: {@code +1.5}, {@code -2}, {@code 0}. */
    static String signed(BigDecimal v) {
        if (v == null) {
            return "unavailable";
        }
        String s = number(v);
        return v.signum() > 0 ? "+" + s : s;
    }

    static String signed(double v) {
        return Double.isFinite(v) ? signed(new BigDecimal(v)) : "unavailable";
    }
}
