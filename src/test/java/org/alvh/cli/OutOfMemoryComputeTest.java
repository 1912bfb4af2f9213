package org.alvh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import org.alvh.Main;
import org.alvh.samples.SyntheticSnapshotGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A snapshot too large for the heap: {@code compute} says so in one line, with what to do, and exits 1
 * without a stack trace and without touching the output. Runs a child JVM with a 24 MB heap.
 */
class OutOfMemoryComputeTest {

    @Test
    void saysToRaiseTheHeapAndWritesNothing(@TempDir Path dir) throws IOException, InterruptedException {
        Path snapshot = dir.resolve("big");
        new SyntheticSnapshotGenerator(new SyntheticSnapshotGenerator.Request(2000, 1260, 7,
                LocalDate.of(2024, 12, 31), null)).write(snapshot);
        Path sheet = dir.resolve("sheet.csv");
        Files.writeString(sheet, "old");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path stderrFile = dir.resolve("stderr.txt");
        Process child = new ProcessBuilder(java, "-Xmx24m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "compute", snapshot.toString(), "--out", sheet.toString(), "-q")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderrFile.toFile()).start();
        boolean exited = child.waitFor(120, TimeUnit.SECONDS);
        if (!exited) {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        String stderr = new String(Files.readAllBytes(stderrFile), StandardCharsets.UTF_8);
        assertThat(exited).as("the child exits within 120 s; its stderr so far: %s", stderr).isTrue();

        assertThat(child.exitValue()).as(stderr).isEqualTo(1);
        assertThat(stderr).startsWith("not enough memory for " + snapshot).contains("-Xmx4g", "nothing was written")
                .doesNotContain("\tat ", "Exception in thread");
        assertThat(sheet).hasContent("old");
    }
}
