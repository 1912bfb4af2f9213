package org.alvh.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.alvh.testing.FileTreeSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8 item 1: a known snapshot file that is there but unusable (a directory, a FIFO, a dangling link, a
 * link loop, no permission), in any letter case, is a located error (exit 2), not a file left out. Before,
 * a prices.csv directory was skipped silently and, with a beta column, the run succeeded with another hedge.
 */
class UnusableSnapshotFileTest {
    private static final Path SAMPLE = Path.of("sample-data", "spx-2018-02-05");

    @TempDir
    Path dir;

    private Path snapshot() throws IOException {
        Path snap = CliRun.copySnapshot(SAMPLE, dir);
        // a beta column, so that without prices.csv the method still runs: the silent-skip case of the issue
        Path constituents = snap.resolve("constituents.csv");
        StringBuilder sb = new StringBuilder();
        boolean header = true;
        for (String line : Files.readAllLines(constituents)) {
            sb.append(line).append(header ? ",beta" : ",1.1").append('\n');
            header = false;
        }
        Files.writeString(constituents, sb);
        return snap;
    }

    private CliRun compute(Path snap) {
        return CliRun.of("compute", snap.toString(), "-q");
    }

    private void assertUnusable(Path snap, String expectedLine) throws IOException {
        Map<String, String> before = FileTreeSnapshot.of(dir);
        CliRun run = compute(snap);
        assertThat(run.exit()).as(run.err()).isEqualTo(AlvhCommand.BAD_INPUT);
        assertThat(run.problemLines()).contains(expectedLine);
        assertThat(FileTreeSnapshot.of(dir)).isEqualTo(before);
    }

    @Test
    void theSnapshotWithABetaColumnComputesWhenPricesCsvIsThere() throws IOException {
        assertThat(compute(snapshot()).exit()).isZero();
    }

    @Test
    void pricesCsvThatIsADirectoryIsAnError() throws IOException {
        Path snap = snapshot();
        Files.delete(snap.resolve("prices.csv"));
        Files.createDirectory(snap.resolve("prices.csv"));
        assertUnusable(snap, "prices.csv: prices.csv is a directory, not a file");
    }

    @Test
    void aKnownFileInAnotherLetterCaseThatIsADirectoryIsAnError() throws IOException {
        Path snap = snapshot();
        Files.delete(snap.resolve("prices.csv"));
        Files.createDirectory(snap.resolve("PRICES.CSV"));
        assertUnusable(snap, "prices.csv: PRICES.CSV is a directory, not a file");
    }

    @Test
    @Timeout(60)
    void pricesCsvThatIsAFifoIsAnErrorAndIsNotOpened() throws Exception {
        assumeTrue(FileTreeSnapshot.canMakeFifo(), "mkfifo is available on Linux only");
        Path snap = snapshot();
        Files.delete(snap.resolve("prices.csv"));
        FileTreeSnapshot.mkfifo(snap.resolve("prices.csv"));
        assertUnusable(snap, "prices.csv: prices.csv is not a regular file (a FIFO, socket or device cannot be read"
                + " as a snapshot file)");
    }

    @Test
    void pricesCsvThatIsADanglingSymbolicLinkIsAnError() throws IOException {
        Path snap = snapshot();
        Files.delete(snap.resolve("prices.csv"));
        Files.createSymbolicLink(snap.resolve("prices.csv"), dir.resolve("gone.csv"));
        assertUnusable(snap, "prices.csv: prices.csv is a symbolic link to a file that does not exist");
    }

    @Test
    void pricesCsvThatIsASymbolicLinkLoopIsAnError() throws IOException {
        Path snap = snapshot();
        Files.delete(snap.resolve("prices.csv"));
        Files.createSymbolicLink(snap.resolve("prices.csv"), snap.resolve("loop.csv"));
        Files.createSymbolicLink(snap.resolve("loop.csv"), snap.resolve("prices.csv"));
        assertUnusable(snap, "prices.csv: prices.csv is a symbolic link that loops");
    }

    @Test
    void pricesCsvThatCannotBeReadIsAnError() throws IOException {
        assumeTrue(!"root".equals(System.getProperty("user.name")), "root reads every file");
        Path snap = snapshot();
        Path prices = snap.resolve("prices.csv");
        Files.setPosixFilePermissions(prices, PosixFilePermissions.fromString("-w-------"));
        try {
            assertUnusable(snap, "prices.csv: prices.csv: permission denied");
        } finally {
            Files.setPosixFilePermissions(prices, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void aMissingMarketCsvAndAnUnusableOneGetDifferentMessages() throws IOException {
        Path snap = snapshot();
        Files.delete(snap.resolve("market.csv"));
        CliRun missing = compute(snap);
        Files.createDirectory(snap.resolve("market.csv"));
        CliRun unusable = compute(snap);

        assertThat(missing.problemLines()).contains("market.csv: the snapshot has no market.csv; this file is required");
        assertThat(unusable.problemLines()).contains("market.csv: market.csv is a directory, not a file")
                .doesNotContain("market.csv: the snapshot has no market.csv; this file is required");
    }
}
