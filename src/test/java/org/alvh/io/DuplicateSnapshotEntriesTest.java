package org.alvh.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.alvh.model.LoadResult;
import org.alvh.model.Problem;
import org.alvh.model.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8 item 4: duplicates are errors. Two zip entries of one name (the JDK reads one of them), two files of
 * a folder whose names differ only by case (which one is read depends on the file system), and a key twice in
 * snapshot.json. Before, each was read silently with one of the two values.
 */
class DuplicateSnapshotEntriesTest {
    private static final Path SAMPLE = Path.of("sample-data", "spx-2018-02-05");

    @TempDir
    Path dir;

    private static Map<String, byte[]> sampleFiles() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : new String[] {"constituents.csv", "condor.csv", "market.csv", "vix_futures.csv"}) {
            files.put(name, Files.readAllBytes(SAMPLE.resolve(name)));
        }
        return files;
    }

    @Test
    void twoZipEntriesWithTheSameNameAreAnError() throws IOException {
        Map<String, byte[]> files = sampleFiles();
        files.put("markeX.csv", "date,spx_close,vix_close\n2018-02-05,1,1\n".getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        // ZipOutputStream refuses a duplicate name: rename the second entry in place (same length, no CRC change)
        String latin = new String(bytes.toByteArray(), StandardCharsets.ISO_8859_1).replace("markeX.csv", "market.csv");
        Path zip = dir.resolve("dup.zip");
        Files.write(zip, latin.getBytes(StandardCharsets.ISO_8859_1));

        LoadResult<Snapshot> result = new SnapshotReader().read(zip);

        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo(Problem.Code.DUPLICATE);
            assertThat(p.toString()).isEqualTo("dup.zip: entry \"market.csv\" appears twice in the zip; a zip with"
                    + " two entries of one name is ambiguous");
        });
    }

    @Test
    void twoZipEntriesWhoseNamesDifferOnlyByCaseAreAnError() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("snap/market.csv", new byte[0]);
        files.put("snap/MARKET.csv", new byte[0]);

        LoadResult<Snapshot> result = new SnapshotReader().read("snap", files);

        assertThat(result.errors()).extracting(Problem::toString).containsExactly(
                "snap: entry \"snap/MARKET.csv\" appears twice (also as \"snap/market.csv\"); keep one");
    }

    @Test
    void twoFilesOfAFolderWhoseNamesDifferOnlyByCaseAreAnError() throws IOException {
        Path snap = Files.createDirectory(dir.resolve("snap"));
        for (Map.Entry<String, byte[]> e : sampleFiles().entrySet()) {
            Files.write(snap.resolve(e.getKey()), e.getValue());
        }
        Files.write(snap.resolve("Market.CSV"), Files.readAllBytes(SAMPLE.resolve("market.csv")));
        if (Files.isSameFile(snap.resolve("Market.CSV"), snap.resolve("market.csv"))) {
            return; // a case-insensitive file system holds one file: nothing is ambiguous
        }

        LoadResult<Snapshot> result = new SnapshotReader().read(snap);

        assertThat(result.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(Problem.Code.DUPLICATE);
            assertThat(p.file()).isEqualTo("market.csv");
            assertThat(p.message()).contains("market.csv").contains("Market.CSV")
                    .endsWith("whose names differ only by letter case; keep one");
        });
    }

    @Test
    void aKeyTwiceInSnapshotJsonIsAnError() throws IOException {
        Map<String, byte[]> files = sampleFiles();
        files.put("snapshot.json", "{\"asof\": \"2018-02-05\",\n \"asof\": \"2018-02-02\"}".getBytes(StandardCharsets.UTF_8));

        LoadResult<Snapshot> result = new SnapshotReader().read("snap", files);

        assertThat(result.errors()).extracting(Problem::toString).containsExactly(
                "snapshot.json:2:2: key \"asof\" appears twice (first at line 1); keep one");
        assertThat(result.errors().get(0).code()).isEqualTo(Problem.Code.DUPLICATE);
    }
}
