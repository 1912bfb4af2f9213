package org.alvh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --out} and {@code --audit} are staged on disk before either is replaced: when one cannot be written,
 * the other keeps its old content too, and no temporary file is left behind.
 */
class PairedOutputsTest {
    private static final String SAMPLE = Path.of("sample-data", "spx-2018-02-05").toString();

    @Test
    void anAuditThatCannotBeWrittenLeavesTheSheetAsItWas(@TempDir Path dir) throws IOException {
        Path sheet = dir.resolve("sheet.csv");
        Files.writeString(sheet, "old sheet");
        Path notAFolder = dir.resolve("not-a-folder");
        Files.writeString(notAFolder, "a file where a folder should be");

        CliRun run = CliRun.of("compute", SAMPLE, "--out", sheet.toString(), "--audit",
                notAFolder.resolve("audit.json").toString(), "-q");

        assertThat(run.exit()).as(run.err()).isEqualTo(AlvhCommand.BAD_INPUT);
        assertThat(run.err()).startsWith("The outputs cannot be written").contains("cannot write the output")
                .contains("not-a-folder: exists and is not a folder");
        assertThat(sheet).hasContent("old sheet");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("sheet.csv",
                    "not-a-folder");
        }
    }

    @Test
    void bothAreWrittenWhenBothCan(@TempDir Path dir) throws IOException {
        Path sheet = dir.resolve("sheet.csv");
        Path audit = dir.resolve("out").resolve("audit.json");
        Files.writeString(sheet, "old sheet");

        CliRun run = CliRun.of("compute", SAMPLE, "--out", sheet.toString(), "--audit", audit.toString(), "-q");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.readString(sheet)).startsWith("section,");
        assertThat(Files.readString(audit)).startsWith("{");
    }
}
