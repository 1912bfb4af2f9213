package org.alvh.model;

import java.util.Objects;

/**
 * One problem found in an input file.
 *
 * @param severity error (nothing is computed) or warning (reported, computation goes on)
 * @param file     file name inside the snapshot, e.g. {@code constituents.csv}
 * @param line     1-based line number (the header is line 1); 0 when the problem concerns the whole file
 * @param column   1-based column number; 0 when the problem concerns the whole row or file
 * @param message  a sentence a trader understands
 */
public record Problem(Severity severity, String file, int line, int column, String message) {

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0, got " + line + ":" + column);
        }
    }

    public static Problem error(String file, int line, int column, String message) {
        return new Problem(Severity.ERROR, file, line, column, message);
    }

    public static Problem warning(String file, int line, int column, String message) {
        return new Problem(Severity.WARNING, file, line, column, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:column: message}, leaving out a zero line or column. */
    public String location() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.toString();
    }

    /** {@code file:line:column: message}; just the message for a problem that concerns no file. */
    @Override
    public String toString() {
        return file.isEmpty() ? message : location() + ": " + message;
    }
}
