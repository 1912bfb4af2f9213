package org.alvh.model;

import java.util.Objects;

/**
 * One problem found in an input (a snapshot file, the configuration, a command-line option) or in a result.
 * Callers recognise a problem by its {@link Code}, never by its message text.
 *
 * @param severity error (nothing is computed) or warning (reported, computation goes on)
 * @param code     what kind of problem this is
 * @param file     the source the problem is about, as shown: a file name inside the snapshot (e.g.
 *                 {@code constituents.csv}), the configuration file, an option such as {@code --out}, or ""
 *                 for a problem of the whole computation
 * @param line     1-based line number (the header is line 1); 0 when the problem concerns the whole file
 * @param column   1-based column number; 0 when the problem concerns the whole row or file
 * @param message  a sentence a trader understands
 */
public record Problem(Severity severity, Code code, String file, int line, int column, String message) {

    /** The kind of a problem. */
    public enum Code {
        /** A value, row or structure of an input is not valid (the default for errors). */
        BAD_INPUT,
        /** A value is outside its documented plausible range (docs/input-ranges.md). */
        OUT_OF_RANGE,
        /** A required file is not there. */
        MISSING_FILE,
        /** A file is there but cannot be read as a file (a directory, a FIFO, a dangling link, no permission). */
        UNUSABLE_FILE,
        /** The same file, entry or key appears twice. */
        DUPLICATE,
        /** A size, row or memory limit was reached (the limit can be raised). */
        LIMIT,
        /** The configuration cannot be used. */
        CONFIG,
        /** An output path was refused (it would overwrite an input, another output, or a non-regular file). */
        OUTPUT,
        /** The method cannot be computed from data that passed the reader. */
        UNUSABLE_DATA,
        /** A computed figure that would be reported is not a finite number. */
        NON_FINITE_RESULT,
        /** A legal value that is very probably a mistake (a warning). */
        IMPLAUSIBLE,
        /**
         * A rule of the method was switched off for lack of data (a warning: the rule's factor takes its neutral
         * value, e.g. {@code m_evt = 1} without events.csv); the message names the rule and the missing data.
         */
        RULE_UNAVAILABLE,
        /**
         * A constituent has neither prices nor a beta and is excluded from the weighted beta (a routine warning
         * about constituents.csv, one per constituent, located at its line).
         */
        NO_PRICES_OR_BETA,
        /** Anything else worth telling (the default for warnings). */
        NOTE
    }

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0, got " + line + ":" + column);
        }
    }

    /** A problem with the default code of its severity ({@link Code#BAD_INPUT} or {@link Code#NOTE}). */
    public Problem(Severity severity, String file, int line, int column, String message) {
        this(severity, severity == Severity.ERROR ? Code.BAD_INPUT : Code.NOTE, file, line, column, message);
    }

    public static Problem error(String file, int line, int column, String message) {
        return new Problem(Severity.ERROR, Code.BAD_INPUT, file, line, column, message);
    }

    public static Problem error(Code code, String file, int line, int column, String message) {
        return new Problem(Severity.ERROR, code, file, line, column, message);
    }

    public static Problem error(Code code, SnapshotInput source, int line, int column, String message) {
        return new Problem(Severity.ERROR, code, source.fileName(), line, column, message);
    }

    public static Problem warning(String file, int line, int column, String message) {
        return new Problem(Severity.WARNING, Code.NOTE, file, line, column, message);
    }

    public static Problem warning(Code code, String file, int line, int column, String message) {
        return new Problem(Severity.WARNING, code, file, line, column, message);
    }

    public static Problem warning(SnapshotInput source, int line, int column, String message) {
        return new Problem(Severity.WARNING, Code.NOTE, source.fileName(), line, column, message);
    }

    public static Problem warning(Code code, SnapshotInput source, int line, int column, String message) {
        return new Problem(Severity.WARNING, code, source.fileName(), line, column, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:column}, leaving out a zero line or column. */
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
