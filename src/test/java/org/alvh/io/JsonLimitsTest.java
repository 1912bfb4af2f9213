package org.alvh.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.alvh.io.config.ConfigReader;
import org.alvh.model.AlvhConfig;
import org.alvh.model.LoadResult;
import org.alvh.model.Problem;
import org.alvh.model.Snapshot;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile JSON (a config or snapshot.json nested deeper than Jackson's limit of 1000, or a number with
 * thousands of digits) is a located problem, never a StackOverflowError or an exception.
 */
class JsonLimitsTest {
    private static final int DEEP = 5000;
    private static final int LONG_NUMBER = 2000;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"deep, nesting depth", "long-number, Number value length"})
    void hostileConfigIsOneProblem(String kind, String message) {
        LoadResult<AlvhConfig> result = new ConfigReader().read("alvh.json", json(kind));

        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).singleElement().extracting(Problem::file, p -> p.message().contains(message))
                .containsExactly("alvh.json", true);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"deep, nesting depth", "long-number, Number value length"})
    void hostileSnapshotJsonIsOneProblem(String kind, String message) throws IOException {
        Map<String, byte[]> files = tiny();
        files.put("snapshot.json", json(kind));

        LoadResult<Snapshot> result = new SnapshotReader().read("tiny", files);

        assertThat(result.errors()).singleElement().extracting(Problem::file, p -> p.message().contains(message))
                .containsExactly("snapshot.json", true);
    }

    private static byte[] json(String kind) {
        String text = kind.equals("deep") ? "{\"notes\": " + "[".repeat(DEEP) + "]".repeat(DEEP) + "}"
                : "{\"beta\": {\"windowDays\": " + "9".repeat(LONG_NUMBER) + "}}";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, byte[]> tiny() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(MalformedSnapshotTest.resource("/valid/tiny"))) {
            for (Path p : list.sorted().toList()) {
                files.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
