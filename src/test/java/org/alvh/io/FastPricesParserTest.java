package org.alvh.io;

import org.alvh.model.PriceMatrix;
import org.alvh.model.Problem;
import org.alvh.samples.SyntheticSnapshotGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast path of prices.csv gives exactly what the general path gives (same doubles, same warnings), and
 * declines, reporting nothing, whatever it cannot decide the same way.
 */
class FastPricesParserTest {
    private static final CsvTable.Limits LIMITS = new CsvTable.Limits(SnapshotReader.DEFAULT_MAX_FILE_BYTES,
            SnapshotReader.DEFAULT_MAX_ROWS);
    private static final List<String> TICKERS = List.of("AAA", "BBB", "CCC");
    private static final List<LocalDate> CALENDAR = List.of(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 3),
            LocalDate.of(2024, 1, 4));

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"spx-2018-02-05", "spx-2017-06-15-calm"})
    void bundledSamplesGiveTheSameMatrixOnBothPaths(String sample) throws IOException {
        Path dir = Path.of("sample-data", sample);
        List<String> tickers = column(dir.resolve("constituents.csv"), 0);
        List<LocalDate> calendar = column(dir.resolve("market.csv"), 0).stream().map(LocalDate::parse).toList();

        assertSamePaths(FileInput.of(dir.resolve("prices.csv"), Files.size(dir.resolve("prices.csv"))), tickers,
                calendar, true);
    }

    @Test
    void largeFileOnSeveralThreadsWithOffCalendarRowsGivesTheSameMatrixAndWarning() throws IOException {
        Path dir = tmp.resolve("big");
        new SyntheticSnapshotGenerator(new SyntheticSnapshotGenerator.Request(400, 600, 5,
                LocalDate.of(2024, 12, 31), null)).write(dir);
        Path prices = dir.resolve("prices.csv");
        assertThat(Files.size(prices)).isGreaterThan(FastPricesParser.PARALLEL_BYTES);
        List<String> tickers = column(dir.resolve("constituents.csv"), 0);
        List<LocalDate> all = column(dir.resolve("market.csv"), 0).stream().map(LocalDate::parse).toList();
        List<LocalDate> calendar = new ArrayList<>(all.subList(0, 550)); // as if asof were earlier

        List<Problem> warnings = assertSamePaths(FileInput.of(prices, Files.size(prices)), tickers, calendar, true);
        assertSamePaths(FileInput.of(Files.readAllBytes(prices)), tickers, calendar, true);

        assertThat(warnings).singleElement().extracting(Problem::message).asString()
                .startsWith(50 * 400 + " price rows on dates not in market.csv ignored");
    }

    @Test
    void numbersAreTheDoublesOfTheGeneralPath() {
        String csv = "Close,DATE,ticker\r\n"
                + "0012.50,2024-01-02,AAA\r\n"
                + "1e2,2024-01-03,AAA\r\n"
                + "+3.25,2024-01-04,AAA\r\n"
                + "123456.789012345678901,2024-01-02,BBB\r\n"
                + "0.1,2024-01-03,BBB\r\n"
                + ".5,2024-01-04,BBB\r\n"
                + "7.,2024-01-02,CCC\r\n"
                + "900719.9254740993,2024-01-03,CCC\r\n"
                + "2.2250738585072014E-3,2024-01-04,CCC";
        assertSamePaths(FileInput.of(csv.getBytes(StandardCharsets.UTF_8)), TICKERS, CALENDAR, true);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "date,ticker,close\n2024-01-02,\"AAA\",1\n",
        "date,ticker,close\n2024-01-02,AAA,1\n\n2024-01-03,AAA,1\n",
        "date,ticker,close\n2024-01-02,ZZZ,1\n",
        "date,ticker,close\n2024-01-02,AAA,1\n2024-01-02,AAA,2\n",
        "date,ticker,close\n2024-01-02, AAA,1\n",
        "date,ticker,close\n2024-01-02,AAA,0\n",
        "date,ticker,close\n2024-01-02,AAA,1,5\n",
        "date,ticker,close\n2024-02-30,AAA,1\n",
        "date,ticker,close\n2024-1-02,AAA,1\n",
        "date,ticker,close\n2024-01-02,AAA,1,5\n",
        "date,ticker,close\n2024-01-02,,1\n",
        "date,ticker,close,volume\n2024-01-02,AAA,1,100\n",
        "\ndate,ticker,close\n2024-01-02,AAA,1\n",
        "date,ticker\n2024-01-02,AAA\n"})
    void declinesWhatTheGeneralPathMustJudgeAndReportsNothing(String csv) {
        ProblemCollector problems = new ProblemCollector(100);

        PriceMatrix m = FastPricesParser.tryParse(FileInput.of(csv.getBytes(StandardCharsets.UTF_8)), problems,
                LIMITS, TICKERS, CALENDAR);

        assertThat(m).isNull();
        assertThat(problems.toList(List.of())).isEmpty();
    }

    @Test
    void declinesADuplicateThatFallsInDifferentChunks() throws IOException {
        StringBuilder sb = new StringBuilder("date,ticker,close\n");
        List<String> tickers = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            tickers.add("T" + i);
            sb.append("2024-01-02,T").append(i).append(",1.5\n");
        }
        sb.append("2024-01-02,T0,2.5\n"); // the first row again, at the very end
        byte[] bytes = sb.toString().getBytes(StandardCharsets.US_ASCII);
        assertThat((long) bytes.length).isGreaterThan(FastPricesParser.PARALLEL_BYTES);
        ProblemCollector problems = new ProblemCollector(100);

        assertThat(FastPricesParser.tryParse(FileInput.of(bytes), problems, LIMITS, tickers, CALENDAR)).isNull();
        assertThat(problems.toList(List.of())).isEmpty();
    }

    private static List<Problem> assertSamePaths(FileInput input, List<String> tickers, List<LocalDate> calendar,
                                        boolean fastExpected) {
        ProblemCollector fastProblems = new ProblemCollector(100);
        PriceMatrix fast = FastPricesParser.tryParse(input, fastProblems, LIMITS, tickers, calendar);
        ProblemCollector generalProblems = new ProblemCollector(100);
        PriceMatrix general = PricesParser.parseGeneral(input, generalProblems, LIMITS, tickers, calendar);

        assertThat(fast != null).isEqualTo(fastExpected);
        assertThat(general).isNotNull();
        assertThat(fast.constituents()).isEqualTo(general.constituents());
        for (int i = 0; i < general.constituents(); i++) {
            assertThat(fast.row(i)).as("row %d", i).isEqualTo(general.row(i));
        }
        List<Problem> expected = generalProblems.toList(List.of());
        assertThat(fastProblems.toList(List.of())).isEqualTo(expected);
        return expected;
    }

    private static List<String> column(Path csv, int c) throws IOException {
        try (Stream<String> lines = Files.lines(csv)) {
            return lines.skip(1).map(l -> l.split(",", -1)[c]).toList();
        }
    }
}
