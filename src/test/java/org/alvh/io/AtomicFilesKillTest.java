package org.alvh.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing lost (docs/adr/0005): a process killed while it rewrites a file through {@link AtomicFiles#write}
 * leaves the target as one complete version (the old one or a newer one, never a mix or a truncation). A kill
 * can leave at most one {@code .<name>.*.tmp} file beside the target, never more per kill.
 */
class AtomicFilesKillTest {
    /** Large enough that the kill lands in the middle of writing a version most of the time. */
    private static final int SIZE = 8 * 1024 * 1024;
    private static final int KILLS = 3;
    /** Versions the child completes before it is killed, so that it is caught rewriting an existing file. */
    private static final int VERSIONS_BEFORE_KILL = 2;
    private static final long CHILD_TIMEOUT_SECONDS = 60;
    private static final String TMP_PATTERN = "\\.hedge\\.csv\\..*\\.tmp";

    @Test
    void aKilledWriterLeavesTheOldFileWholeAndAtMostOneTempFilePerKill(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("hedge.csv");
        Files.write(target, AtomicWriteChild.content(0, SIZE));

        for (int kill = 1; kill <= KILLS; kill++) {
            Process child = startChild(target);
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.US_ASCII))) {
                for (int v = 0; v < VERSIONS_BEFORE_KILL + kill; v++) {
                    assertThat(out.readLine()).as("child output").startsWith("wrote ");
                }
                child.destroyForcibly();
                assertThat(child.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
            } finally {
                child.destroyForcibly();
            }

            assertThat(AtomicWriteChild.isComplete(Files.readAllBytes(target), SIZE))
                    .as("target after kill %d is one complete version", kill).isTrue();
            List<String> others = others(dir, target);
            assertThat(others).allMatch(name -> name.matches(TMP_PATTERN));
            assertThat(others.size()).isLessThanOrEqualTo(kill);
        }
    }

    private static Process startChild(Path target) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                AtomicWriteChild.class.getName(), target.toString(), Integer.toString(SIZE))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static List<String> others(Path dir, Path target) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> !p.equals(target)).map(p -> p.getFileName().toString()).toList();
        }
    }
}
