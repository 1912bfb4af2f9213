package org.alvh.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.alvh.model.Problem;
import org.alvh.model.SnapshotInput;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 item 3: problems have codes, so the command line and the window tell kinds apart without reading
 * message texts, and the engine names its sources as {@link SnapshotInput}s rendered as file names.
 */
class ProblemCodeTest {

    private static Problem.Code codeOf(Map<String, String> files, String file) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((k, v) -> bytes.put(k, v.getBytes(StandardCharsets.UTF_8)));
        return new SnapshotReader(1024, 3, 200).read("snap", bytes).errors().stream()
                .filter(p -> p.file().equals(file)).findFirst().orElseThrow().code();
    }

    @Test
    void aMissingRequiredFileIsMissingFile() {
        assertThat(codeOf(Map.of(), "market.csv")).isEqualTo(Problem.Code.MISSING_FILE);
    }

    @Test
    void aFileOverTheRowLimitIsLimit() {
        assertThat(codeOf(Map.of("vix_futures.csv", "expiry,price\n2018-03-01,1\n2018-04-01,1\n2018-05-01,1\n"
                + "2018-06-01,1\n"), "vix_futures.csv")).isEqualTo(Problem.Code.LIMIT);
    }

    @Test
    void aFileOverTheSizeLimitIsLimit() {
        assertThat(codeOf(Map.of("events.csv", "x".repeat(2000)), "events.csv")).isEqualTo(Problem.Code.LIMIT);
    }

    @Test
    void aValueOutOfRangeIsOutOfRangeAndAValueThatIsNoNumberIsBadInput() {
        assertThat(codeOf(Map.of("vix_futures.csv", "expiry,price\n2018-03-01,5000\n"), "vix_futures.csv"))
                .isEqualTo(Problem.Code.OUT_OF_RANGE);
        assertThat(codeOf(Map.of("vix_futures.csv", "expiry,price\n2018-03-01,abc\n"), "vix_futures.csv"))
                .isEqualTo(Problem.Code.BAD_INPUT);
    }

    @Test
    void aRepeatedKeyIsDuplicate() {
        assertThat(codeOf(Map.of("vix_futures.csv", "expiry,price\n2018-03-01,5\n2018-03-01,6\n"),
                "vix_futures.csv")).isEqualTo(Problem.Code.DUPLICATE);
    }

    @Test
    void snapshotInputsRenderAsTheirFileNames() {
        assertThat(Problem.warning(SnapshotInput.VIX_FUTURES, 3, 0, "m").toString()).isEqualTo("vix_futures.csv:3: m");
        assertThat(SnapshotInput.byFileName("Market.CSV")).isEqualTo(SnapshotInput.MARKET);
        assertThat(SnapshotFiles.KNOWN).containsExactlyElementsOf(java.util.Arrays.stream(SnapshotInput.values())
                .map(SnapshotInput::fileName).toList());
    }
}
