package org.alvh.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.alvh.model.Problem;

/** Reads the optional {@code snapshot.json}: {@code {"asof": "yyyy-MM-dd", "name": "...", "notes": "..."}}. */
final class SnapshotJsonParser {
    static final String FILE = "snapshot.json";
    /** Package-visible for JacksonSafetyTest; never configured with default typing. */
    static final ObjectMapper MAPPER = new ObjectMapper();

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
        if (input == null || !input.usable()) {
            return SnapshotMeta.NONE;
        }
        if (input.size() > limits.maxFileBytes()) {
            problems.error(Problem.Code.LIMIT, FILE, 0, 0, "the file is larger than the limit of "
                    + limits.maxFileBytes() + " bytes");
            return SnapshotMeta.NONE;
        }
        try (InputStream in = input.open(); JsonParser p = MAPPER.createParser(in)) {
            return readObject(p, problems);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            problems.error(FILE, where == null ? 0 : Math.max(where.getLineNr(), 0),
                    where == null ? 0 : Math.max(where.getColumnNr(), 0),
                    "snapshot.json is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            problems.error(FILE, 0, 0, "cannot read the file: " + IoErrors.messageOf(e));
        }
        return SnapshotMeta.NONE;
    }

    private static SnapshotMeta readObject(JsonParser p, ProblemCollector problems) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            problems.error(FILE, 0, 0, "snapshot.json must be a JSON object with the keys asof, name and notes");
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
                problems.error(Problem.Code.DUPLICATE, FILE, line, column, "key " + CsvTable.shown(key)
                        + " appears twice (first at line " + earlier + "); keep one");
            }
            p.nextToken();
            JsonNode value = MAPPER.readTree(p);
            switch (key) {
                case "asof" -> {
                    asOfLine = line;
                    asOfColumn = column;
                    asOf = readDate(value, line, column, problems);
                }
                case "name" -> name = readText(key, value, line, column, problems);
                case "notes" -> notes = readText(key, value, line, column, problems);
                default -> problems.warning(FILE, line, column, "unknown key " + CsvTable.shown(key) + " ignored");
            }
        }
        if (p.nextToken() != null) {
            problems.error(FILE, p.currentTokenLocation().getLineNr(), 0,
                    "unexpected content after the JSON object");
        }
        return new SnapshotMeta(asOf, asOfLine, asOfColumn, name, notes);
    }

    private static LocalDate readDate(JsonNode value, int line, int column, ProblemCollector problems) {
        if (value == null || value.isNull()) {
            return null;
        }
        LocalDate date = value.isTextual() ? CsvFormat.parseDate(value.asText().trim()) : null;
        if (date == null) {
            problems.error(FILE, line, column, "asof must be a date yyyy-MM-dd, got " + CsvTable.shown(value.isTextual() ? value.asText()
                    : value.toString()));
        }
        return date;
    }

    private static String readText(String key, JsonNode value, int line, int column, ProblemCollector problems) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            problems.error(FILE, line, column, key + " must be text, got " + CsvTable.shown(value.toString()));
            return null;
        }
        return value.asText();
    }
}
