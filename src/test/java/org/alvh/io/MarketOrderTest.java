package org.alvh.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.alvh.model.LoadResult;
import org.alvh.model.Problem;
import org.alvh.model.Snapshot;
import org.junit.jupiter.api.Test;

/** Issue 13: a market.csv sorted newest first is one problem, not one per row. */
class MarketOrderTest {
    private static final Path SAMPLE = Path.of("sample-data", "spx-2018-02-05");

    @Test
    void aFileSortedNewestFirstIsOneWholeFileProblem() throws IOException {
        List<String> lines = Files.readAllLines(SAMPLE.resolve("market.csv"));
        List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
        Collections.reverse(rows);
        List<Problem> problems = marketErrors(lines.get(0), rows);
        assertThat(problems).hasSize(1);
        Problem p = problems.get(0);
        assertThat(p.line()).isZero();
        assertThat(p.column()).isZero();
        assertThat(p.message()).startsWith("dates are in descending order (newest first, lines 2 to "
                + lines.size() + ")");
    }

    @Test
    void oneRowOutOfOrderIsReportedAtItsLine() throws IOException {
        List<String> lines = Files.readAllLines(SAMPLE.resolve("market.csv"));
        List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
        Collections.swap(rows, 10, 11);
        List<Problem> problems = marketErrors(lines.get(0), rows);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(13);
            assertThat(p.column()).isEqualTo(1);
            assertThat(p.message()).startsWith("dates must be strictly increasing");
        });
    }

    private static List<Problem> marketErrors(String header, List<String> rows) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(SAMPLE)) {
            for (Path f : list.toList()) {
                files.put(f.getFileName().toString(), Files.readAllBytes(f));
            }
        }
        files.put("market.csv", (header + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8));
        LoadResult<Snapshot> read = new SnapshotReader().read("reordered", files);
        assertThat(read.ok()).isFalse();
        return read.errors().stream().filter(p -> p.file().equals("market.csv")).toList();
    }
}
