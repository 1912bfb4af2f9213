package org.alvh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Snapshots that the reader accepts but the method cannot use (history too short, a price with no implied
 * vol, a credit that is not a short iron condor's, no beta at T): {@code compute} exits 2 and prints exactly
 * the expected problems, each naming its file, with no stack trace.
 */
class UnusableSnapshotTest {

    static Stream<String> cases() throws IOException, URISyntaxException {
        try (Stream<Path> list = Files.list(root())) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    private static Path root() throws URISyntaxException {
        return Path.of(UnusableSnapshotTest.class.getResource("/unusable").toURI());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void exitsTwoWithTheExpectedProblems(String name) throws Exception {
        Path dir = root().resolve(name);
        List<String> args = new ArrayList<>(List.of("compute", dir.toString(), "--quiet"));
        if (Files.exists(dir.resolve("config.json"))) {
            args.addAll(List.of("--config", dir.resolve("config.json").toString()));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = AlvhCommand.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err, true));

        List<String> expected = Files.readAllLines(dir.resolve("expected-problems.txt"), StandardCharsets.UTF_8)
                .stream().filter(l -> !l.isBlank()).toList();
        List<String> printed = err.toString().lines().skip(1).map(String::strip).toList();
        assertThat(exit).isEqualTo(AlvhCommand.BAD_INPUT);
        assertThat(printed).containsExactlyElementsOf(expected);
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out.toString()).isEmpty();
    }
}
