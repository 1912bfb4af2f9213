package org.alvh.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.alvh.io.config.ConfigReader;
import org.alvh.model.AlvhConfig;
import org.alvh.model.LoadResult;
import org.alvh.model.Problem;
import org.alvh.model.Snapshot;
import org.alvh.testing.FileTreeSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8 item 5: resource limits hold for hostile input. A small zip that expands to many large candidate
 * entries is refused from its structure, before anything is inflated (before, every candidate was inflated
 * into memory until the heap ran out); what one zip may inflate is bounded in total; chain.csv is bounded in
 * rows and quotes each strike once; {@code --config} on a FIFO is an error, not a read that never ends.
 */
class HostileResourceLimitsTest {
    private static final Path SAMPLE = Path.of("sample-data", "spx-2018-02-05");

    @TempDir
    Path dir;

    @Test
    void aSmallZipOfManyFoldersOfLargeCandidateEntriesIsRefusedBeforeInflating() throws IOException {
        Path zip = dir.resolve("bomb.zip");
        byte[] block = new byte[1024 * 1024];
        java.util.Arrays.fill(block, (byte) '1');
        int folders = 12;
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (int f = 0; f < folders; f++) {
                z.putNextEntry(new ZipEntry("snap" + f + "/prices.csv"));
                for (int mb = 0; mb < 4; mb++) {
                    z.write(block);
                }
                z.closeEntry();
            }
        }
        ReadProgress progress = new ReadProgress();

        LoadResult<Snapshot> result = new SnapshotReader().read(zip, progress);

        assertThat(Files.size(zip)).isLessThan(folders * 64 * 1024L);
        assertThat(result.errors()).singleElement().asString().startsWith("bomb.zip: found several snapshot folders")
                .contains("and 7 more");
        assertThat(progress.bytesRead()).as("bytes inflated").isZero();
    }

    @Test
    void whatOneZipMayInflateIsBoundedByTheFileLimitsAndAQuarterOfTheHeap() {
        assertThat(SnapshotFiles.totalLimit(1000)).isEqualTo(8 * 1000);
        assertThat(SnapshotFiles.totalLimit(Long.MAX_VALUE / 2)).isEqualTo(Math.min(Runtime.getRuntime().maxMemory() / 4,
                Integer.MAX_VALUE - 8));
    }

    @Test
    void chainCsvOverItsRowLimitIsALimitProblem() throws IOException {
        StringBuilder chain = new StringBuilder("expiry,strike,call_bid,call_ask,put_bid,put_ask\n");
        for (int i = 0; i <= CsvTable.MAX_ROWS_OF_FILE.get("chain.csv"); i++) {
            chain.append("2018-03-16,").append(1000 + i * 0.01).append(",1,2,1,2\n");
        }
        Map<String, byte[]> files = sample();
        files.put("chain.csv", chain.toString().getBytes(StandardCharsets.UTF_8));

        LoadResult<Snapshot> result = new SnapshotReader().read("snap", files);

        assertThat(result.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(Problem.Code.LIMIT);
            assertThat(p.toString()).isEqualTo("chain.csv:" + (CsvTable.MAX_ROWS_OF_FILE.get("chain.csv") + 2)
                    + ": the file has more than " + CsvTable.MAX_ROWS_OF_FILE.get("chain.csv") + " rows, the limit");
        });
    }

    @Test
    void chainCsvThatQuotesAStrikeTwiceIsAnError() throws IOException {
        Map<String, byte[]> files = sample();
        files.put("chain.csv", ("expiry,strike,call_bid,call_ask,put_bid,put_ask\n"
                + "2018-03-16,2600,1,2,1,2\n2018-03-16,2600.0,1,2,1,2\n").getBytes(StandardCharsets.UTF_8));

        LoadResult<Snapshot> result = new SnapshotReader().read("snap", files);

        assertThat(result.errors()).extracting(Problem::toString).containsExactly("chain.csv:3:2: the quote of"
                + " expiry 2018-03-16 strike 2600 appears twice (first at line 2)");
    }

    @Test
    @Timeout(60)
    void configOnAFifoIsAnErrorNotARead() throws Exception {
        assumeTrue(FileTreeSnapshot.canMakeFifo(), "mkfifo is available on Linux only");
        Path fifo = dir.resolve("config.json");
        FileTreeSnapshot.mkfifo(fifo);

        LoadResult<AlvhConfig> result = new ConfigReader().read(fifo);

        assertThat(result.errors()).extracting(Problem::toString).containsExactly("config.json: cannot read"
                + " config.json: it is not a regular file (a FIFO, socket or device cannot be read as a configuration)");
    }

    private static Map<String, byte[]> sample() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : new String[] {"constituents.csv", "condor.csv", "market.csv", "vix_futures.csv"}) {
            files.put(name, Files.readAllBytes(SAMPLE.resolve(name)));
        }
        return files;
    }
}
