package org.alvh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.alvh.io.SnapshotReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code compute --max-file-mb / --max-rows}, and a snapshot with 10,000 problems reported in brief. */
class ComputeLimitsTest {
    private static final int MANY_PROBLEMS = 10_000;
    private static final int SHOWN_PROBLEMS = SnapshotReader.DEFAULT_MAX_PROBLEMS;
    private static final Path TINY = CliRun.resource("/valid/tiny");

    @Test
    void maxRowsBelowTheFileRowsIsAClearBadInput() {
        CliRun run = CliRun.of("compute", TINY.toString(), "--max-rows", "5");

        assertThat(run.exit()).isEqualTo(AlvhCommand.BAD_INPUT);
        assertThat(run.err()).contains("market.csv:7: the file has more than 5 rows, the limit")
                .contains("--max-rows");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void maxFileMbBelowTheFileSizeIsAClearBadInput(@TempDir Path dir) throws IOException {
        Path snapshot = CliRun.copySnapshot(TINY, dir);
        int oneMbAndABit = 1024 * 1024 + 10;
        StringBuilder market = new StringBuilder(Files.readString(snapshot.resolve("market.csv")));
        while (market.length() < oneMbAndABit) {
            market.append("\n");
        }
        Files.writeString(snapshot.resolve("market.csv"), market);

        CliRun run = CliRun.of("compute", snapshot.toString(), "--max-file-mb", "1");

        assertThat(run.exit()).isEqualTo(AlvhCommand.BAD_INPUT);
        assertThat(run.err()).contains("market.csv: the file is larger than the limit of 1048576 bytes")
                .contains("--max-file-mb");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"--max-file-mb, 0", "--max-file-mb, -3", "--max-rows, 0", "--max-file-mb, 99999999999999999",
            "--max-rows, many"})
    void aLimitOutOfRangeIsAUsageError(String option, String value) {
        CliRun run = CliRun.of("compute", TINY.toString(), option, value);

        assertThat(run.exit()).isEqualTo(AlvhCommand.BAD_INPUT);
        assertThat(run.err()).contains(option).contains("Usage:");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void theLimitsAreDocumentedInTheHelp() {
        CliRun run = CliRun.of("compute", "--help");

        assertThat(run.out()).contains("--max-file-mb=MB").contains("--max-rows=ROWS")
                .contains("(default: " + SnapshotReader.DEFAULT_MAX_FILE_BYTES / (1024 * 1024) + ")")
                .contains(SnapshotReader.DEFAULT_MAX_ROWS + ")");
    }

    @Test
    void tenThousandProblemsAreReportedAsTheFirstTwoHundredAndACount(@TempDir Path dir) throws IOException {
        Path snapshot = CliRun.copySnapshot(TINY, dir);
        StringBuilder constituents = new StringBuilder("ticker,name,sector,float_market_cap\n");
        for (int i = 0; i < MANY_PROBLEMS; i++) {
            constituents.append("T").append(i).append(",Name,Energy,not-a-number\n");
        }
        Files.writeString(snapshot.resolve("constituents.csv"), constituents, StandardCharsets.UTF_8);

        CliRun run = CliRun.of("compute", snapshot.toString());

        List<String> lines = run.problemLines();
        assertThat(run.exit()).isEqualTo(AlvhCommand.BAD_INPUT);
        assertThat(lines).hasSize(SHOWN_PROBLEMS + 1);
        assertThat(lines.get(0)).startsWith("constituents.csv:2:4: float_market_cap must be");
        assertThat(lines.get(SHOWN_PROBLEMS))
                .isEqualTo("constituents.csv: ... and " + (MANY_PROBLEMS - SHOWN_PROBLEMS) + " more problems");
    }

    /**
     * Bug found while hardening: 200,000 constituents and 40,000 market dates (6.7 MB of CSV, inside every
     * limit) made the reader allocate an 8-billion-cell price table and the process die of OutOfMemoryError.
     */
    @Test
    void manyConstituentsTimesManyDatesIsABadInputNotAnOutOfMemoryError(@TempDir Path dir) throws IOException {
        Path snapshot = CliRun.copySnapshot(TINY, dir);
        int constituents = 90_000;
        int dates = 40_000;
        StringBuilder c = new StringBuilder("ticker,name,sector,float_market_cap,beta\n");
        for (int i = 0; i < constituents; i++) {
            c.append('T').append(i).append(",N,Energy,1000000,1.1\n");
        }
        StringBuilder m = new StringBuilder("date,spx_close,vix_close\n");
        java.time.LocalDate start = java.time.LocalDate.of(1900, 1, 1);
        for (int d = 0; d < dates; d++) {
            m.append(start.plusDays(d)).append(",2000,15\n");
        }
        Files.writeString(snapshot.resolve("constituents.csv"), c);
        Files.writeString(snapshot.resolve("market.csv"), m);

        CliRun run = CliRun.of("compute", snapshot.toString());

        assertThat(run.exit()).isEqualTo(AlvhCommand.BAD_INPUT);
        assertThat(run.problemLines()).contains("prices.csv: the price table would have 90000 constituents × 40000"
                + " market dates = 3600000000 cells, more than the row limit of " + SnapshotReader.DEFAULT_MAX_ROWS);
        assertThat(run.err()).contains("--max-rows");
    }
}
