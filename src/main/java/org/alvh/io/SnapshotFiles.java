package org.alvh.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.alvh.model.Problem;

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
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            problems.error(Problem.Code.MISSING_FILE, shownName, 0, 0, "there is no file or folder " + path);
            return null;
        }
        String unusable = unusable(path);
        if (unusable != null) {
            problems.error(Problem.Code.UNUSABLE_FILE, shownName, 0, 0, named(shownName, unusable));
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

    /**
     * Why {@code file} cannot be read as a regular file ("is a directory", "is a symbolic link that loops",
     * ": permission denied", ...), to follow its name; null when it can. Follows symbolic links.
     */
    static String unusable(Path file) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return Files.isSymbolicLink(file) ? "is a symbolic link to a file that does not exist"
                    : "disappeared while the snapshot was read";
        } catch (FileSystemException e) {
            String reason = e.getReason() == null ? "" : e.getReason();
            if (reason.toLowerCase(Locale.ROOT).contains("levels of symbolic links")) {
                return "is a symbolic link that loops";
            }
            return ": " + (reason.isEmpty() ? "cannot be read" : reason.toLowerCase(Locale.ROOT));
        } catch (IOException e) {
            return ": " + IoErrors.messageOf(e);
        }
        if (attributes.isDirectory()) {
            return "is a directory, not a file";
        }
        if (!attributes.isRegularFile()) {
            return "is not a regular file (a FIFO, socket or device cannot be read as a snapshot file)";
        }
        if (!Files.isReadable(file)) {
            return ": permission denied";
        }
        return null;
    }

    /** "prices.csv is a directory, ...", "prices.csv: permission denied". */
    private static String named(String fileName, String why) {
        return fileName + (why.startsWith(":") ? "" : " ") + why;
    }

    /**
     * The known files of a folder. A known name that is not a readable regular file, and two files whose names
     * differ only by letter case, are errors (the file is then marked {@link FileInput#unusable()}, so that it
     * is not also reported as missing).
     */
    private static Found fromFolder(Path folder, List<String> known, String name, ProblemCollector problems,
                                    ReadProgress progress) {
        Map<String, FileInput> files = new LinkedHashMap<>();
        Map<String, String> seen = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : (Iterable<Path>) list::iterator) {
                String fileName = file.getFileName().toString();
                String key = fileName.toLowerCase(Locale.ROOT);
                if (!known.contains(key)) {
                    continue;
                }
                String earlier = seen.putIfAbsent(key, fileName);
                if (earlier != null) {
                    problems.error(Problem.Code.DUPLICATE, key, 0, 0, "the folder has both " + earlier + " and "
                            + fileName + ", whose names differ only by letter case; keep one");
                    files.put(key, FileInput.unusable());
                    continue;
                }
                String unusable = unusable(file);
                if (unusable != null) {
                    problems.error(Problem.Code.UNUSABLE_FILE, key, 0, 0, named(fileName, unusable));
                    files.put(key, FileInput.unusable());
                    continue;
                }
                files.put(key, FileInput.of(file, Files.size(file), progress));
            }
            progress.expect(files.values().stream().mapToLong(FileInput::size).sum());
        } catch (IOException | UncheckedIOException e) {
            String why = e instanceof UncheckedIOException u ? IoErrors.messageOf(u.getCause())
                    : IoErrors.messageOf((IOException) e);
            problems.error(Problem.Code.UNUSABLE_FILE, name, 0, 0, "cannot read the folder: " + why);
            return null;
        }
        return new Found(name, files);
    }

    /**
     * Reads a zip through its central directory. The structure is checked first, without inflating anything:
     * entry names that escape the folder, a name that appears twice, several snapshot folders, and entries
     * whose declared sizes are over the limits are errors, and then nothing is inflated. Only the entries that
     * {@link #select} takes are inflated (at most one per known file), each stopped at the file limit and all
     * together at {@link #totalLimit}, since they are held in memory.
     */
    private static Found fromZip(Path zip, List<String> known, String zipName, long maxFileBytes,
                                 ProblemCollector problems,
                                 ReadProgress progress) {
        String name = zipName.substring(0, zipName.length() - ".zip".length());
        long totalLimit = totalLimit(maxFileBytes, known.size());
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Map<String, ZipEntry> byName = new LinkedHashMap<>();
            boolean broken = false;
            for (Enumeration<? extends ZipEntry> all = file.entries(); all.hasMoreElements(); ) {
                ZipEntry entry = all.nextElement();
                if (byName.putIfAbsent(entry.getName(), entry) != null) {
                    problems.error(Problem.Code.DUPLICATE, zipName, 0, 0, "entry " + CsvTable.shown(entry.getName())
                            + " appears twice in the zip; a zip with two entries of one name is ambiguous");
                    broken = true;
                }
            }
            List<String> names = byName.values().stream().filter(e -> !e.isDirectory()).map(ZipEntry::getName)
                    .toList();
            Map<String, String> selected = select(names, known, zipName, problems);
            if (selected == null || broken) {
                return null;
            }
            long declared = 0;
            for (Map.Entry<String, String> e : selected.entrySet()) {
                long size = byName.get(e.getValue()).getSize();
                if (size > maxFileBytes) {
                    problems.error(Problem.Code.LIMIT, e.getKey(), 0, 0, "the file is larger than the limit of "
                            + maxFileBytes + " bytes (" + size + " bytes once unzipped)");
                    broken = true;
                }
                declared += Math.max(size, 0);
            }
            if (declared > totalLimit) {
                problems.error(Problem.Code.LIMIT, zipName, 0, 0, tooMuchInflated(declared, totalLimit));
                broken = true;
            }
            if (broken) {
                return null;
            }
            Map<String, FileInput> files = new LinkedHashMap<>();
            long[] total = {0};
            for (Map.Entry<String, String> e : selected.entrySet()) {
                FileInput input = readEntry(file, byName.get(e.getValue()), maxFileBytes, totalLimit, total,
                        progress);
                if (input == null) {
                    problems.error(Problem.Code.LIMIT, zipName, 0, 0, tooMuchInflated(total[0], totalLimit));
                    return null;
                }
                files.put(e.getKey(), input);
            }
            return new Found(name, files);
        } catch (IOException e) {
            problems.error(Problem.Code.UNUSABLE_FILE, zipName, 0, 0, "cannot read the zip file: "
                    + IoErrors.messageOf(e));
            return null;
        }
    }

    /**
     * The most bytes the snapshot files of one zip may inflate to together: one file limit per known file, and
     * never more than a quarter of the Java heap (the entries are held in memory) nor than one byte array holds.
     */
    static long totalLimit(long maxFileBytes) {
        return totalLimit(maxFileBytes, KNOWN.size());
    }

    private static long totalLimit(long maxFileBytes, int files) {
        long perFiles = maxFileBytes > Long.MAX_VALUE / files ? Long.MAX_VALUE : maxFileBytes * files;
        return Math.min(Math.min(perFiles, Runtime.getRuntime().maxMemory() / 4), MAX_ARRAY);
    }

    private static String tooMuchInflated(long bytes, long limit) {
        return "the snapshot files in the zip expand to more than " + limit + " bytes (at least " + bytes
                + "), more than is read from a zip (one --max-file-mb per file, at most a quarter of the Java"
                + " heap); unzip it and open the folder";
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

    /**
     * Inflates one entry into memory; a file over {@code maxFileBytes} is recorded only as too large, and
     * null is returned when the running {@code total} of all entries passes {@code totalLimit}.
     */
    private static FileInput readEntry(ZipFile file, ZipEntry entry, long maxFileBytes, long totalLimit,
                                       long[] total, ReadProgress progress) throws IOException {
        try (InputStream in = new FileInput.Counted(file.getInputStream(entry), progress)) {
            // sized to the declared size (already checked against both limits), so it is not grown by doubling
            Buffer out = new Buffer((int) Math.min(Math.max(entry.getSize(), 0), Math.min(maxFileBytes, MAX_ARRAY)));
            byte[] buffer = new byte[64 * 1024];
            long size = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                size += n;
                total[0] += n;
                if (total[0] > totalLimit) {
                    return null;
                }
                if (size > maxFileBytes) {
                    return tooLarge(size);
                }
                out.write(buffer, 0, n);
            }
            return FileInput.of(out.content());
        }
    }

    /** Largest byte array the JVM allocates. */
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    /** A byte buffer that hands over its array without a copy when it is exactly full. */
    private static final class Buffer extends ByteArrayOutputStream {
        Buffer(int size) {
            super(size);
        }

        byte[] content() {
            return count == buf.length ? buf : toByteArray();
        }
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
     * folder (see {@link #select}); for files already in memory. Null when the entries are not one snapshot
     * (reported).
     */
    static Found fromEntries(String displayName, String containerName, Map<String, FileInput> entries,
                             ProblemCollector problems) {
        return fromEntries(displayName, containerName, KNOWN, entries, problems);
    }

    /** {@link #fromEntries(String, String, Map, ProblemCollector)} for the files named in {@code known}. */
    static Found fromEntries(String displayName, String containerName, List<String> known,
                             Map<String, FileInput> entries, ProblemCollector problems) {
        Map<String, String> selected = select(List.copyOf(entries.keySet()), known, containerName, problems);
        if (selected == null) {
            return null;
        }
        Map<String, FileInput> files = new LinkedHashMap<>();
        selected.forEach((key, entryName) -> files.put(key, entries.get(entryName)));
        return new Found(displayName, files);
    }

    /**
     * The one rule of which entries of a container are the snapshot: by known file (lower case), the entry
     * that names it at the root, or else inside the one top-level folder. Entries that escape the folder are
     * errors of {@code containerName} and skipped; two entries for one known file (names that differ only by
     * case) and several snapshot folders are errors after which null is returned, so nothing is read.
     */
    static Map<String, String> select(List<String> entryNames, List<String> known, String containerName,
                                      ProblemCollector problems) {
        Map<String, String> root = new LinkedHashMap<>();
        Map<String, Map<String, String>> folders = new LinkedHashMap<>();
        boolean ok = true;
        for (String entryName : entryNames) {
            String path = entryName.replace('\\', '/');
            if (escapes(path)) {
                problems.error(containerName, 0, 0, "entry " + CsvTable.shown(entryName)
                        + " points outside the snapshot folder and was rejected");
                continue;
            }
            String key = snapshotFileKey(path, known);
            if (key == null) {
                continue;
            }
            int slash = path.indexOf('/');
            Map<String, String> group = slash < 0 ? root
                    : folders.computeIfAbsent(path.substring(0, slash), k -> new LinkedHashMap<>());
            String earlier = group.putIfAbsent(key, entryName);
            if (earlier != null) {
                problems.error(Problem.Code.DUPLICATE, containerName, 0, 0, "entry " + CsvTable.shown(entryName)
                        + " appears twice (also as " + CsvTable.shown(earlier) + "); keep one");
                ok = false;
            }
        }
        if (!root.isEmpty() || folders.isEmpty()) {
            return ok ? root : null;
        }
        if (folders.size() > 1) {
            problems.error(containerName, 0, 0, "found several snapshot folders (" + String.join(", ",
                    folders.keySet().stream().limit(5).map(CsvTable::shown).sorted().toList())
                    + (folders.size() > 5 ? " and " + (folders.size() - 5) + " more" : "")
                    + "); put one snapshot per zip");
            return null;
        }
        return ok ? folders.values().iterator().next() : null;
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
