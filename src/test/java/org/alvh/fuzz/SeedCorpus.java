package org.alvh.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Writes the seed corpus of the fuzz tests into their Jazzer inputs folders
 * ({@code src/test/resources/org/alvh/fuzz/<Test>Inputs/<method>/}) from the test fixtures. Run from the
 * project root after changing a fixture (docs/fuzzing.md); crash inputs found by fuzzing live in the same
 * folders under the names Jazzer gives them and are not touched.
 */
public final class SeedCorpus {
    /** Rows kept from each file of a golden snapshot, so seeds stay small enough to mutate quickly. */
    static final int GOLDEN_ROWS = 60;
    private static final Path RESOURCES = Path.of("src/test/resources");
    private static final Path INPUTS = RESOURCES.resolve("org/alvh/fuzz");
    private static final byte DEFAULT_LIMITS = 0;

    private SeedCorpus() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, Map<String, byte[]>> snapshots = new LinkedHashMap<>();
        snapshots.put("valid-tiny", readFolder(RESOURCES.resolve("valid/tiny")));
        snapshots.put("valid-small", readFolder(RESOURCES.resolve("valid/small")));
        for (String group : List.of("malformed", "unusable")) {
            try (Stream<Path> list = Files.list(RESOURCES.resolve(group))) {
                for (Path dir : list.filter(Files::isDirectory).sorted().toList()) {
                    Map<String, byte[]> files = readFolder(dir);
                    files.remove("expected-problems.txt");
                    snapshots.put(group + "-" + dir.getFileName(), files);
                }
            }
        }
        try (Stream<Path> list = Files.list(RESOURCES.resolve("golden"))) {
            for (Path dir : list.filter(Files::isDirectory).sorted().toList()) {
                snapshots.put("golden-" + dir.getFileName(), cut(readZip(dir.resolve("snapshot.zip"))));
            }
        }
        Map<String, byte[]> tiny = snapshots.get("valid-tiny");
        Map<String, byte[]> slip = new LinkedHashMap<>();
        tiny.forEach((name, bytes) -> slip.put("snap/" + name, bytes));
        slip.put("../market.csv", tiny.get("market.csv"));
        slip.put("/abs/condor.csv", tiny.get("condor.csv"));
        slip.put("snap\\..\\..\\events.csv", "date,type\n".getBytes(StandardCharsets.UTF_8));
        snapshots.put("zip-slip-names", slip);

        Path reader = clean(INPUTS.resolve("SnapshotReaderFuzzTestInputs/readsAnySnapshot"));
        for (var e : snapshots.entrySet()) {
            write(reader.resolve(e.getKey()), SnapshotContainer.pack(e.getValue()), DEFAULT_LIMITS);
        }

        Path csv = clean(INPUTS.resolve("CsvFileFuzzTestInputs/parsesAnyFileInAValidSnapshot"));
        Path e2e = clean(INPUTS.resolve("EndToEndFuzzTestInputs/computesOrRejectsAnyLoadedSnapshot"));
        for (var snapshot : snapshots.entrySet()) {
            for (var file : snapshot.getValue().entrySet()) {
                int index = CsvFileFuzzTest.FILES.indexOf(file.getKey());
                if (index < 0) {
                    continue;
                }
                String name = snapshot.getKey() + "-" + file.getKey();
                boolean small = snapshot.getKey().equals("valid-small");
                if (!small) {
                    write(csv.resolve(name), file.getValue(), (byte) index);
                }
                if (small || snapshot.getKey().startsWith("golden")) {
                    write(e2e.resolve(name), file.getValue(), (byte) index);
                }
            }
        }

        Path config = clean(INPUTS.resolve("ConfigReaderFuzzTestInputs/readsAnyConfig"));
        Files.copy(Path.of("config/alvh.json"), config.resolve("defaults"));
        Files.copy(RESOURCES.resolve("valid/small/config.json"), config.resolve("valid-small"));
        Files.copy(RESOURCES.resolve("golden/spx-2018-02-05-full/config.json"), config.resolve("golden-full"));
        try (Stream<Path> list = Files.walk(RESOURCES.resolve("unusable"))) {
            for (Path p : list.filter(p -> p.getFileName().toString().equals("config.json")).sorted().toList()) {
                Files.copy(p, config.resolve("unusable-" + p.getParent().getFileName()));
            }
        }
        Files.writeString(config.resolve("empty-object"), "{}");
        Files.writeString(config.resolve("wrong-types"),
                "{\"beta\": {\"windowDays\": \"sixty\"}, \"events\": {\"types\": 3}, \"unknown\": 1}");
    }

    private static Path clean(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.filter(p -> !isKept(p.getFileName().toString())).toList()) {
                Files.delete(p);
            }
        }
        return dir;
    }

    /** Crash inputs from fuzzing ({@code crash-*}) and hand-made inputs of findings ({@code finding-*}). */
    private static boolean isKept(String name) {
        return name.startsWith("crash-") || name.startsWith("finding-");
    }

    private static void write(Path file, byte[] body, byte trailer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(body);
        out.write(trailer);
        Files.write(file, out.toByteArray());
    }

    private static Map<String, byte[]> readFolder(Path dir) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.filter(Files::isRegularFile).sorted().toList()) {
                files.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static Map<String, byte[]> readZip(Path zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (InputStream raw = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(raw)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (!entry.isDirectory()) {
                    String name = entry.getName();
                    files.put(name.substring(name.lastIndexOf('/') + 1), in.readAllBytes());
                }
            }
        }
        return files;
    }

    /** The first {@link #GOLDEN_ROWS} lines of every CSV; other files whole. */
    private static Map<String, byte[]> cut(Map<String, byte[]> files) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        files.forEach((name, bytes) -> {
            if (!name.endsWith(".csv")) {
                out.put(name, bytes);
                return;
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            String kept = String.join("\n", text.lines().limit(GOLDEN_ROWS).toList()) + "\n";
            out.put(name, kept.getBytes(StandardCharsets.UTF_8));
        });
        return out;
    }
}
