package org.alvh.cli;

import java.util.Locale;

/**
 * Text from snapshot files (tickers, names, cell values quoted in problems) made safe to print on a terminal:
 * control characters, which could move the cursor, rewrite earlier lines or change the terminal's state
 * (ANSI escape sequences), are shown as Java-style escapes (ESC as backslash, u, 001b). Printable text and
 * tabs are unchanged. Text longer than {@link #MAX_CHARS} is shortened.
 */
final class TerminalText {
    private static final int C1_START = 0x7f;
    private static final int C1_END = 0x9f;
    /** Longest text printed as it is; a longer one (a 15 MB ticker) is shortened. */
    static final int MAX_CHARS = 1000;

    private TerminalText() {
    }

    static String safe(String text) {
        String s = text.length() <= MAX_CHARS ? text
                : text.substring(0, MAX_CHARS) + "... (" + text.length() + " characters, shortened)";
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = (c < ' ' && c != '\t') || (c >= C1_START && c <= C1_END) || c == '\u2028'
                    || c == '\u2029';
            if (control && out == null) {
                out = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (out != null) {
                if (control) {
                    out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? s : out.toString();
    }
}
