package org.alvh.io;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The one home of the snapshot file formats (METHOD.md §1): RFC 4180 CSV in UTF-8 (a leading BOM is
 * skipped, CRLF and LF accepted, quoted fields may hold commas, doubled quotes and newlines, cells are
 * trimmed), numbers with {@code .} as the decimal point and finite values only, dates strictly ISO
 * {@code yyyy-MM-dd}. Nothing here depends on the default locale.
 */
public final class CsvFormat {

    private static final CsvFactory FACTORY = new CsvFactory();

    private CsvFormat() {
    }

    /** A streaming parser over {@code in} that yields each record as an array of strings. */
    static CsvParser open(InputStream in) throws IOException {
        CsvParser parser = FACTORY.createParser(in);
        parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        return parser;
    }

    /**
     * Parses a decimal number: optional sign, digits with an optional {@code .} fraction, optional exponent.
     * Returns {@code NaN} when the text is not such a number or its value is not finite, so {@code "1,5"},
     * {@code "NaN"}, {@code "Infinity"}, {@code "inf"}, {@code "0x10"} and {@code "1e999"} are all rejected.
     */
    public static double parseNumber(String text) {
        if (!isDecimal(text)) {
            return Double.NaN;
        }
        double value = Double.parseDouble(text);
        return Double.isFinite(value) ? value : Double.NaN;
    }

    private static boolean isDecimal(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int expDigits = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                expDigits++;
            }
            if (expDigits == 0) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A hint appended to number errors when the text looks like a decimal comma ({@code 1,5}); else empty. */
    static String numberHint(String text) {
        return text.matches("[+-]?\\d*,\\d+") ? " (use '.' as the decimal point)" : "";
    }

    /** Parses a strict ISO date {@code yyyy-MM-dd}; null when the text is not a valid date of that form. */
    public static LocalDate parseDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && !isDigit(s.charAt(i))) {
                return null;
            }
        }
        int year = Integer.parseInt(s, 0, 4, 10);
        int month = Integer.parseInt(s, 5, 7, 10);
        int day = Integer.parseInt(s, 8, 10, 10);
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException notADate) {
            return null; // e.g. 2018-02-30: reported by the caller as a bad date
        }
    }

    /** Formats a date as {@code yyyy-MM-dd}. */
    public static String formatDate(LocalDate date) {
        return date.toString();
    }
}
