package org.alvh.samples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A minimal RFC 4180 writer: UTF-8, {@code \n} line endings whatever the platform, a field quoted only when
 * it holds a comma, a quote or a line break. Cells are already formatted strings (see {@link Num}).
 */
final class CsvOut implements AutoCloseable {
    private final Writer out;

    private CsvOut(Writer out) {
        this.out = out;
    }

    /** Opens {@code file} (replacing it) and writes the header row. */
    static CsvOut open(Path file, String... header) throws IOException {
        CsvOut csv = new CsvOut(new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16));
        csv.row(header);
        return csv;
    }

    void row(String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(escape(cells[i]));
        }
        out.write('\n');
    }

    void row(List<String> cells) throws IOException {
        row(cells.toArray(String[]::new));
    }

    static String escape(String cell) {
        if (cell == null) {
            return "";
        }
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    /** Writes {@code text} as a whole UTF-8 file with {@code \n} line endings. */
    static void writeText(Path file, String text) throws IOException {
        Files.writeString(file, text.replace("\r\n", "\n"), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
