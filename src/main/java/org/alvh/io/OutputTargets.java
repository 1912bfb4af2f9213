package org.alvh.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.alvh.model.Problem;

/**
 * Checks output paths before anything is read or written (docs/adr/0008): an output never replaces an input
 * (a file of the snapshot, the snapshot's zip, the configuration) or another output, and never replaces
 * something that is not a regular file. Paths are compared after symbolic links, and as the file system
 * compares names (an existing file is compared by identity, so a case-insensitive file system and hard links
 * are covered); a name the snapshot folder would read as one of its files (in any letter case) is refused even
 * when that file does not exist yet, since writing it would change the snapshot.
 */
public final class OutputTargets {

    private OutputTargets() {
    }

    /**
     * The problems of writing {@code outputs}; empty when every output may be written.
     *
     * @param outputs  each output path by the option that names it (e.g. {@code --out})
     * @param snapshot the snapshot path as given (a folder, a file inside one, or a zip); may be null
     * @param inputs   other input files (the configuration); null entries are ignored
     */
    public static List<Problem> check(Map<String, Path> outputs, Path snapshot, List<Path> inputs) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Path> named = new LinkedHashMap<>();
        if (snapshot != null) {
            named.put("the snapshot " + snapshot.getFileName(), snapshot);
            for (Path file : snapshotFiles(snapshot)) {
                named.put("the snapshot's " + file.getFileName(), file);
            }
        }
        for (Path input : inputs) {
            if (input != null) {
                named.put("the configuration " + input.getFileName(), input);
            }
        }
        Path snapshotFolder = snapshot == null ? null : snapshotFolder(snapshot);
        Map<String, Path> checked = new LinkedHashMap<>();
        for (Map.Entry<String, Path> e : outputs.entrySet()) {
            String option = e.getKey();
            Path out = e.getValue();
            if (out == null) {
                continue;
            }
            String why = notReplaceable(out);
            if (why == null) {
                why = sameAsInput(out, named, snapshotFolder);
            }
            if (why == null) {
                for (Map.Entry<String, Path> other : checked.entrySet()) {
                    if (sameTarget(out, other.getValue())) {
                        why = "is the same file as " + other.getKey() + " " + other.getValue();
                    }
                }
            }
            if (why != null) {
                problems.add(Problem.error(Problem.Code.OUTPUT, option, 0, 0, shown(out) + " " + why
                        + "; nothing was read or written"));
            }
            checked.put(option, out);
        }
        return problems;
    }

    /** Why an existing {@code out} must not be replaced (not a regular file), or null. */
    private static String notReplaceable(Path out) {
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        if (Files.isSymbolicLink(out) && !Files.exists(out)) {
            return "is a symbolic link to nothing (or a loop); it is not replaced";
        }
        if (Files.isDirectory(out)) {
            return "is a directory; it is not replaced";
        }
        if (!Files.isRegularFile(out)) {
            return "is not a regular file (a device, FIFO or socket, or a link to one); it is not replaced";
        }
        return null;
    }

    private static String sameAsInput(Path out, Map<String, Path> inputs, Path snapshotFolder) {
        for (Map.Entry<String, Path> input : inputs.entrySet()) {
            if (sameTarget(out, input.getValue())) {
                return "is " + input.getKey() + "; an output never overwrites an input";
            }
        }
        if (snapshotFolder != null) {
            Path parent = realParent(out);
            String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
            if (parent != null && parent.equals(real(snapshotFolder)) && SnapshotFiles.KNOWN.contains(name)) {
                return "would become the snapshot's " + name + "; an output never writes a snapshot file";
            }
        }
        return null;
    }

    /** True when two paths name one file: by identity when both exist, else by their resolved names. */
    static boolean sameTarget(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // compare by name below
        }
        Path ra = resolved(a);
        Path rb = resolved(b);
        return ra != null && rb != null && ra.toString().equalsIgnoreCase(rb.toString());
    }

    /** The absolute path with symbolic links of its folder resolved, the file name kept as written. */
    private static Path resolved(Path p) {
        Path parent = realParent(p);
        return parent == null || p.getFileName() == null ? null : parent.resolve(p.getFileName().toString());
    }

    /** The real path of the folder of {@code p} (the deepest existing ancestor resolved, the rest appended). */
    private static Path realParent(Path p) {
        Path absolute = p.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        return parent == null ? null : real(parent);
    }

    private static Path real(Path p) {
        Path absolute = p.toAbsolutePath().normalize();
        Path existing = absolute;
        List<String> rest = new ArrayList<>();
        while (existing != null && !Files.exists(existing)) {
            rest.add(0, existing.getFileName() == null ? "" : existing.getFileName().toString());
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        Path result;
        try {
            result = existing.toRealPath();
        } catch (IOException e) {
            result = existing;
        }
        for (String part : rest) {
            result = result.resolve(part);
        }
        return result;
    }

    /** The folder whose files form the snapshot: the folder itself, or the folder of a CSV file; null for a zip. */
    private static Path snapshotFolder(Path snapshot) {
        if (Files.isDirectory(snapshot)) {
            return snapshot;
        }
        String name = snapshot.getFileName() == null ? "" : snapshot.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".json")) {
            return snapshot.toAbsolutePath().getParent();
        }
        return null;
    }

    /** The known files the snapshot folder holds now (any letter case). */
    private static List<Path> snapshotFiles(Path snapshot) {
        Path folder = snapshotFolder(snapshot);
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(f -> SnapshotFiles.KNOWN.contains(f.getFileName().toString()
                    .toLowerCase(Locale.ROOT))).toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** How a path is named in a message: its text, shortened, control characters replaced. */
    private static String shown(Path p) {
        String s = p.toString().replaceAll("\\p{Cntrl}", "?");
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}
