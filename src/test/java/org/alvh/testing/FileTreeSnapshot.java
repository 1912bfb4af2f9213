package org.alvh.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The bytes of every regular file under a folder (links are recorded as their target, other special files by
 * kind), to assert that a run left inputs and pre-existing outputs byte-identical.
 */
public final class FileTreeSnapshot {
    private FileTreeSnapshot() {
    }

    public static Map<String, String> of(Path root) throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                String key = root.relativize(p).toString();
                if (Files.isSymbolicLink(p)) {
                    all.put(key, "link -> " + Files.readSymbolicLink(p));
                } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    all.put(key, java.util.HexFormat.of().formatHex(Files.readAllBytes(p)));
                } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    all.put(key, "dir");
                } else {
                    all.put(key, "other");
                }
            }
        }
        return all;
    }

    /** True on Linux, where FIFOs are made with mkfifo. */
    public static boolean canMakeFifo() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux");
    }

    /** Makes a FIFO at {@code path} with mkfifo. */
    public static void mkfifo(Path path) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IOException("mkfifo failed for " + path);
        }
    }
}
