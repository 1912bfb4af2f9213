package org.alvh.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.alvh.io.HistoryReader;
import org.alvh.model.History;
import org.alvh.model.LoadResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code build-history} on a tiny synthetic data folder (expected values worked out by hand from the rows
 * written below), and on the public data: it rebuilds the bundled history byte for byte.
 */
class HistoryBuilderTest {
    /** The bundled history and the options it was built with (sample-data/SOURCES.md). */
    static final Path BUNDLED = Path.of("sample-data/history-2015-2021.zip");
    static final String[] BUNDLED_OPTIONS = {"--from", "2015-01-12", "--to", "2021-12-13"};
    private static final Path PUBLIC_DATA = Path.of("../shared/data");
    private static final List<LocalDate> DATES = List.of(LocalDate.of(2018, 2, 5), LocalDate.of(2018, 2, 6),
            LocalDate.of(2018, 2, 7), LocalDate.of(2018, 2, 8), LocalDate.of(2018, 2, 9));

    @TempDir
    Path tmp;
    private Path data;

    @BeforeEach
    void writeData() throws IOException {
        data = Files.createDirectories(tmp.resolve("data"));
        StringBuilder spx = new StringBuilder("date,close\n");
        StringBuilder vix = new StringBuilder("date,close\n");
        for (int i = 0; i < DATES.size(); i++) {
            spx.append(DATES.get(i)).append(',').append(2700 + i).append(".5\n");
            vix.append(DATES.get(i)).append(',').append(30 - i).append('\n');
        }
        spx.append("2018-02-12,2710\n"); // no VIX close: not a market date
        write("gspc-daily-2014-2022.csv", spx.toString());
        write("vix-daily.csv", vix.toString());
        write("vix9d-daily.csv", "date,close\n2018-02-05,33.1\n2018-02-07,29.5\n"); // none on 02-06
        write("vix3m-daily.csv", "date,close\n2018-02-05,25\n");
        write("vix6m-daily.csv", "date,close\n2018-02-05,24\n");
        write("vvix-daily.csv", "date,close\n2018-02-05,150.25\n");
        write("vix-futures-settlements-2013-2022.csv", "date,expiry,settle\n"
                + "2018-02-02,2018-02-14,17.1\n"  // before --from: left out
                + "2018-02-05,2018-02-14,33.225\n"
                + "2018-02-05,2018-03-21,27.975\n"
                + "2018-02-12,2018-03-21,20\n"    // a trade date that is not a market date: kept
                + "2018-02-13,2018-03-21,19\n");  // after --to: left out
        write("sp500-constituents-financials-2018-02-08.csv",
                "Symbol,Name,Sector,Price,Price/Earnings,Dividend Yield,Market Cap\n"
                        + "BIG,Big Corp,Information Technology,10,20.10,1,9000000000\n"
                        + "MID,\"Mid, Inc.\",Utilities,30,15.50,1,3000000000\n"
                        + "SML,Small Co,Financials,20,,1,1000000000\n"
                        + "LATE,Late Listing,Energy,40,12,1,8000000000\n"
                        + "NOPX,No Prices,Health Care,50,12,1,7000000000\n");
        StringBuilder prices = new StringBuilder("date,ticker,close,adj_close,volume\n");
        for (int i = 0; i < DATES.size(); i++) {
            LocalDate d = DATES.get(i);
            prices.append(d).append(",BIG,0,").append(100 + i).append(",1\n");   // up every day
            prices.append(d).append(",MID,0,").append(50 - i).append(",1\n");    // down every day
            prices.append(d).append(",SML,0,20,1\n");                            // flat
            if (i == 4) {
                prices.append(d).append(",LATE,0,40,1\n");                       // first close after the cap date
            }
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(
                data.resolve("sp500-daily-prices-2015-2021.csv.gz")))) {
            out.write(prices.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void theHistoryHoldsTheRealRowsAndReadsBackCleanly() throws IOException {
        Path zip = tmp.resolve("tiny.zip");
        assertThat(run("--data", data.toString(), "--from", "2018-02-05", "--to", "2018-02-12", "--out",
                zip.toString())).isZero();
        Map<String, String> files = unzip(zip);

        assertThat(files.keySet()).containsExactly("SOURCES.md", "constituents.csv", "events.csv", "history.json",
                "market.csv", "prices.csv", "vix_futures_history.csv");
        assertThat(files.get("market.csv").split("\n")).startsWith(
                "date,spx_close,vix_close,vix9d,vix3m,vix6m,vvix,advances,declines,implied_correlation",
                "2018-02-05,2700.5,30,33.1,25,24,150.25,0,0,",
                "2018-02-06,2701.5,29,,,,,1,1,");   // BIG up, MID down, SML flat; LATE has no close
        assertThat(files.get("market.csv").split("\n")[5]).startsWith("2018-02-09,2704.5,26,,,,,1,1,");
        assertThat(files.get("constituents.csv").split("\n")).containsExactly(
                "ticker,name,sector,float_market_cap,pe,pcf",
                "BIG,Big Corp,Information Technology,9000000000,20.1," + pcf("BIG", "Information Technology"),
                "MID,\"Mid, Inc.\",Utilities,3000000000,15.5," + pcf("MID", "Utilities"),
                "SML,Small Co,Financials,1000000000,," + pcf("SML", "Financials"));
        assertThat(files.get("prices.csv").split("\n")).hasSize(1 + 15).contains("2018-02-09,BIG,104")
                .noneMatch(line -> line.contains("LATE"));
        assertThat(files.get("vix_futures_history.csv").split("\n")).containsExactly("date,expiry,settle",
                "2018-02-05,2018-02-14,33.225", "2018-02-05,2018-03-21,27.975", "2018-02-12,2018-03-21,20");
        assertThat(files.get("history.json")).contains("\"name\": \"tiny\"", "\"capDate\": \"2018-02-08\"");
        assertThat(files.get("events.csv").split("\n")).containsExactly("date,type,description",
                "2018-03-21,FOMC,\"FOMC policy decision (scheduled meeting, day 2)\"",
                "2018-05-02,FOMC,\"FOMC policy decision (scheduled meeting, day 2)\"");
        assertThat(files.get("SOURCES.md")).contains("ILLUSTRATIVE", "all 3 names", "LATE");

        LoadResult<History> read = new HistoryReader().read(zip);
        assertThat(read.problems()).as(read.problems().toString()).isEmpty();
        assertThat(read.value().market().size()).isEqualTo(5);
        assertThat(read.value().futures().lastSettleOnOrBefore(LocalDate.of(2018, 3, 21), DATES.get(4)))
                .hasValue(27.975);
    }

    @Test
    void namesKeepsTheLargestAndSaysSo() throws IOException {
        Path zip = tmp.resolve("two.zip");
        assertThat(run("--data", data.toString(), "--from", "2018-02-05", "--to", "2018-02-09", "--names", "2",
                "--out", zip.toString())).isZero();
        Map<String, String> files = unzip(zip);

        assertThat(files.get("constituents.csv")).contains("BIG,", "MID,").doesNotContain("SML,");
        assertThat(files.get("SOURCES.md")).contains("RESTRICTED", "the 2 largest");
        assertThat(files.get("market.csv").split("\n")[2]).as("breadth still counts every priced name")
                .startsWith("2018-02-06,2701.5,29,,,,,1,1,");
    }

    @Test
    void twoBuildsAreByteIdenticalWithFixedTimestampsAndSortedEntries() throws IOException {
        Path a = tmp.resolve("a.zip");
        Path b = tmp.resolve("b.zip");
        String[] options = {"--data", data.toString(), "--from", "2018-02-05", "--to", "2018-02-09", "--name", "same"};
        assertThat(run(concat(options, "--out", a.toString()))).isZero();
        assertThat(run(concat(options, "--out", b.toString()))).isZero();

        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(a))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                assertThat(e.getTimeLocal()).isEqualTo(DeterministicZip.TIMESTAMP);
            }
        }
    }

    @Test
    void badInputExitsWithTwo() {
        String d = data.toString();
        assertThat(run("--data", d, "--from", "2018-02-09", "--to", "2018-02-05", "--out", tmp.resolve("x.zip")
                .toString())).isEqualTo(2);
        assertThat(run("--data", d, "--from", "2018-02-05", "--to", "2018-02-07", "--out", tmp.resolve("y.zip")
                .toString())).as("the cap date 2018-02-08 is after --to").isEqualTo(2);
        assertThat(run("--data", d, "--from", "2018-02-05", "--to", "2018-02-09", "--out", tmp.resolve("folder")
                .toString())).isEqualTo(2);
        assertThat(run("--data", d, "--from", "5/2/2018", "--to", "2018-02-09", "--out", tmp.resolve("z.zip")
                .toString())).isEqualTo(2);
    }

    @Test
    void theBundledHistoryReadsCleanlyAndFitsTenMegabytes() throws IOException {
        LoadResult<History> read = new HistoryReader().read(BUNDLED);

        assertThat(read.problems()).as(read.problems().toString()).isEmpty();
        assertThat(read.value().name()).isEqualTo("history-2015-2021");
        assertThat(read.value().market().date(0)).isEqualTo(LocalDate.of(2015, 1, 12));
        assertThat(read.value().market().asOf()).isEqualTo(LocalDate.of(2021, 12, 13));
        assertThat(Files.size(BUNDLED)).isLessThanOrEqualTo(10L * 1024 * 1024);
    }

    @Test
    void buildHistoryRebuildsTheBundledHistoryByteForByte() throws IOException {
        assumeTrue(Files.isDirectory(PUBLIC_DATA), "the public data folder ../shared/data is absent");
        Path rebuilt = tmp.resolve(BUNDLED.getFileName().toString());
        assertThat(run(concat(new String[] {"--data", PUBLIC_DATA.toString()}, concat(BUNDLED_OPTIONS, "--out",
                rebuilt.toString())))).isZero();

        assertThat(Files.readAllBytes(rebuilt)).isEqualTo(Files.readAllBytes(BUNDLED));
    }

    private static String pcf(String ticker, String sector) {
        return Num.fmt(Fundamentals.of(ticker, sector).pcf(), 2);
    }

    private static String[] concat(String[] first, String... more) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private static Map<String, String> unzip(Path zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                files.put(e.getName(), new String(z.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static int run(String... args) {
        CommandLine cli = new CommandLine(new BuildHistoryCommand());
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(new StringWriter()));
        return cli.execute(args);
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(data.resolve(name), text, StandardCharsets.UTF_8);
    }
}
