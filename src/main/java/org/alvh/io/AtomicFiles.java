package org.alvh.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one way this program writes a file: to a temporary file in the same folder, forced to disk, then moved
 * over the target in one step. A crash or a kill mid-write leaves the old file intact (docs/adr/0005).
 */
public final class AtomicFiles {
    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        writeAll(Map.of(target, content));
    }

    /**
     * Writes several files as nearly together as the file system allows: every content is written and forced
     * to its temporary file first, and only then are the temporary files moved over their targets, in the
     * map's order. A failure while writing (disk full, no permission) leaves every target as it was; only a
     * failure of a move itself, after the data is safely on disk, can leave some targets new and others old.
     */
    public static void writeAll(Map<Path, byte[]> contents) throws IOException {
        Map<Path, Path> staged = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, byte[]> e : contents.entrySet()) {
                Path target = e.getKey().toAbsolutePath();
                staged.put(target, stage(target, e.getValue()));
            }
            for (Map.Entry<Path, Path> e : staged.entrySet()) {
                move(e.getValue(), e.getKey());
            }
        } finally {
            for (Path tmp : staged.values()) {
                Files.deleteIfExists(tmp); // a moved file is gone already; a staged one is not left behind
            }
        }
    }

    private static Path stage(Path target, byte[] content) throws IOException {
        Path dir = target.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path tmp = createStagingFile(dir, target);
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        return tmp;
    }

    /**
     * A new, empty {@code .<name>.<random>.tmp} beside the target, created like any file the user creates (the
     * process's umask applies: 0644 under the usual 022), not with {@link Files#createTempFile}'s private 0600,
     * which the move would carry over to the exported file.
     */
    private static Path createStagingFile(Path dir, Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = (dir == null ? Path.of("") : dir).resolve("." + target.getFileName() + "."
                    + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
