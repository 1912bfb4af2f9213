package org.alvh.io;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.alvh.format.Numbers;

/**
 * Writes CSV that is safe to open in a spreadsheet (METHOD.md §6.1): RFC 4180 (CRLF, fields with a comma,
 * quote or line break quoted, quotes doubled), UTF-8, numbers with a '.' decimal point whatever the locale, and
 * text cells that a spreadsheet would read as a formula (starting with {@code = + - @}, tab or CR) prefixed
 * with {@code '}. Numbers are written as numbers and never prefixed.
 */
public final class SpreadsheetCsv {
    private final StringBuilder out = new StringBuilder();

    /** A cell: text (neutralised), a number, or empty. */
    public sealed interface Cell permits Text, Num, Empty {
    }

    public record Text(String value) implements Cell {
    }

    public record Num(double value) implements Cell {
    }

    public enum Empty implements Cell { INSTANCE }

    public static Cell text(String s) {
        return s == null ? Empty.INSTANCE : new Text(s);
    }

    public static Cell num(Double v) {
        return v == null || v.isNaN() || v.isInfinite() ? Empty.INSTANCE : new Num(v);
    }

    public static Cell empty() {
        return Empty.INSTANCE;
    }

    public SpreadsheetCsv row(List<Cell> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(render(cells.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    public SpreadsheetCsv header(List<String> names) {
        return row(names.stream().map(SpreadsheetCsv::text).toList());
    }

    public byte[] bytes() {
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static String render(Cell cell) {
        if (cell instanceof Num n) {
            return number(n.value());
        }
        if (cell instanceof Text t) {
            return quote(neutralise(t.value()));
        }
        return "";
    }

    /** Prefixes a formula-looking text with {@code '}. */
    public static String neutralise(String s) {
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            return "'" + s;
        }
        return s;
    }

    static String quote(String s) {
        boolean needs = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    /**
     * A number in plain decimal with a '.' point: whole values without a fraction ("13600"), others as the
     * shortest decimal that reads back as the same double ("3196.0000000000005"); never an exponent.
     */
    public static String number(double v) {
        return Numbers.shortest(v);
    }
}
