package org.alvh.io;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * Streams the records of one CSV file as trimmed strings, with the physical line where each record starts
 * (a quoted field may span lines). The cell buffer is reused from record to record.
 */
final class CsvRecordReader implements Closeable {
    private final CsvParser parser;
    private String[] cells = new String[16];
    private int size;
    private int line;
    private boolean started;

    CsvRecordReader(InputStream in) throws IOException {
        this.parser = CsvFormat.open(in);
    }

    /** Advances to the next record; false at the end of the file. */
    boolean next() throws IOException {
        if (!started) {
            started = true;
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                return false; // empty document
            }
        }
        JsonToken token = parser.nextToken();
        if (token != JsonToken.START_ARRAY) {
            return false;
        }
        size = 0;
        line = -1;
        while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
            if (size == 0) {
                line = parser.currentTokenLocation().getLineNr();
            }
            if (size == cells.length) {
                cells = java.util.Arrays.copyOf(cells, size * 2);
            }
            cells[size++] = parser.getText().trim();
        }
        if (line < 0) {
            line = parser.currentTokenLocation().getLineNr();
        }
        return true;
    }

    /** 1-based line where the current record starts. */
    int line() {
        return line;
    }

    int size() {
        return size;
    }

    String cell(int i) {
        return cells[i];
    }

    /** True for an empty or blank line. */
    boolean blank() {
        return size == 0 || (size == 1 && cells[0].isEmpty());
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
