package org.alvh.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.alvh.model.LoadResult;
import org.alvh.model.Problem;
import org.alvh.model.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile zips: entries that climb out of the folder are rejected by name, an entry whose declared or real
 * size is over the limit is reported, never read whole, and entries that are not snapshot files (other names,
 * or snapshot file names nested too deep or under {@code __MACOSX/}) are never decompressed (a corrupt one
 * does not stop the load).
 */
class ZipHardeningTest {
    private static final long LIMIT = 1024 * 1024;
    private static final int BIG = 3 * 1024 * 1024;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int CENTRAL_COMPRESSED_SIZE = 20;
    private static final int CENTRAL_SIZE = 24;
    private static final int CENTRAL_NAME_LENGTH = 28;
    private static final int CENTRAL_FIXED_LENGTH = 46;
    private static final int CENTRAL_LOCAL_OFFSET = 42;
    private static final int LOCAL_NAME_LENGTH = 26;
    private static final int LOCAL_EXTRA_LENGTH = 28;
    private static final int LOCAL_FIXED_LENGTH = 30;

    private final SnapshotReader reader = new SnapshotReader(LIMIT, SnapshotReader.DEFAULT_MAX_ROWS,
            SnapshotReader.DEFAULT_MAX_PROBLEMS);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"../market.csv", "snap/../../market.csv", "./../market.csv", "/market.csv",
            "..\\market.csv", "snap\\..\\..\\market.csv", "C:\\temp\\market.csv", "c:/temp/market.csv"})
    void anEntryThatClimbsOutOfTheFolderIsRejectedByName(String name) throws IOException {
        Map<String, byte[]> files = tiny();
        files.put(name, files.get("market.csv"));

        LoadResult<Snapshot> result = reader.read("evil", files);

        assertThat(result.errors()).extracting(Problem::toString)
                .containsExactly("evil: entry \"" + name + "\" points outside the snapshot folder and was rejected");
    }

    @Test
    void anEntryDeclaredLargerThanTheLimitIsNotRead(@TempDir Path tmp) throws IOException {
        Map<String, byte[]> files = tiny();
        files.put("prices.csv", bigCsv());
        Path zip = tmp.resolve("bomb.zip");
        SnapshotReaderEdgeCaseTest.writeZip(zip, files);

        LoadResult<Snapshot> result = reader.read(zip);

        assertThat(Files.size(zip)).isLessThan(LIMIT);
        assertThat(result.errors()).extracting(Problem::toString)
                .singleElement().asString().startsWith("prices.csv: the file is larger than the limit of " + LIMIT + " bytes");
    }

    @Test
    void anEntryThatLiesAboutItsSizeStopsBeingReadAtTheLimit(@TempDir Path tmp) throws IOException {
        Map<String, byte[]> files = tiny();
        files.put("prices.csv", bigCsv());
        Path zip = tmp.resolve("liar.zip");
        SnapshotReaderEdgeCaseTest.writeZip(zip, files);
        declareSize(zip, "prices.csv", 100);

        LoadResult<Snapshot> result = reader.read(zip);

        assertThat(result.errors()).extracting(Problem::toString).singleElement().asString()
                .startsWith("prices.csv").contains("larger than the limit");
    }

    @Test
    void entriesThatAreNotSnapshotFilesAreNeverDecompressed(@TempDir Path tmp) throws IOException {
        Map<String, byte[]> files = tiny();
        files.put("notes/readme.txt", bigCsv());
        Path zip = tmp.resolve("with-notes.zip");
        SnapshotReaderEdgeCaseTest.writeZip(zip, files);
        corruptData(zip, "notes/readme.txt");

        LoadResult<Snapshot> result = reader.read(zip);

        assertThat(result.errors()).isEmpty();
        assertThat(result.value()).isNotNull();
    }

    @Test
    void snapshotFileNamesTooDeepOrUnderMacosxAreNeverDecompressed(@TempDir Path tmp) throws IOException {
        Map<String, byte[]> files = tiny();
        // under the size limit, so only their names keep them from being decompressed
        files.put("__MACOSX/prices.csv", csvOf((int) LIMIT / 2));
        files.put("extra/nested/prices.csv", csvOf((int) LIMIT / 2));
        Path zip = tmp.resolve("with-ignored-copies.zip");
        SnapshotReaderEdgeCaseTest.writeZip(zip, files);
        breakLocalHeader(zip, "__MACOSX/prices.csv");
        breakLocalHeader(zip, "extra/nested/prices.csv");

        LoadResult<Snapshot> result = reader.read(zip);

        // opened for reading, they would fail ("cannot read the zip file"); they are skipped by name instead
        assertThat(result.errors()).isEmpty();
        assertThat(result.value()).isNotNull();
    }

    @Test
    void whichEntriesAreTaken() {
        assertThat(SnapshotFiles.snapshotFileKey("Market.CSV")).isEqualTo("market.csv");
        assertThat(SnapshotFiles.snapshotFileKey("snap/market.csv")).isEqualTo("market.csv");
        assertThat(SnapshotFiles.snapshotFileKey("a/snap/market.csv")).isNull();
        assertThat(SnapshotFiles.snapshotFileKey("__MACOSX/market.csv")).isNull();
        assertThat(SnapshotFiles.snapshotFileKey("snap/readme.txt")).isNull();
        assertThat(SnapshotFiles.snapshotFileKey("snap/market.csv/")).isNull();
    }

    private static Map<String, byte[]> tiny() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(MalformedSnapshotTest.resource("/valid/tiny"))) {
            for (Path p : list.sorted().toList()) {
                files.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    /** A prices.csv far over the limit that compresses to almost nothing. */
    private static byte[] bigCsv() {
        return csvOf(BIG);
    }

    /** A prices.csv of about {@code size} bytes that compresses to almost nothing. */
    private static byte[] csvOf(int size) {
        StringBuilder sb = new StringBuilder("date,ticker,close\n");
        while (sb.length() < size) {
            sb.append("2018-01-12,AAA,100.5\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Rewrites the uncompressed size of {@code name} in the central directory. */
    private static void declareSize(Path zip, String name, int size) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(zip)).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(centralHeader(b, name) + CENTRAL_SIZE, size);
        Files.write(zip, b.array());
    }

    /** Overwrites the middle of the compressed data of {@code name} with garbage. */
    private static void corruptData(Path zip, String name) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(zip)).order(ByteOrder.LITTLE_ENDIAN);
        int header = centralHeader(b, name);
        int compressed = b.getInt(header + CENTRAL_COMPRESSED_SIZE);
        int local = b.getInt(header + CENTRAL_LOCAL_OFFSET);
        int dataStart = local + LOCAL_FIXED_LENGTH + b.getShort(local + LOCAL_NAME_LENGTH)
                + b.getShort(local + LOCAL_EXTRA_LENGTH);
        for (int i = dataStart + compressed / 4; i < dataStart + compressed / 2; i++) {
            b.put(i, (byte) 0xFF);
        }
        Files.write(zip, b.array());
    }

    /** Overwrites the signature of the local header of {@code name}: any attempt to read the entry fails. */
    private static void breakLocalHeader(Path zip, String name) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(zip)).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(b.getInt(centralHeader(b, name) + CENTRAL_LOCAL_OFFSET), 0);
        Files.write(zip, b.array());
    }

    private static int centralHeader(ByteBuffer b, String name) {
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + CENTRAL_FIXED_LENGTH < b.limit(); i++) {
            if (b.getInt(i) == CENTRAL_HEADER && b.getShort(i + CENTRAL_NAME_LENGTH) == wanted.length) {
                byte[] actual = new byte[wanted.length];
                b.get(i + CENTRAL_FIXED_LENGTH, actual);
                if (java.util.Arrays.equals(actual, wanted)) {
                    return i;
                }
            }
        }
        throw new IllegalStateException("no central header for " + name);
    }
}
