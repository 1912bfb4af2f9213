package org.alvh.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.alvh.testing.FileTreeSnapshot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8 item 3: {@code --out} or {@code --audit} that resolves to a file of the snapshot, the snapshot's
 * zip, the configuration or the other output, or that exists and is not a regular file, is refused with exit 2
 * before anything is read or written; every input and pre-existing output stays byte-identical. Before, such
 * a run replaced the input (or left {@code --out} replaced when {@code --audit} failed).
 */
class OutputOverwriteTest {
    private static final Path SAMPLE = Path.of("sample-data", "spx-2018-02-05");

    @TempDir
    Path dir;
    Path snap;
    Path out;

    @BeforeEach
    void copySample() throws IOException {
        snap = CliRun.copySnapshot(SAMPLE, dir);
        out = dir.resolve("hedge.csv");
        Files.writeString(out, "old sheet");
    }

    private CliRun refused(String... args) throws IOException {
        Map<String, String> before = FileTreeSnapshot.of(dir);
        CliRun run = CliRun.of(args);
        assertThat(run.exit()).as(run.err()).isEqualTo(AlvhCommand.BAD_INPUT);
        assertThat(run.err()).startsWith("The outputs cannot be written");
        assertThat(run.out()).isEmpty();
        assertThat(FileTreeSnapshot.of(dir)).isEqualTo(before);
        return run;
    }

    @Test
    void outThatIsAFileOfTheSnapshotIsRefused() throws IOException {
        CliRun run = refused("compute", snap.toString(), "--out", snap.resolve("market.csv").toString());
        assertThat(run.problemLines()).singleElement().asString().startsWith("--out: ")
                .contains("is the snapshot's market.csv; an output never overwrites an input");
    }

    @Test
    void auditThatIsASymbolicLinkToAFileOfTheSnapshotIsRefused() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("audit.json"), snap.resolve("condor.csv"));
        refused("compute", snap.toString(), "--out", out.toString(), "--audit", link.toString());
    }

    @Test
    void outThatWouldBecomeASnapshotFileInAnyLetterCaseIsRefused() throws IOException {
        // chain.csv does not exist in the calm sample: writing it would add it to the snapshot
        Path calm = dir.resolve("calm");
        Files.createDirectories(calm);
        try (var files = Files.list(Path.of("sample-data", "spx-2017-06-15-calm"))) {
            for (Path f : files.toList()) {
                Files.copy(f, calm.resolve(f.getFileName()));
            }
        }
        refused("compute", calm.toString(), "--out", calm.resolve("Chain.CSV").toString());
    }

    @Test
    void outThatIsTheSnapshotsZipIsRefused() throws IOException {
        Path zip = dir.resolve("snap.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            try (var files = Files.list(snap)) {
                for (Path f : files.toList()) {
                    z.putNextEntry(new ZipEntry(f.getFileName().toString()));
                    z.write(Files.readAllBytes(f));
                    z.closeEntry();
                }
            }
        }
        refused("compute", zip.toString(), "--out", zip.toString());
    }

    @Test
    void outThatIsTheConfigurationIsRefused() throws IOException {
        Path config = dir.resolve("cfg.json");
        Files.writeString(config, "{}");
        refused("compute", snap.toString(), "--config", config.toString(), "--out", config.toString());
    }

    @Test
    void outAndAuditThatAreTheSameFileAreRefused() throws IOException {
        refused("compute", snap.toString(), "--out", out.toString(), "--audit", out.toString());
        refused("compute", snap.toString(), "--out", out.toString(), "--audit",
                dir.resolve("sub").resolve("..").resolve("hedge.csv").toString());
    }

    @Test
    void outAndAuditThatDifferOnlyByLetterCaseAreRefused() throws IOException {
        refused("compute", snap.toString(), "--out", dir.resolve("new.csv").toString(), "--audit",
                dir.resolve("NEW.csv").toString());
    }

    @Test
    void auditOntoADirectoryIsRefusedAndOutIsNotReplaced() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("audit.json"));
        CliRun run = refused("compute", snap.toString(), "--out", out.toString(), "--audit", folder.toString());
        assertThat(run.problemLines()).singleElement().asString().startsWith("--audit: ")
                .contains("is a directory; it is not replaced");
        assertThat(out).hasContent("old sheet");
    }

    @Test
    @Timeout(60)
    void outOntoAFifoIsRefusedNotOpened() throws Exception {
        assumeTrue(FileTreeSnapshot.canMakeFifo(), "mkfifo is available on Linux only");
        Path fifo = dir.resolve("pipe.csv");
        FileTreeSnapshot.mkfifo(fifo);
        refused("compute", snap.toString(), "--out", fifo.toString());
    }

    @Test
    void outThatIsASymbolicLinkToADeviceIsRefused() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/null")), "a device file");
        Path link = Files.createSymbolicLink(dir.resolve("null.csv"), Path.of("/dev/null"));
        refused("compute", snap.toString(), "--out", link.toString());
    }
}
