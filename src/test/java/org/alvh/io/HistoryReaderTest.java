package org.alvh.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.alvh.model.History;
import org.alvh.model.LoadResult;
import org.alvh.model.Problem;
import org.alvh.model.VixFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history reader (METHOD.md §10.1) on the golden replay history (copied from shared/golden/replay) and on
 * broken copies of it: every problem at once, with file, line and column. Expected values are read off the
 * CSV files by eye (the lines are quoted in comments).
 */
class HistoryReaderTest {
    private final HistoryReader reader = new HistoryReader();

    static Path goldenZip() {
        try {
            return Path.of(HistoryReaderTest.class.getResource("/golden-replay/small-2018/history.zip").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The golden history's files, as editable texts. */
    static Map<String, String> goldenTexts() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(goldenZip()); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                files.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private LoadResult<History> read(Map<String, String> texts) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        texts.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
        return reader.read("edited", bytes);
    }

    @Test
    void theGoldenHistoryReadsCleanly() {
        LoadResult<History> result = reader.read(goldenZip());

        assertThat(result.problems()).as(result.problems().toString()).isEmpty();
        History h = result.value();
        assertThat(h.name()).isEqualTo("small-2018");
        assertThat(h.notes()).isEqualTo("Public end-of-day data; see SOURCES.md.");
        assertThat(h.capDate()).isEqualTo(LocalDate.of(2018, 2, 8));
        assertThat(h.constituents()).hasSize(60);
        assertThat(h.constituents().get(0).ticker()).isEqualTo("AAPL");
        assertThat(h.market().size()).isEqualTo(273);
        assertThat(h.market().date(0)).isEqualTo(LocalDate.of(2017, 6, 1));
        assertThat(h.market().asOf()).isEqualTo(LocalDate.of(2018, 6, 29));
        // 2017-06-01,2430.06,9.89,8.5,12.42,14.83,83.83,0,0,
        assertThat(h.market().spxClose()[0]).isEqualTo(2430.06);
        assertThat(h.market().vix9d()[0]).isEqualTo(8.5);
        assertThat(h.market().vix3m()[0]).isEqualTo(12.42);
        assertThat(h.market().vix6m()[0]).isEqualTo(14.83);
        assertThat(h.market().vvix()[0]).isEqualTo(83.83);
        assertThat(h.market().impliedCorrelation()[0]).isNaN();
        // 2017-06-01,AAPL,147.5683
        assertThat(h.prices().close(0, 0)).isEqualTo(147.5683);
        assertThat(h.prices().days()).isEqualTo(273);
        assertThat(h.events()).hasSize(58);
        assertThat(h.futures().rows()).isEqualTo(2418);
    }

    @Test
    void theGoldenFuturesAnswerTheReplaysLookups() {
        History h = reader.read(goldenZip()).value();
        LocalDate shock = LocalDate.of(2018, 2, 5);

        // 2018-02-05,2018-02-14,33.225 ... 2018-02-05,2018-10-17,18.975 (nine contracts)
        assertThat(h.futures().curveOn(shock)).extracting(VixFuture::expiry).hasSize(9)
                .startsWith(LocalDate.of(2018, 2, 14)).endsWith(LocalDate.of(2018, 10, 17));
        assertThat(h.futures().curveOn(shock).get(0).price()).isEqualTo(33.225);
        assertThat(h.futures().settle(LocalDate.of(2018, 3, 21), shock)).isEqualTo(OptionalDouble.of(27.975));
        // 2017-06-21,2017-06-21,10.71: the settle on the expiry date is the final settlement
        assertThat(h.futures().finalSettlement(LocalDate.of(2017, 6, 21), h.market()))
                .isEqualTo(OptionalDouble.of(10.71));
    }

    @Test
    void aFolderOrAFileInsideItReadsLikeTheZip(@TempDir Path dir) throws IOException {
        for (Map.Entry<String, String> e : goldenTexts().entrySet()) {
            Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
        LoadResult<History> fromFolder = reader.read(dir);
        LoadResult<History> fromFile = reader.read(dir.resolve("vix_futures_history.csv"));

        assertThat(fromFolder.problems()).isEmpty();
        assertThat(fromFile.problems()).isEmpty();
        assertThat(fromFolder.value().market().size()).isEqualTo(273);
        assertThat(fromFile.value().futures().rows()).isEqualTo(2418);
    }

    @Test
    void everyProblemOfEveryFileIsReportedAtOnceWithItsPlace() throws IOException {
        Map<String, String> files = goldenTexts();
        files.put("history.json", "{\"name\": \"x\", \"capDate\": \"2018-02-30\"}");
        files.compute("market.csv", (k, v) -> v.replace("2017-06-02,2439.07,9.75,8.47,",
                "2017-06-02,2439.07,9.75,-8.47,"));
        files.compute("vix_futures_history.csv", (k, v) -> v
                .replace("2017-06-01,2017-06-21,11.625", "2017-06-01,2017-06-21,0")
                .replace("2017-06-01,2017-07-19,12.425", "2017-07-20,2017-07-19,12.425")
                .replace("2017-06-01,2017-08-16,13.325", "2017-06-01,2017-06-21,13.325"));

        LoadResult<History> result = read(files);

        assertThat(result.value()).isNull();
        assertThat(result.errors()).extracting(Problem::file, Problem::line, Problem::column).containsExactly(
                tuple("history.json", 1, 15), // the key "capDate" starts at column 15
                tuple("market.csv", 3, 4),
                tuple("vix_futures_history.csv", 2, 3),
                tuple("vix_futures_history.csv", 3, 1),
                tuple("vix_futures_history.csv", 4, 2));
        assertThat(result.errors().get(0).message()).contains("capDate must be a date");
        assertThat(result.errors().get(1).message()).contains("vix9d", "from 0.01 to 1000");
        assertThat(result.errors().get(3).message()).contains("after the contract's expiry");
        assertThat(result.errors().get(4).message()).contains("appears twice (first at line 2)");
    }

    @Test
    void theFuturesHistoryIsRequired() throws IOException {
        Map<String, String> files = goldenTexts();
        files.remove("vix_futures_history.csv");

        LoadResult<History> result = read(files);

        assertThat(result.errors()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("vix_futures_history.csv");
            assertThat(p.message()).contains("required");
        });
    }

    @Test
    void snapshotOnlyFilesAreIgnoredWithAWarningAndCapDateDefaultsToTheLastDate() throws IOException {
        Map<String, String> files = goldenTexts();
        files.remove("history.json");
        files.put("condor.csv", "right,strike,expiry,quantity\n");

        LoadResult<History> result = read(files);

        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).extracting(Problem::file).containsExactly("condor.csv");
        assertThat(result.value().capDate()).isEqualTo(LocalDate.of(2018, 6, 29));
        assertThat(result.value().name()).isEqualTo("edited");
    }

    @Test
    void aCapDateOutsideThePeriodIsAWarning() throws IOException {
        Map<String, String> files = goldenTexts();
        files.put("history.json", "{\"capDate\": \"2019-01-02\"}");

        LoadResult<History> result = read(files);

        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("history.json");
            assertThat(p.message()).contains("outside the dates of market.csv");
        });
    }

    @Test
    void theSnapshotLimitsApplyToEveryFile() throws IOException {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        goldenTexts().forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));

        LoadResult<History> result = new HistoryReader(1 << 20, 1_000, 200).read("limited", bytes);

        assertThat(result.value()).isNull();
        assertThat(result.errors()).extracting(Problem::file).contains("vix_futures_history.csv", "prices.csv");
        assertThat(result.errors()).filteredOn(p -> p.file().equals("vix_futures_history.csv")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("more than 1000 rows"));
    }

    @Test
    void anEntryThatLeavesTheFolderIsRejected() throws IOException {
        Map<String, String> files = goldenTexts();
        files.put("../evil/events.csv", "date,type\n2018-01-01,FOMC\n");

        LoadResult<History> result = read(files);

        assertThat(result.errors()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("edited");
            assertThat(p.message()).contains("outside");
        });
    }
}
