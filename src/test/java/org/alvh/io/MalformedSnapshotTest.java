package org.alvh.io;

import org.alvh.model.LoadResult;
import org.alvh.model.Problem;
import org.alvh.model.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each folder under {@code malformed/} is a tiny snapshot with one defect (or, for
 * {@code several-problems-in-several-files}, several) and an {@code expected-problems.txt} holding the exact
 * {@code Problem.toString()} of every expected error, in reported order.
 */
class MalformedSnapshotTest {

    static Path resource(String name) {
        try {
            return Path.of(MalformedSnapshotTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> list = Files.list(resource("/malformed"))) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @Test
    void thereAreAtLeastThirtyCases() throws IOException {
        assertThat(cases().count()).isGreaterThanOrEqualTo(30);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedErrors(String caseName) throws IOException {
        Path folder = resource("/malformed/" + caseName);
        List<String> expected = Files.readAllLines(folder.resolve("expected-problems.txt"), StandardCharsets.UTF_8)
                .stream().filter(line -> !line.isBlank()).toList();

        LoadResult<Snapshot> result = new SnapshotReader().read(folder);

        assertThat(result.value()).isNull();
        assertThat(result.errors()).extracting(Problem::toString).containsExactlyElementsOf(expected);
    }
}
