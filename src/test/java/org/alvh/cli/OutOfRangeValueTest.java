package org.alvh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.alvh.testing.FileTreeSnapshot;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8 item 2: a value outside its documented range (docs/input-ranges.md) is a located bad-input problem
 * (exit 2), never a NaN or an infinity in the output ("Effective beta NaN", "cost $Infinity", a strike of
 * 9223372036854775807). Before, each of these exited 0 with such figures, or 1.
 */
class OutOfRangeValueTest {
    private static final Path SAMPLE = Path.of("sample-data", "spx-2018-02-05");

    @TempDir
    Path dir;

    /** Replaces cell {@code column} (1-based) of line 2 of {@code file}; line 2 of every sample file is unquoted. */
    private static void setCell(Path file, int column, String value) throws IOException {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file));
        String[] cells = lines.get(1).split(",", -1);
        cells[column - 1] = value;
        lines.set(1, String.join(",", cells));
        Files.write(file, lines);
    }

    @ParameterizedTest(name = "{0} column {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
        prices.csv       | 3 | 1e300  | prices.csv:2:3: close must be a price from 0.0001 to 1000000, got "1e300"
        constituents.csv | 4 | 1e307  | constituents.csv:2:4: float_market_cap must be a market cap greater than 0 and at most 1e14, got "1e307"
        vix_futures.csv  | 2 | 1e308  | vix_futures.csv:2:2: price must be a VIX level from 0.01 to 1000, got "1e308"
        chain.csv        | 3 | 1e300  | chain.csv:2:3: call_bid must be a quote from 0 to 1000000, got "1e300"
        market.csv       | 2 | 1e300  | market.csv:2:2: spx_close must be an index level from 0.01 to 1000000, got "1e300"
        market.csv       | 3 | 1e300  | market.csv:2:3: vix_close must be a VIX level from 0.01 to 1000, got "1e300"
        condor.csv       | 5 | 1e-320 | condor.csv:2:5: implied_vol must be a volatility as a decimal from 0.0001 to 5 (0.25 means 25%), got "1e-320"
        condor.csv       | 2 | 1e300  | condor.csv:2:2: strike must be an index level from 0.01 to 1000000, got "1e300"
        """)
    void aValueOutOfItsRangeIsALocatedBadInputProblem(String file, int column, String value, String expected)
            throws IOException {
        Path snap = CliRun.copySnapshot(SAMPLE, dir);
        setCell(snap.resolve(file), column, value);
        Path out = dir.resolve("hedge.csv");
        Files.writeString(out, "old");
        Map<String, String> before = FileTreeSnapshot.of(dir);

        CliRun run = CliRun.of("compute", snap.toString(), "--out", out.toString(), "-q");

        assertThat(run.exit()).as(run.err()).isEqualTo(AlvhCommand.BAD_INPUT);
        assertThat(run.problemLines()).contains(expected);
        assertThat(run.err()).doesNotContain("NaN", "Infinity", "9223372036854775807");
        assertThat(FileTreeSnapshot.of(dir)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        {"smoothing": {"slow": 2000000000}} | smoothing.slow must be a whole number in [1, 100000], got 2000000000
        {"layer2": {"otm": 1e308}}          | layer2.otm must be a finite number in [-0.99, 10], got 1.0E308
        {"vix": {"strikeStep": 1e-320}}     | vix.strikeStep must be a finite number in [0.01, 100], got 1.0E-320
        """)
    void aConfigValueTheEngineCannotComputeWithIsRefusedByTheValidator(String json, String expected)
            throws IOException {
        Path config = dir.resolve("cfg.json");
        Files.writeString(config, json);

        CliRun run = CliRun.of("compute", SAMPLE.toString(), "--config", config.toString(), "-q");

        assertThat(run.exit()).as(run.err()).isEqualTo(AlvhCommand.BAD_INPUT);
        assertThat(run.err()).startsWith("The configuration cannot be used: 1 problem");
        assertThat(run.problemLines()).singleElement().asString().startsWith("cfg.json:1:").endsWith(expected);
    }
}
