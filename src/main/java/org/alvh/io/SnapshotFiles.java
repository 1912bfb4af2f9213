package org.alvh.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds the files of a snapshot (or of a history, which names its own files): in a folder, next to a CSV file,
 * or in a {@code .zip} of the folder (read in memory, never extracted; the files may sit at the zip root or
 * inside one top-level folder; entries that try to leave the folder are rejected). File names are matched
 * case-insensitively; other files are ignored.
 */
final class SnapshotFiles {
    static final List<String> KNOWN = List.of(ConstituentsParser.FILE, CondorParser.FILE, MarketParser.FILE,
            FuturesParser.FILE, PricesParser.FILE, ChainParser.FILE, EventsParser.FILE, SnapshotJsonParser.FILE);

    /** The snapshot's display name and its known files by lower-case name. */
    record Found(String displayName, Map<String, FileInput> files) {
    }

    private SnapshotFiles() {
    }

    /** The files at {@code path}; null when there is no snapshot to read there (reported). */
    static Found fromPath(Path path, long maxFileBytes, ProblemCollector problems, ReadProgress progress) {
        return fromPath(path, KNOWN, maxFileBytes, problems, progress);
    }

    /**
     * The files named in {@code known} (lower case) at {@code path}: a folder of that format (a snapshot, a
     * history), a file inside one, or a zip of one; null when there is nothing to read there (reported).
     */
    static Found fromPath(Path path, List<String> known, long maxFileBytes, ProblemCollector problems,
                          ReadProgress progress) {
        String shownName = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        String lower = shownName.toLowerCase(Locale.ROOT);
        if (Files.isDirectory(path)) {
            return fromFolder(path, known, shownName, problems, progress);
        }
        if (!Files.isRegularFile(path)) {
            problems.error(shownName, 0, 0, "there is no file or folder " + path);
            return null;
        }
        if (lower.endsWith(".zip")) {
            return fromZip(path, known, shownName, maxFileBytes, problems, progress);
        }
        if (lower.endsWith(".csv") || lower.endsWith(".json")) {
            Path folder = path.toAbsolutePath().getParent();
            return fromFolder(folder, known, folder.getFileName() == null ? folder.toString()
                    : folder.getFileName().toString(), problems, progress);
        }
        problems.error(shownName, 0, 0, "open a snapshot folder, a CSV file inside one, or a .zip of the folder");
        return null;
    }

    private static Found fromFolder(Path folder, List<String> known, String name, ProblemCollector problems,
                                    ReadProgress progress) {
        Map<String, FileInput> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : (Iterable<Path>) list::iterator) {
                String key = file.getFileName().toString().toLowerCase(Locale.ROOT);
                if (known.contains(key) && Files.isRegularFile(file)) {
                    files.put(key, FileInput.of(file, Files.size(file), progress));
                }
            }
            progress.expect(files.values().stream().mapToLong(FileInput::size).sum());
        } catch (IOException e) {
            problems.error(name, 0, 0, "cannot read the folder: " + IoErrors.messageOf(e));
            return null;
        }
        return new Found(name, files);
    }

    /**
     * Reads a zip through its central directory: only entries that {@link #fromEntries} takes (see
     * {@link #snapshotFileKey}) are decompressed (others are never read), an entry whose declared size is over
     * the limit is not read at all, and one whose real size is over it stops being read at the limit. Entry
     * names that escape the folder are kept, without their content, so that {@link #fromEntries} reports them.
     */
    private static Found fromZip(Path zip, List<String> known, String zipName, long maxFileBytes,
                                 ProblemCollector problems, ReadProgress progress) {
        Map<String, FileInput> entries = new LinkedHashMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (Enumeration<? extends ZipEntry> all = file.entries(); all.hasMoreElements(); ) {
                ZipEntry entry = all.nextElement();
                String path = entry.getName().replace('\\', '/');
                if (entry.isDirectory()) {
                    continue;
                }
                if (escapes(path)) {
                    entries.put(entry.getName(), FileInput.of(new byte[0]));
                } else if (snapshotFileKey(path, known) != null) {
                    entries.put(entry.getName(), entry.getSize() > maxFileBytes ? tooLarge(entry.getSize())
                            : readEntry(file, entry, maxFileBytes, progress));
                }
            }
        } catch (IOException e) {
            problems.error(zipName, 0, 0, "cannot read the zip file: " + IoErrors.messageOf(e));
            return null;
        }
        String name = zipName.substring(0, zipName.length() - ".zip".length());
        return fromEntries(name, zipName, known, entries, problems);
    }

    /**
     * The known file an entry path names (lower case) when the entry is part of the snapshot: a known file name
     * at the root or inside one top-level folder, not under {@code __MACOSX/}; null for any other entry. The
     * one rule of which entries are taken: the zip reader decompresses only these.
     *
     * @param path an entry path with '/' separators that does not {@link #escapes escape} the folder
     */
    static String snapshotFileKey(String path) {
        return snapshotFileKey(path, KNOWN);
    }

    /** {@link #snapshotFileKey(String)} for the files named in {@code known} (lower case). */
    static String snapshotFileKey(String path, List<String> known) {
        String[] parts = path.split("/", -1);
        if (parts.length > 2 || path.startsWith("__MACOSX/")) {
            return null;
        }
        String key = parts[parts.length - 1].toLowerCase(Locale.ROOT);
        return known.contains(key) ? key : null;
    }

    private static FileInput readEntry(ZipFile file, ZipEntry entry, long maxFileBytes, ReadProgress progress)
            throws IOException {
        try (InputStream in = new FileInput.Counted(file.getInputStream(entry), progress)) {
            return readEntry(in, maxFileBytes);
        }
    }

    /** Reads one entry into memory, or records only that it is larger than the limit. */
    private static FileInput readEntry(InputStream in, long maxFileBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > maxFileBytes) {
                return tooLarge(total);
            }
            out.write(buffer, 0, n);
        }
        return FileInput.of(out.toByteArray());
    }

    private static FileInput tooLarge(long size) {
        return new FileInput() {
            @Override
            public long size() {
                return size;
            }

            @Override
            public InputStream open() throws IOException {
                throw new IOException("the file is larger than the limit");
            }
        };
    }

    /**
     * Resolves entry paths (as in a zip) to the known snapshot files, at the root or inside one top-level
     * folder. Entries that escape the folder are reported as errors of {@code containerName} and skipped.
     */
    static Found fromEntries(String displayName, String containerName, Map<String, FileInput> entries,
                             ProblemCollector problems) {
        return fromEntries(displayName, containerName, KNOWN, entries, problems);
    }

    /** {@link #fromEntries(String, String, Map, ProblemCollector)} for the files named in {@code known}. */
    static Found fromEntries(String displayName, String containerName, List<String> known,
                             Map<String, FileInput> entries, ProblemCollector problems) {
        Map<String, FileInput> root = new LinkedHashMap<>();
        Map<String, Map<String, FileInput>> folders = new LinkedHashMap<>();
        for (Map.Entry<String, FileInput> e : entries.entrySet()) {
            String path = e.getKey().replace('\\', '/');
            if (escapes(path)) {
                problems.error(containerName, 0, 0, "entry \"" + e.getKey() + "\" points outside the snapshot folder"
                        + " and was rejected");
                continue;
            }
            String key = snapshotFileKey(path, known);
            if (key == null) {
                continue;
            }
            int slash = path.indexOf('/');
            if (slash < 0) {
                putOnce(root, key, e.getValue(), e.getKey(), containerName, problems);
            } else {
                putOnce(folders.computeIfAbsent(path.substring(0, slash), k -> new LinkedHashMap<>()), key,
                        e.getValue(), e.getKey(), containerName, problems);
            }
        }
        if (!root.isEmpty() || folders.isEmpty()) {
            return new Found(displayName, root);
        }
        if (folders.size() > 1) {
            problems.error(containerName, 0, 0, "found several snapshot folders (" + String.join(", ",
                    new TreeSet<>(folders.keySet())) + "); put one snapshot per zip");
        }
        return new Found(displayName, folders.values().iterator().next());
    }

    private static void putOnce(Map<String, FileInput> files, String key, FileInput input, String entryName,
                                String containerName, ProblemCollector problems) {
        if (files.putIfAbsent(key, input) != null) {
            problems.error(containerName, 0, 0, "entry \"" + entryName + "\" appears twice");
        }
    }

    /** True for names that are absolute or climb out of the folder (zip slip). */
    static boolean escapes(String path) {
        if (path.startsWith("/") || path.matches("^[A-Za-z]:.*")) {
            return true;
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return false;
    }
}
