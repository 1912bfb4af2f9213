package org.alvh.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Zips the files of a folder reproducibly: entries at the root in sorted name order, every timestamp
 * {@link #TIMESTAMP} (a local date-time stored as is, whatever the time zone), no extra fields, deflated at
 * the default level. The same files give the same bytes (with the same zlib).
 */
final class DeterministicZip {
    /** The fixed entry time. */
    static final LocalDateTime TIMESTAMP = LocalDateTime.of(2020, 1, 10, 0, 0);

    private DeterministicZip() {
    }

    /** The bytes of the zip of the files {@code names} of {@code folder}, sorted by name. */
    static byte[] of(Path folder, List<String> names) throws IOException {
        List<String> sorted = names.stream().sorted().toList();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(Deflater.DEFAULT_COMPRESSION);
            for (String name : sorted) {
                ZipEntry entry = new ZipEntry(name);
                entry.setTimeLocal(TIMESTAMP);
                entry.setMethod(ZipEntry.DEFLATED);
                out.putNextEntry(entry);
                Files.copy(folder.resolve(name), out);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
