package org.alvh.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.alvh.model.Problem;

/**
 * Row access to one CSV file of a snapshot: maps header names (case-insensitively, any order) to column
 * indexes, walks the data rows and reads typed cells, reporting every bad cell as a problem with file, line
 * and 1-based column. Typed getters never throw: a bad cell is reported and marks the row as bad
 * ({@link #rowOk()}), so callers build records only from good rows.
 */
final class CsvTable implements Closeable {

    /** Size limits for one file. */
    record Limits(long maxFileBytes, long maxRows) {
    }

    private static final int MAX_SHOWN_CHARS = 40;
    /**
     * The most data rows each file can plausibly have, whatever {@code --max-rows} allows (docs/input-ranges.md):
     * far above real data, low enough that the rows held in memory stay small. prices.csv is bounded by its
     * dense table instead (constituents × dates, checked against {@code --max-rows}).
     */
    static final Map<String, Long> MAX_ROWS_OF_FILE = Map.of(
            ConstituentsParser.FILE, 100_000L,
            CondorParser.FILE, 1_000L,
            MarketParser.FILE, 100_000L,
            FuturesParser.FILE, 10_000L,
            ChainParser.FILE, 100_000L,
            EventsParser.FILE, 100_000L);
    /** A header cell longer than this is warned about as implausible. */
    private static final int MAX_HEADER_CHARS = 100;

    private final String file;
    private final ProblemCollector problems;
    private final Limits limits;
    private final CsvRecordReader reader;
    private final Map<String, Integer> columns = new HashMap<>();
    private String[] names;
    private long rows;
    private int fileErrors;
    private int rowErrors;

    private CsvTable(String file, ProblemCollector problems, Limits limits, CsvRecordReader reader) {
        this.file = file;
        this.problems = problems;
        this.limits = limits;
        this.reader = reader;
    }

    /**
     * Opens {@code input} and reads its header. Returns null, after reporting why, when the file is missing
     * (and {@code required}), too large, empty, unreadable or lacks a required column.
     */
    static CsvTable open(String file, FileInput input, boolean requiredFile, ProblemCollector problems,
                         Limits limits, List<String> requiredColumns, List<String> optionalColumns) {
        if (input == null) {
            if (requiredFile) {
                problems.error(Problem.Code.MISSING_FILE, file, 0, 0, "the snapshot has no " + file
                        + "; this file is required");
            }
            return null;
        }
        if (!input.usable()) {
            return null; // reported when the snapshot's files were listed
        }
        if (input.size() > limits.maxFileBytes()) {
            problems.error(Problem.Code.LIMIT, file, 0, 0, "the file is larger than the limit of "
                    + limits.maxFileBytes() + " bytes");
            return null;
        }
        InputStream in = null;
        Long cap = MAX_ROWS_OF_FILE.get(file);
        Limits bounded = cap == null || cap >= limits.maxRows() ? limits : new Limits(limits.maxFileBytes(), cap);
        try {
            in = input.open();
            CsvTable table = new CsvTable(file, problems, bounded, new CsvRecordReader(in));
            if (table.readHeader(requiredColumns, optionalColumns)) {
                return table;
            }
            table.close();
            return null;
        } catch (IOException e) {
            problems.error(file, IoErrors.lineOf(e, 0), 0, "cannot read the file: " + IoErrors.messageOf(e));
            IoErrors.closeQuietly(in, file, problems);
            return null;
        }
    }

    private boolean readHeader(List<String> required, List<String> optional) throws IOException {
        boolean found;
        while ((found = readRecord()) && reader.blank()) {
            // blank lines before the header are skipped
        }
        if (!found) {
            if (fileErrors == 0) {
                error(0, -1, "the file is empty; it needs a header row with " + String.join(", ", required));
            }
            return false;
        }
        int headerLine = reader.line();
        names = new String[reader.size()];
        for (int c = 0; c < reader.size(); c++) {
            String name = reader.cell(c).toLowerCase(Locale.ROOT);
            names[c] = name.length() > MAX_SHOWN_CHARS ? shown(name) : name;
            if (name.length() > MAX_HEADER_CHARS) {
                problems.warning(Problem.Code.IMPLAUSIBLE, file, reader.line(), c + 1, "the header cell has "
                        + name.length() + " characters; a column name is short, so this row is probably not a"
                        + " header");
            }
            if (!required.contains(name) && !optional.contains(name)) {
                problems.warning(file, reader.line(), c + 1, "unknown column " + shown(reader.cell(c)) + " ignored");
                continue;
            }
            Integer earlier = columns.putIfAbsent(name, c);
            if (earlier != null) {
                problems.error(Problem.Code.DUPLICATE, file, reader.line(), c + 1, "column '" + name
                        + "' appears twice (columns " + (earlier + 1) + " and " + (c + 1) + ")");
                fileErrors++;
            }
        }
        for (String name : required) {
            if (!columns.containsKey(name)) {
                error(headerLine, -1, "required column '" + name + "' is missing");
            }
        }
        return fileErrors == 0;
    }

    /** Reads the next record, turning a CSV syntax error into a problem; false at the end or on error. */
    private boolean readRecord() {
        try {
            return reader.next();
        } catch (IOException e) {
            int line = IoErrors.lineOf(e, reader.line());
            String row = reader.line() > 0 && reader.line() != line ? " (in the row starting at line "
                    + reader.line() + ")" : "";
            error(line, -1, "cannot read the file as CSV: " + IoErrors.messageOf(e) + row);
            return false;
        }
    }

    /** Advances to the next data row, skipping blank lines and reporting rows of the wrong width. */
    boolean next() {
        while (readRecord()) {
            if (reader.blank()) {
                continue;
            }
            if (++rows > limits.maxRows()) {
                problems.error(Problem.Code.LIMIT, file, reader.line(), 0, "the file has more than "
                        + limits.maxRows() + " rows, the limit");
                fileErrors++;
                return false;
            }
            rowErrors = 0;
            if (reader.size() != names.length) {
                error(-1, "the row has " + reader.size() + " cells but the header has " + names.length + " columns");
                continue;
            }
            return true;
        }
        return false;
    }

    /** Reports a file with a header but no data rows; call after the last {@link #next()}. */
    void requireRows() {
        if (rows == 0 && fileErrors == 0) {
            error(0, -1, "the file has a header but no data rows");
        }
    }

    /** 1-based line of the current row. */
    int line() {
        return reader.line();
    }

    /** 0-based index of a column, or -1 when the file has no such column. */
    int column(String name) {
        return columns.getOrDefault(name, -1);
    }

    /** True when no problem was reported on the current row. */
    boolean rowOk() {
        return rowErrors == 0;
    }

    /** True when no error was reported for this file. */
    boolean fileOk() {
        return fileErrors == 0;
    }

    /** The trimmed cell, "" when the column is absent. */
    String text(int c) {
        return c < 0 ? "" : reader.cell(c);
    }

    boolean isEmpty(int c) {
        return text(c).isEmpty();
    }

    /** A non-empty text cell; null (reported) when empty. */
    String requiredText(int c) {
        String s = text(c);
        if (s.isEmpty()) {
            reportEmpty(c);
            return null;
        }
        return s;
    }

    /** An optional text cell; null when empty or absent. */
    String optionalText(int c) {
        String s = text(c);
        return s.isEmpty() ? null : s;
    }

    /** A required number; NaN (reported) when empty or not valid. */
    double number(int c, NumberRule rule) {
        if (isEmpty(c)) {
            reportEmpty(c);
            return Double.NaN;
        }
        return parse(c, rule);
    }

    /** A number in a column that is optional but, when present, must be filled on every row. */
    double numberOnEveryRow(int c, NumberRule rule) {
        if (isEmpty(c)) {
            error(c, names[c] + " is empty; when the column is present every row needs a value");
            return Double.NaN;
        }
        return parse(c, rule);
    }

    /** An optional number; null when empty or absent, null (reported) when not valid. */
    Double optionalNumber(int c, NumberRule rule) {
        if (isEmpty(c)) {
            return null;
        }
        double v = parse(c, rule);
        return Double.isNaN(v) ? null : v;
    }

    /** An optional number as a primitive: NaN when empty, absent or not valid (reported). */
    double optionalNumberOrNaN(int c, NumberRule rule) {
        return isEmpty(c) ? Double.NaN : parse(c, rule);
    }

    private double parse(int c, NumberRule rule) {
        String raw = reader.cell(c);
        double v = CsvFormat.parseNumber(raw);
        if (Double.isNaN(v)) {
            error(c, () -> names[c] + " must be " + rule.phrase() + ", got " + shown(raw) + CsvFormat.numberHint(raw));
            return Double.NaN;
        }
        if (!rule.accepts(v)) {
            error(Problem.Code.OUT_OF_RANGE, c, () -> names[c] + " must be " + rule.phrase() + ", got " + shown(raw));
            return Double.NaN;
        }
        return v;
    }

    /** A required date; null (reported) when empty or not a date. */
    LocalDate date(int c) {
        if (isEmpty(c)) {
            reportEmpty(c);
            return null;
        }
        LocalDate d = CsvFormat.parseDate(reader.cell(c));
        if (d == null) {
            reportBadDate(c);
        }
        return d;
    }

    void reportBadDate(int c) {
        String raw = reader.cell(c);
        error(c, () -> names[c] + " must be a date yyyy-MM-dd, got " + shown(raw));
    }

    private void reportEmpty(int c) {
        error(c, names[c] + " is required but the cell is empty");
    }

    /** Reports an error on the current row at column index {@code c} (-1: the whole row). */
    void error(int c, String message) {
        error(reader.line(), c, message);
    }

    void error(int c, Supplier<String> message) {
        error(Problem.Code.BAD_INPUT, c, message);
    }

    /** Reports an error of a given code on the current row at column index {@code c} (-1: the whole row). */
    void error(Problem.Code code, int c, Supplier<String> message) {
        rowErrors++;
        fileErrors++;
        problems.error(code, file, reader.line(), c + 1, message);
    }

    /**
     * Reports the current row in column {@code c} when {@code key} was seen on an earlier row:
     * "{@code what key} appears twice (first at line N)". A null key (a bad cell, already reported) is skipped.
     *
     * @param firstLine the line of each key seen so far; the current row is added
     */
    <K> void requireUnique(int c, String what, K key, Map<K, Integer> firstLine) {
        if (key == null) {
            return;
        }
        Integer earlier = firstLine.putIfAbsent(key, line());
        if (earlier != null) {
            error(Problem.Code.DUPLICATE, c, () -> what + " " + brief(String.valueOf(key))
                    + " appears twice (first at line " + earlier + ")");
        }
    }

    /** Reports an error at a given line and column index (-1: the whole row). */
    void error(int line, int c, String message) {
        rowErrors++;
        fileErrors++;
        problems.error(file, line, c + 1, message);
    }

    void warning(int line, int c, String message) {
        problems.warning(file, line, c + 1, message);
    }

    void warning(int line, int c, String message, Problem.Code code) {
        problems.warning(code, file, line, c + 1, message);
    }

    /** The value for a message as it is, shortened when long (no quotes: for tickers and keys). */
    static String brief(String raw) {
        return raw.length() > MAX_SHOWN_CHARS ? raw.substring(0, MAX_SHOWN_CHARS) + "..." : raw;
    }

    /** The value quoted for a message, shortened when long. */
    static String shown(String raw) {
        String s = raw.length() > MAX_SHOWN_CHARS ? raw.substring(0, MAX_SHOWN_CHARS) + "..." : raw;
        return '"' + s + '"';
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            problems.warning(file, 0, 0, "could not close the file: " + IoErrors.messageOf(e));
        }
    }
}
