package org.alvh.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.alvh.cli.AlvhCommand;
import org.alvh.io.HedgeSheet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whole-snapshot regression: for each golden case (copied unedited from the shared golden cases: expected
 * outputs of an independent implementation of METHOD.md) the command line's audit agrees key by key and its
 * hedge sheet cell by cell. Numbers, flags, dates and names are compared; free text (rationale, warnings,
 * advisory messages) only for its presence: the product writes its own words.
 */
class GoldenCaseTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The hedge sheet's free-text column: compared for presence only, never word by word. */
    private static final int RATIONALE_COLUMN = 15;

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"spx-2018-02-05", "spx-2017-06-15-calm", "spx-2018-02-05-full"})
    void commandLineAgreesWithTheIndependentImplementation(String name) throws Exception {
        Path dir = caseDir(name);
        Path audit = tmp.resolve("audit.json");
        Path sheet = tmp.resolve("hedge-sheet.csv");
        List<String> args = new ArrayList<>(List.of("compute", dir.resolve("snapshot.zip").toString(),
                "--audit", audit.toString(), "--out", sheet.toString(), "--quiet"));
        if (Files.exists(dir.resolve("config.json"))) {
            args.addAll(List.of("--config", dir.resolve("config.json").toString()));
        }
        StringWriter err = new StringWriter();
        int exit = AlvhCommand.run(args.toArray(String[]::new), new PrintWriter(new StringWriter()),
                new PrintWriter(err, true));
        assertThat(exit).as("exit code; stderr: %s", err).isZero();

        JsonNode expected = JSON.readTree(dir.resolve("audit.json").toFile());
        JsonNode actual = JSON.readTree(audit.toFile());
        assertThat(JsonAgreement.differences(expected, actual)).as("audit differences").isEmpty();

        List<List<String>> expectedRows = GoldenCsv.rows(dir.resolve("hedge-sheet.csv"));
        List<List<String>> actualRows = GoldenCsv.rows(sheet);
        assertThat(actualRows).hasSameSizeAs(expectedRows);
        for (int r = 0; r < expectedRows.size(); r++) {
            List<String> e = expectedRows.get(r);
            List<String> a = actualRows.get(r);
            assertThat(a).as("row %d columns", r).hasSameSizeAs(e);
            for (int c = 0; c < e.size(); c++) {
                if (r > 0 && c == RATIONALE_COLUMN) {
                    assertThat(a.get(c).isEmpty()).as("row %d rationale present", r).isEqualTo(e.get(c).isEmpty());
                    continue;
                }
                assertThat(cellAgrees(e.get(c), a.get(c), HedgeSheet.DECIMALS.get(c)))
                        .as("row %d column %d: expected <%s> got <%s>", r, c, e.get(c), a.get(c)).isTrue();
            }
        }
    }

    /**
     * Equal text, or numbers that agree: within {@link JsonAgreement#close}, or, for a column the sheet rounds to
     * {@code decimals} places (docs/adr/0011), within half a unit of that last decimal (plus the double's own
     * representation error of the expected value).
     */
    private static boolean cellAgrees(String expected, String actual, Integer decimals) {
        if (expected.equals(actual)) {
            return true;
        }
        try {
            double e = Double.parseDouble(expected);
            double a = Double.parseDouble(actual);
            if (decimals != null && Math.abs(e - a) <= 0.5 * Math.pow(10, -decimals) + Math.ulp(e)) {
                return true;
            }
            return JsonAgreement.close(e, a);
        } catch (NumberFormatException e) {
            return false;
        }
    }


    static Path caseDir(String name) throws URISyntaxException {
        return Path.of(GoldenCaseTest.class.getResource("/golden/" + name + "/audit.json").toURI()).getParent();
    }
}
