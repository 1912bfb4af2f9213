package org.alvh.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alvh.model.LoadResult;
import org.alvh.model.Problem;
import org.alvh.model.Snapshot;
import org.junit.jupiter.api.Test;

/**
 * Issue 8 item 6: values that are legal but absurd (1e12 or fractional contracts, an expiry decades away, a
 * 15 MB header cell) load with a warning naming the cell, and texts echoed in messages are shortened. Before,
 * they loaded silently, and a long header cell was echoed whole.
 */
class PlausibilityWarningTest {
    private static final Path SAMPLE = Path.of("sample-data", "spx-2018-02-05");
    private static final int MAX_MESSAGE = 300;

    private static Map<String, byte[]> sample() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : new String[] {"constituents.csv", "condor.csv", "market.csv", "vix_futures.csv"}) {
            files.put(name, Files.readAllBytes(SAMPLE.resolve(name)));
        }
        return files;
    }

    private static List<Problem> implausible(Map<String, byte[]> files) {
        LoadResult<Snapshot> result = new SnapshotReader().read("snap", files);
        assertThat(result.ok()).as("legal values still load: %s", result.errors()).isTrue();
        return result.problems().stream().filter(p -> p.code() == Problem.Code.IMPLAUSIBLE).toList();
    }

    private static byte[] condor(String quantity, String expiry) {
        String csv = "right,strike,expiry,quantity,implied_vol\n"
                + "P,2295," + expiry + "," + quantity + ",0.4\n"
                + "P,2345," + expiry + ",-" + quantity + ",0.4\n"
                + "C,2900," + expiry + ",-" + quantity + ",0.3\n"
                + "C,2950," + expiry + "," + quantity + ",0.3\n";
        return csv.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aTrillionContractsIsWarnedAboutOnTheCell() throws IOException {
        Map<String, byte[]> files = sample();
        files.put("condor.csv", condor("1e12", "2018-03-16"));

        assertThat(implausible(files)).extracting(Problem::toString).first().isEqualTo("condor.csv:2:4: quantity"
                + " \"1e12\" is more than 100000 contracts; check the quantity (the hedge is sized from it)");
    }

    @Test
    void aFractionOfAContractIsWarnedAbout() throws IOException {
        Map<String, byte[]> files = sample();
        files.put("condor.csv", condor("40.5", "2018-03-16"));

        assertThat(implausible(files)).hasSize(4).first().asString().isEqualTo("condor.csv:2:4: quantity \"40.5\""
                + " is a fraction of a contract; options trade in whole contracts");
    }

    @Test
    void anExpiryDecadesAwayIsWarnedAbout() throws IOException {
        Map<String, byte[]> files = sample();
        files.put("condor.csv", condor("40", "2048-03-20"));

        assertThat(implausible(files)).hasSize(4).first().asString().isEqualTo("condor.csv:2:3: expiry 2048-03-20"
                + " is more than 10 years after the as-of date 2018-02-05; check the date");
    }

    @Test
    void aHugeHeaderCellIsWarnedAboutAndNeverEchoedWhole() throws IOException {
        Map<String, byte[]> files = sample();
        String huge = "x".repeat(15 * 1024 * 1024);
        files.put("vix_futures.csv", (new String(files.get("vix_futures.csv"), StandardCharsets.UTF_8)
                .replaceFirst("\n", "," + huge + "\n").replaceAll("\n(?=.)", ",\n")).getBytes(StandardCharsets.UTF_8));

        LoadResult<Snapshot> result = new SnapshotReader().read("snap", files);

        assertThat(result.problems()).filteredOn(p -> p.code() == Problem.Code.IMPLAUSIBLE).extracting(Problem::toString)
                .containsExactly("vix_futures.csv:1:4: the header cell has " + huge.length() + " characters; a column"
                        + " name is short, so this row is probably not a header");
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.message().length()).isLessThan(MAX_MESSAGE));
    }
}
