package org.alvh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.alvh.testing.FileTreeSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outputs never overwrite inputs, for {@code scenarios} and {@code backtest} as for {@code compute}: an output
 * that is a file of the snapshot or history is refused with exit 2 and every file stays byte-identical. Before,
 * {@code scenarios --out market.csv} replaced the snapshot's market.csv, and {@code backtest --dump-snapshot D
 * --out HISTORY} replaced the history's own market.csv and prices.csv with the snapshot's.
 */
class OtherCommandsOutputTest {
    private static final Path SAMPLE = Path.of("sample-data", "spx-2018-02-05");

    @TempDir
    Path dir;

    @Test
    void scenariosOutThatIsAFileOfTheSnapshotIsRefused() throws IOException {
        Path snap = CliRun.copySnapshot(SAMPLE, dir);
        Map<String, String> before = FileTreeSnapshot.of(dir);

        CliRun run = CliRun.of("scenarios", snap.toString(), "--out", snap.resolve("market.csv").toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(AlvhCommand.BAD_INPUT);
        assertThat(run.err()).contains("is the snapshot's market.csv");
        assertThat(FileTreeSnapshot.of(dir)).isEqualTo(before);
    }

    @Test
    void backtestDumpIntoTheHistoryFolderIsRefused() throws IOException {
        Path history = dir.resolve("history");
        Files.createDirectories(history);
        try (var zip = new java.util.zip.ZipFile(CliRun.resource("/golden-replay/small-2018/history.zip").toFile())) {
            for (var e : java.util.Collections.list(zip.entries())) {
                if (!e.isDirectory()) {
                    Path target = history.resolve(Path.of(e.getName()).getFileName().toString());
                    try (var in = zip.getInputStream(e)) {
                        Files.copy(in, target);
                    }
                }
            }
        }
        Map<String, String> before = FileTreeSnapshot.of(dir);

        CliRun run = CliRun.of("backtest", history.toString(), "--dump-snapshot", "2018-02-05", "--out",
                history.toString(), "-q");

        assertThat(run.exit()).as(run.err()).isEqualTo(AlvhCommand.BAD_INPUT);
        assertThat(run.err()).startsWith("The outputs cannot be written").contains("market.csv");
        assertThat(FileTreeSnapshot.of(dir)).isEqualTo(before);
    }
}
