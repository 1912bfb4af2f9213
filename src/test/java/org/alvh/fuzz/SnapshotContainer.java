package org.alvh.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A whole snapshot as one byte string, so that a fuzzer can mutate names and contents of several files at once
 * and a seed file stays readable: each file starts with a line {@code ==> NAME <==} (as {@code head} prints
 * several files) followed by its bytes. Decoding is total: any byte string is some snapshot (text before the
 * first marker is ignored; a repeated name keeps the last file).
 */
final class SnapshotContainer {
    private static final byte[] OPEN = "==> ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLOSE = " <==\n".getBytes(StandardCharsets.US_ASCII);

    private SnapshotContainer() {
    }

    static byte[] pack(Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        files.forEach((name, bytes) -> {
            out.writeBytes(OPEN);
            out.writeBytes(name.getBytes(StandardCharsets.UTF_8));
            out.writeBytes(CLOSE);
            out.writeBytes(bytes);
        });
        return out.toByteArray();
    }

    static Map<String, byte[]> unpack(byte[] data) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        int header = nextHeader(data, 0);
        while (header >= 0) {
            int nameStart = header + OPEN.length;
            int nameEnd = indexOf(data, CLOSE, nameStart);
            if (nameEnd < 0) {
                break;
            }
            int contentStart = nameEnd + CLOSE.length;
            int next = nextHeader(data, contentStart);
            int contentEnd = next < 0 ? data.length : next;
            String name = new String(data, nameStart, nameEnd - nameStart, StandardCharsets.UTF_8);
            byte[] content = new byte[contentEnd - contentStart];
            System.arraycopy(data, contentStart, content, 0, content.length);
            files.put(name, content);
            header = next;
        }
        return files;
    }

    /** The files of a test resource folder (e.g. {@code /valid/tiny}), by file name, sorted. */
    static Map<String, byte[]> folder(String resource) {
        try (Stream<Path> list = Files.list(Path.of(SnapshotContainer.class.getResource(resource).toURI()))) {
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (Path p : list.filter(Files::isRegularFile).sorted().toList()) {
                files.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Start of the next {@code ==> } at the start of a line, at or after {@code from}; -1 when none. */
    private static int nextHeader(byte[] data, int from) {
        int i = from;
        while ((i = indexOf(data, OPEN, i)) >= 0) {
            if (i == 0 || data[i - 1] == '\n') {
                return i;
            }
            i++;
        }
        return -1;
    }

    private static int indexOf(byte[] data, byte[] needle, int from) {
        outer:
        for (int i = Math.max(from, 0); i <= data.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
