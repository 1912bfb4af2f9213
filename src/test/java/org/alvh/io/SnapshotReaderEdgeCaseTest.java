package org.alvh.io;

import org.alvh.model.Constituent;
import org.alvh.model.LoadResult;
import org.alvh.model.OptionLeg;
import org.alvh.model.Problem;
import org.alvh.model.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Valid inputs that must load, limits, zip handling and the error cap, on the tiny snapshot in memory. */
class SnapshotReaderEdgeCaseTest {
    private static final String[] FILES = {"constituents.csv", "condor.csv", "market.csv", "vix_futures.csv",
            "prices.csv"};

    private final SnapshotReader reader = new SnapshotReader();

    /** The tiny valid snapshot of {@code valid/tiny}, as editable texts. */
    static Map<String, String> tiny() throws IOException {
        Path folder = MalformedSnapshotTest.resource("/valid/tiny");
        Map<String, String> files = new LinkedHashMap<>();
        for (String name : FILES) {
            files.put(name, Files.readString(folder.resolve(name), StandardCharsets.UTF_8));
        }
        return files;
    }

    static Map<String, byte[]> bytes(Map<String, String> texts) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        texts.forEach((name, text) -> files.put(name, text.getBytes(StandardCharsets.UTF_8)));
        return files;
    }

    private LoadResult<Snapshot> read(Map<String, String> texts) {
        return reader.read("tiny", bytes(texts));
    }

    private static String text(LoadResult<Snapshot> result) {
        return result.problems().toString();
    }

    @Test
    void tinySnapshotLoads() throws IOException {
        LoadResult<Snapshot> result = read(tiny());

        assertThat(result.problems()).isEmpty();
        Snapshot s = result.value();
        assertThat(s.name()).isEqualTo("tiny");
        assertThat(s.asOf()).isEqualTo(LocalDate.of(2018, 1, 16));
        assertThat(s.market().size()).isEqualTo(10);
        assertThat(s.market().reer()).isNull();
        assertThat(s.prices().close(0, 9)).isEqualTo(101.0);
        assertThat(s.prices().close(2, 9)).isNaN();
        assertThat(s.chain()).isNull();
        assertThat(s.events()).isNull();
    }

    @Test
    void byteOrderMarkIsSkipped() throws IOException {
        Map<String, String> files = tiny();
        files.replaceAll((name, text) -> "\uFEFF" + text);

        LoadResult<Snapshot> result = read(files);

        assertThat(result.problems()).as(text(result)).isEmpty();
        assertThat(result.value().constituents().get(0).ticker()).isEqualTo("AAA");
    }

    @Test
    void crlfLineEndingsAreAccepted() throws IOException {
        Map<String, String> files = tiny();
        files.replaceAll((name, text) -> text.replace("\n", "\r\n"));
        files.put("market.csv", files.get("market.csv").replace("2018-01-03,2713.06,9.15", "2018-01-03,-1,9.15"));

        LoadResult<Snapshot> result = read(files);

        assertThat(result.errors()).extracting(Problem::toString)
                .containsExactly("market.csv:3:2: spx_close must be an index level from 0.01 to 1000000, got \"-1\"");
    }

    @Test
    void quotedFieldsWithCommasQuotesAndNewlinesKeepLineNumbersRight() throws IOException {
        Map<String, String> files = tiny();
        files.put("constituents.csv", files.get("constituents.csv")
                .replace("Alpha Corp", "\"Alpha, \"\"The\"\" Corp\nHoldings\"")
                .replace("CCC,Gamma Ltd,Financials,750000000", "CCC,Gamma Ltd,Financials,0"));

        LoadResult<Snapshot> result = read(files);

        assertThat(result.errors()).extracting(Problem::toString)
                .containsExactly("constituents.csv:5:4: float_market_cap must be a market cap greater than 0 and at most 1e14, got \"0\"");
        files.put("constituents.csv", files.get("constituents.csv").replace("Financials,0", "Financials,750000000"));
        Constituent alpha = read(files).value().constituents().get(0);
        assertThat(alpha.name()).isEqualTo("Alpha, \"The\" Corp\nHoldings");
        assertThat(read(files).value().constituents().get(1).line()).isEqualTo(4);
    }

    @Test
    void headerCaseAndColumnOrderAreFree() throws IOException {
        Map<String, String> files = tiny();
        files.put("constituents.csv", """
                Implied_Vol,SECTOR,Float_Market_Cap,Ticker
                0.25,Information Technology,1000000000,AAA
                0.18,Utilities,500000000,BBB
                """);

        LoadResult<Snapshot> result = read(files);

        assertThat(result.problems()).as(text(result)).isEmpty();
        Constituent bbb = result.value().constituents().get(1);
        assertThat(bbb.ticker()).isEqualTo("BBB");
        assertThat(bbb.sector()).isEqualTo("Utilities");
        assertThat(bbb.impliedVol()).isEqualTo(0.18);
        assertThat(bbb.beta()).isNull();
    }

    @Test
    void unknownColumnIsAWarning() throws IOException {
        Map<String, String> files = tiny();
        files.put("vix_futures.csv", files.get("vix_futures.csv").replace("option_iv", "option_iv,foo")
                .replace("0.8\n", "0.8,x\n").replace("0.85\n", "0.85,y\n"));

        LoadResult<Snapshot> result = read(files);

        assertThat(result.ok()).isTrue();
        assertThat(result.warnings()).extracting(Problem::toString)
                .containsExactly("vix_futures.csv:1:4: unknown column \"foo\" ignored");
        assertThat(result.value().warnings()).isEqualTo(result.warnings());
    }

    @Test
    void rowsAfterAsOfAreDroppedWithOneWarning() throws IOException {
        Map<String, String> files = tiny();
        files.put("snapshot.json", "{\"asof\": \"2018-01-10\", \"name\": \"early\", \"notes\": \"n\"}");

        LoadResult<Snapshot> result = read(files);

        assertThat(result.ok()).isTrue();
        Snapshot s = result.value();
        assertThat(s.name()).isEqualTo("early");
        assertThat(s.notes()).isEqualTo("n");
        assertThat(s.asOf()).isEqualTo(LocalDate.of(2018, 1, 10));
        assertThat(s.market().size()).isEqualTo(7);
        assertThat(result.warnings()).extracting(Problem::toString).containsExactly(
                "market.csv:9: 3 rows after the as-of date 2018-01-10 ignored",
                "prices.csv:2: 4 price rows on dates not in market.csv ignored (first at line 2)");
    }

    @Test
    void pricesOfUnknownTickersAreWarnedOncePerTicker() throws IOException {
        Map<String, String> files = tiny();
        files.put("prices.csv", files.get("prices.csv") + "2018-01-12,ZZZ,3\n2018-01-16,ZZZ,4\n2018-01-13,AAA,1\n");

        LoadResult<Snapshot> result = read(files);

        assertThat(result.ok()).isTrue();
        assertThat(result.warnings()).extracting(Problem::toString).containsExactly(
                "prices.csv:6:2: ticker ZZZ in prices.csv is not in constituents.csv (ignored)",
                "prices.csv:8: 1 price rows on dates not in market.csv ignored (first at line 8)");
    }

    @Test
    void condorLegsAreOrderedK1ToK4AndVolStaysNullWhenOnlyPriceIsGiven() throws IOException {
        Map<String, String> files = tiny();
        files.put("condor.csv", """
                right,strike,expiry,quantity,price
                C,2900,2018-03-16,10,3.9
                P,2550,2018-03-16,-10,7.4
                C,2850,2018-03-16,-10,6.2
                P,2500,2018-03-16,10,5.1
                """);

        Snapshot s = read(files).value();

        assertThat(s.condor()).extracting(OptionLeg::strike).containsExactly(2500.0, 2550.0, 2850.0, 2900.0);
        assertThat(s.condor()).extracting(OptionLeg::line).containsExactly(5, 3, 4, 2);
        assertThat(s.condor()).extracting(OptionLeg::impliedVol).containsOnlyNulls();
    }

    @Test
    void tooManyErrorsAreCappedAndCounted() throws IOException {
        StringBuilder constituents = new StringBuilder("ticker,sector,float_market_cap\n");
        for (int i = 0; i < 10_000; i++) {
            constituents.append('T').append(i).append(",Energy,-1\n");
        }
        Map<String, String> files = tiny();
        files.put("constituents.csv", constituents.toString());

        LoadResult<Snapshot> result = read(files);

        assertThat(result.errors()).hasSize(201);
        assertThat(result.errors().get(0).toString())
                .isEqualTo("constituents.csv:2:3: float_market_cap must be a market cap greater than 0 and at most 1e14, got \"-1\"");
        assertThat(result.errors().get(200).toString()).isEqualTo("constituents.csv: ... and 9800 more problems");
    }

    @Test
    void zipSlipEntriesAreRejected(@TempDir Path tmp) throws IOException {
        Path zip = tmp.resolve("evil.zip");
        Map<String, byte[]> entries = bytes(tiny());
        entries.put("../evil.csv", new byte[]{1});
        entries.put("/etc/passwd", new byte[]{1});
        entries.put("sub\\..\\..\\x.csv", new byte[]{1});
        writeZip(zip, entries);

        LoadResult<Snapshot> result = reader.read(zip);

        assertThat(result.errors()).extracting(Problem::toString).containsExactly(
                "evil.zip: entry \"../evil.csv\" points outside the snapshot folder and was rejected",
                "evil.zip: entry \"/etc/passwd\" points outside the snapshot folder and was rejected",
                "evil.zip: entry \"sub\\..\\..\\x.csv\" points outside the snapshot folder and was rejected");
        assertThat(Files.exists(tmp.resolve("evil.csv"))).isFalse();
    }

    @Test
    void zipWithOneTopLevelFolderLoads(@TempDir Path tmp) throws IOException {
        Path zip = tmp.resolve("Jan16.zip");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        bytes(tiny()).forEach((name, data) -> entries.put("tiny/" + name, data));
        entries.put("tiny/SOURCES.md", new byte[]{'#'});
        writeZip(zip, entries);

        LoadResult<Snapshot> result = reader.read(zip);

        assertThat(result.problems()).isEmpty();
        assertThat(result.value().name()).isEqualTo("Jan16");
    }

    @Test
    void fileSizeAndRowLimitsAreReported() throws IOException {
        Map<String, String> files = tiny();
        files.put("prices.csv", "date,ticker,close\n" + "2018-01-12,AAA,1\n".repeat(40));

        LoadResult<Snapshot> small = new SnapshotReader(400, 1000, 200).read("tiny", bytes(files));
        LoadResult<Snapshot> few = new SnapshotReader(1 << 20, 5, 200).read("tiny", bytes(files));

        assertThat(small.errors()).extracting(Problem::toString).containsExactly(
                "market.csv: the file is larger than the limit of 400 bytes",
                "prices.csv: the file is larger than the limit of 400 bytes");
        assertThat(few.errors()).extracting(Problem::toString).containsExactly(
                "market.csv:7: the file has more than 5 rows, the limit",
                "prices.csv:7: the file has more than 5 rows, the limit");
    }

    @Test
    void aPriceTableLargerThanTheRowLimitIsRefusedBeforeItIsAllocated() throws IOException {
        // tiny: 3 constituents × 10 market dates = 30 cells; market.csv (10 rows) and prices.csv fit 20 rows
        LoadResult<Snapshot> result = new SnapshotReader(1 << 20, 20, 200).read("tiny", bytes(tiny()));

        assertThat(result.errors()).extracting(Problem::toString).containsExactly("prices.csv: the price table"
                + " would have 3 constituents × 10 market dates = 30 cells, more than the row limit of 20");
    }

    @Test
    void missingPathIsAnErrorNotAnException(@TempDir Path tmp) {
        LoadResult<Snapshot> result = reader.read(tmp.resolve("nowhere"));

        assertThat(result.value()).isNull();
        assertThat(result.errors()).hasSize(1);
        assertThat(result.errors().get(0).message()).startsWith("there is no file or folder");
    }

    static void writeZip(Path zip, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
    }
}
