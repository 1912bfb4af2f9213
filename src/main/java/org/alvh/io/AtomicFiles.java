package org.alvh.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one way this program writes a file: to a temporary file in the same folder, forced to disk, then moved
 * over the target in one step. A crash or a kill mid-write leaves the old file intact (docs/adr/0005). A new
 * file gets the user's normal permissions (as the umask leaves them); a replaced file keeps its permissions.
 * A target that exists and is not a regular file (a directory, a FIFO, a device, a link to one) is never
 * replaced (docs/adr/0008).
 */
public final class AtomicFiles {
    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        writeAll(Map.of(target, content));
    }

    /**
     * Writes several files together: every target is checked and every content is written and forced to its
     * temporary file first; only then are the temporary files moved over their targets, in the map's order.
     * If a move fails, the targets already moved are put back as they were (from a copy kept until every move
     * succeeded), so on any failure no target changes; only a crash between two moves can leave some new and
     * others old.
     */
    public static void writeAll(Map<Path, byte[]> contents) throws IOException {
        Map<Path, Path> staged = new LinkedHashMap<>();
        Map<Path, Path> backups = new LinkedHashMap<>();
        List<Path> moved = new ArrayList<>();
        boolean done = false;
        try {
            for (Path target : contents.keySet()) {
                requireReplaceable(target.toAbsolutePath());
            }
            for (Map.Entry<Path, byte[]> e : contents.entrySet()) {
                Path target = e.getKey().toAbsolutePath();
                staged.put(target, stage(target, e.getValue()));
            }
            if (staged.size() > 1) {
                for (Path target : staged.keySet()) {
                    if (Files.exists(target)) {
                        backups.put(target, backup(target));
                    }
                }
            }
            for (Map.Entry<Path, Path> e : staged.entrySet()) {
                move(e.getValue(), e.getKey());
                moved.add(e.getKey());
            }
            done = true;
        } finally {
            if (!done) {
                rollBack(moved, backups);
            }
            for (Path tmp : staged.values()) {
                Files.deleteIfExists(tmp); // a moved file is gone already; a staged one is not left behind
            }
            for (Path backup : backups.values()) {
                Files.deleteIfExists(backup);
            }
        }
    }

    /** Refuses a target that exists and is not a regular file (or a link to one). */
    static void requireReplaceable(Path target) throws IOException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target)) {
            throw new IOException(target + " exists and is not a regular file; it is not replaced");
        }
    }

    /** Puts back the targets already moved: the copy of an earlier file, or no file where there was none. */
    private static void rollBack(List<Path> moved, Map<Path, Path> backups) {
        for (Path target : moved) {
            try {
                Path backup = backups.remove(target);
                if (backup != null) {
                    move(backup, target);
                } else {
                    Files.deleteIfExists(target);
                }
            } catch (IOException e) {
                // best effort: the failure that caused the roll-back is the one reported
            }
        }
    }

    private static Path backup(Path target) throws IOException {
        Path copy = newTemporary(target, ".bak");
        try {
            Files.copy(target, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
        return copy;
    }

    private static Path stage(Path target, byte[] content) throws IOException {
        Path dir = target.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path tmp = newTemporary(target, ".tmp");
        try {
            keepPermissions(target, tmp);
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        return tmp;
    }

    /**
     * A new empty file {@code .<name>.<random><suffix>} beside the target, created with the default permissions
     * (those the umask leaves), unlike {@link Files#createTempFile}, which makes it readable by the owner only.
     */
    private static Path newTemporary(Path target, String suffix) throws IOException {
        Path dir = target.getParent();
        for (int attempt = 0; ; attempt++) {
            String name = "." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + suffix;
            Path tmp = dir == null ? Path.of(name) : dir.resolve(name);
            try {
                Files.newByteChannel(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return tmp;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    /** Gives the temporary file the permissions of the file it replaces (POSIX file systems only). */
    private static void keepPermissions(Path target, Path tmp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (view != null && Files.isRegularFile(target)) {
            Files.setPosixFilePermissions(tmp, view.readAttributes().permissions());
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
