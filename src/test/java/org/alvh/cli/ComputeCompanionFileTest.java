package org.alvh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compute --out} writes the export companion file beside the sheet, as the window's export does, in the
 * same atomic step; messages about a snapshot name the path the user gave.
 */
class ComputeCompanionFileTest {
    private static final Path SAMPLE = Path.of("sample-data", "spx-2018-02-05");

    @Test
    void theCompanionFileIsWrittenBesideTheSheet(@TempDir Path dir) throws IOException {
        Path sheet = dir.resolve("hedge.csv");
        Path config = dir.resolve("edited.json");
        Files.writeString(config, "{\"layer1\": {\"base\": 0.8}}");

        CliRun run = CliRun.of("compute", SAMPLE.toString(), "--config", config.toString(), "--out",
                sheet.toString(), "-q");

        assertThat(run.exit()).as(run.err()).isZero();
        String about = Files.readString(dir.resolve("hedge.about.csv"));
        assertThat(about).startsWith("key,value")
                .contains("snapshot_folder," + SAMPLE.toAbsolutePath())
                .contains("parameters_file," + config.toAbsolutePath())
                .contains("parameter_change,layer1.base = 0.8 (default 0.4)")
                .contains("as_of,2018-02-05");
    }

    @Test
    void withoutAConfigTheCompanionSaysDefaults(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.of("compute", SAMPLE.toString(), "--out", dir.resolve("h.csv").toString(), "-q");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.readString(dir.resolve("h.about.csv"))).contains("parameters_file,defaults")
                .contains("parameter_change,none");
    }

    @Test
    void aCompanionThatCannotBeWrittenLeavesTheSheetAsItWas(@TempDir Path dir) throws IOException {
        Path sheet = dir.resolve("hedge.csv");
        Files.writeString(sheet, "old sheet");
        Files.createDirectory(dir.resolve("hedge.about.csv"));   // a folder where the companion goes

        CliRun run = CliRun.of("compute", SAMPLE.toString(), "--out", sheet.toString(), "-q");

        assertThat(run.exit()).isEqualTo(AlvhCommand.BAD_INPUT);
        assertThat(run.err()).startsWith("The outputs cannot be written").contains("hedge.about.csv");
        assertThat(sheet).hasContent("old sheet");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("hedge.csv",
                    "hedge.about.csv");
        }
    }

    @Test
    void anAuditOnTheCompanionsPathIsRefused(@TempDir Path dir) {
        CliRun run = CliRun.of("compute", SAMPLE.toString(), "--out", dir.resolve("h.csv").toString(),
                "--audit", dir.resolve("h.about.csv").toString(), "-q");
        assertThat(run.exit()).isEqualTo(AlvhCommand.BAD_INPUT);
        assertThat(run.err()).startsWith("The outputs cannot be written");
        assertThat(dir.resolve("h.csv")).doesNotExist();
    }

    @Test
    void snapshotProblemsNameThePathGiven(@TempDir Path dir) throws IOException {
        Path broken = Files.createDirectory(dir.resolve("my-snapshot"));
        CliRun compute = CliRun.of("compute", broken.toString(), "-q");
        assertThat(compute.exit()).isEqualTo(AlvhCommand.BAD_INPUT);
        assertThat(compute.err()).startsWith("The snapshot cannot be used (" + broken + "): ");
        CliRun scenarios = CliRun.of("scenarios", broken.toString());
        assertThat(scenarios.err()).startsWith("The snapshot cannot be used (" + broken + "): ");
    }
}
