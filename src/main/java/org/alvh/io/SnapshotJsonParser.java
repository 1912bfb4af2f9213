package org.alvh.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.alvh.model.Problem;

/**
 * Reads the optional {@code snapshot.json}: {@code {"asof": "yyyy-MM-dd", "name": "...", "notes": "..."}}; and,
 * with another file and date key, a history's {@code history.json} ({@code {"name", "notes", "capDate"}}).
 */
final class SnapshotJsonParser {
    static final String FILE = "snapshot.json";
    /** Streaming only: the file is read token by token, with no data binding at all. */
    private static final JsonFactory FACTORY = new JsonFactory();

    /** One value of the object: its text when it is a JSON string, and how it is shown in messages. */
    private record Value(boolean isNull, boolean isText, String text, String shown) {
        static Value read(JsonParser p) throws IOException {
            JsonToken token = p.currentToken();
            return switch (token) {
                case VALUE_NULL -> new Value(true, false, null, "null");
                case VALUE_STRING -> new Value(false, true, p.getText(), p.getText());
                case START_OBJECT, START_ARRAY -> {
                    p.skipChildren();
                    yield new Value(false, false, null, token == JsonToken.START_OBJECT ? "an object" : "an array");
                }
                default -> new Value(false, false, null, p.getText());
            };
        }
    }

    /**
     * What snapshot.json says; fields are null when absent or invalid (invalid ones are reported).
     *
     * @param asOfLine   line of the {@code asof} key, for messages about it (0 when unknown)
     * @param asOfColumn column of the {@code asof} key (0 when unknown)
     */
    record SnapshotMeta(LocalDate asOf, int asOfLine, int asOfColumn, String name, String notes) {
        static final SnapshotMeta NONE = new SnapshotMeta(null, 0, 0, null, null);
    }

    private SnapshotJsonParser() {
    }

    static SnapshotMeta parse(FileInput input, ProblemCollector problems, CsvTable.Limits limits) {
        return parse(FILE, "asof", input, problems, limits);
    }

    /**
     * Reads {@code {dateKey: "yyyy-MM-dd", "name": "...", "notes": "..."}} from {@code file}; the date is returned
     * as {@link SnapshotMeta#asOf()}. Other keys are ignored with a warning; a key given twice is an error.
     */
    static SnapshotMeta parse(String file, String dateKey, FileInput input, ProblemCollector problems,
                              CsvTable.Limits limits) {
        if (input == null || !input.usable()) {
            return SnapshotMeta.NONE;
        }
        if (input.size() > limits.maxFileBytes()) {
            problems.error(Problem.Code.LIMIT, file, 0, 0, "the file is larger than the limit of "
                    + limits.maxFileBytes() + " bytes");
            return SnapshotMeta.NONE;
        }
        try (InputStream in = input.open(); JsonParser p = FACTORY.createParser(in)) {
            return readObject(file, dateKey, p, problems);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            problems.error(file, where == null ? 0 : Math.max(where.getLineNr(), 0),
                    where == null ? 0 : Math.max(where.getColumnNr(), 0),
                    file + " is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            problems.error(file, 0, 0, "cannot read the file: " + IoErrors.messageOf(e));
        }
        return SnapshotMeta.NONE;
    }

    private static SnapshotMeta readObject(String file, String dateKey, JsonParser p, ProblemCollector problems)
            throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            problems.error(file, 0, 0, file + " must be a JSON object with the keys " + dateKey + ", name and notes");
            return SnapshotMeta.NONE;
        }
        LocalDate asOf = null;
        int asOfLine = 0;
        int asOfColumn = 0;
        String name = null;
        String notes = null;
        Map<String, Integer> firstLine = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            int line = p.currentTokenLocation().getLineNr();
            int column = p.currentTokenLocation().getColumnNr();
            Integer earlier = firstLine.putIfAbsent(key, line);
            if (earlier != null) {
                problems.error(Problem.Code.DUPLICATE, file, line, column, "key " + CsvTable.shown(key)
                        + " appears twice (first at line " + earlier + "); keep one");
            }
            p.nextToken();
            Value value = Value.read(p);
            if (key.equals(dateKey)) {
                asOfLine = line;
                asOfColumn = column;
                asOf = readDate(file, dateKey, value, line, column, problems);
            } else if (key.equals("name")) {
                name = readText(file, key, value, line, column, problems);
            } else if (key.equals("notes")) {
                notes = readText(file, key, value, line, column, problems);
            } else {
                problems.warning(file, line, column, "unknown key " + CsvTable.shown(key) + " ignored");
            }
        }
        if (p.nextToken() != null) {
            problems.error(file, p.currentTokenLocation().getLineNr(), 0,
                    "unexpected content after the JSON object");
        }
        return new SnapshotMeta(asOf, asOfLine, asOfColumn, name, notes);
    }

    private static LocalDate readDate(String file, String dateKey, Value value, int line, int column,
                                      ProblemCollector problems) {
        if (value.isNull()) {
            return null;
        }
        LocalDate date = value.isText() ? CsvFormat.parseDate(value.text().trim()) : null;
        if (date == null) {
            problems.error(file, line, column, dateKey + " must be a date yyyy-MM-dd, got "
                    + CsvTable.shown(value.shown()));
        }
        return date;
    }

    private static String readText(String file, String key, Value value, int line, int column,
                                   ProblemCollector problems) {
        if (value.isNull()) {
            return null;
        }
        if (!value.isText()) {
            problems.error(file, line, column, key + " must be text, got " + CsvTable.shown(value.shown()));
            return null;
        }
        return value.text();
    }
}
