package org.alvh.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.alvh.model.LoadResult;
import org.alvh.model.Snapshot;
import org.alvh.samples.SyntheticSnapshotGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader counts the bytes it reads from disk and stops at its next read once cancelled. */
class ReadProgressTest {
    private static final Path SAMPLE = Path.of("sample-data", "spx-2018-02-05");

    @TempDir
    Path tmp;

    @Test
    void countsEveryByteOfAFolderSnapshot() throws IOException {
        ReadProgress progress = new ReadProgress();
        assertThat(progress.fraction()).as("unknown before the read").isNegative();

        LoadResult<Snapshot> result = new SnapshotReader().read(SAMPLE, progress);

        assertThat(result.ok()).isTrue();
        long total;
        try (Stream<Path> files = Files.list(SAMPLE)) {
            total = files.filter(f -> SnapshotFiles.KNOWN.contains(f.getFileName().toString()))
                    .mapToLong(f -> f.toFile().length()).sum();
        }
        assertThat(progress.bytesTotal()).isEqualTo(total);
        assertThat(progress.bytesRead()).isGreaterThanOrEqualTo(total);
        assertThat(progress.fraction()).isEqualTo(1.0);
    }

    @Test
    void aCancelledReadThrowsAtOnce() {
        ReadProgress progress = new ReadProgress();
        progress.cancel();
        assertThatThrownBy(() -> new SnapshotReader().read(SAMPLE, progress))
                .isInstanceOf(ReadProgress.Cancelled.class);
        assertThat(progress.bytesRead()).isZero();
    }

    @Test
    void stopsInTheMiddleOfTheParallelPricesParse() throws IOException {
        Path dir = tmp.resolve("big");
        new SyntheticSnapshotGenerator(new SyntheticSnapshotGenerator.Request(400, 600, 5,
                LocalDate.of(2024, 12, 31), null)).write(dir);
        long prices = Files.size(dir.resolve("prices.csv"));
        assertThat(prices).isGreaterThan(FastPricesParser.PARALLEL_BYTES);
        ReadProgress progress = new ReadProgress(prices / 2);

        assertThatThrownBy(() -> new SnapshotReader().read(dir, progress))
                .isInstanceOf(ReadProgress.Cancelled.class);
        assertThat(progress.isCancelled()).isTrue();
        assertThat(progress.bytesRead()).as("stopped well before the end").isLessThan(progress.bytesTotal());
    }

    @Test
    void aZipStopsWhileInflating() throws IOException {
        Path zip = tmp.resolve("sample.zip");
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file);
             Stream<Path> files = Files.list(SAMPLE)) {
            for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                out.putNextEntry(new ZipEntry(f.getFileName().toString()));
                out.write(Files.readAllBytes(f));
                out.closeEntry();
            }
        }
        ReadProgress progress = new ReadProgress(100_000);

        assertThatThrownBy(() -> new SnapshotReader().read(zip, progress))
                .isInstanceOf(ReadProgress.Cancelled.class);
        assertThat(new SnapshotReader().read(zip).ok()).as("the same zip reads when not cancelled").isTrue();
    }
}
