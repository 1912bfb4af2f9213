package org.alvh.samples;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Builds snapshots from a tiny synthetic data folder (no dependency on {@code shared/data}). */
class SampleSnapshotBuilderTest {
    private static final LocalDate ASOF = LocalDate.of(2018, 2, 5);
    private static final List<LocalDate> DATES = weekdays(LocalDate.of(2018, 1, 22), ASOF);

    @TempDir
    Path tmp;
    private Path data;

    @BeforeEach
    void writeData() throws IOException {
        data = Files.createDirectories(tmp.resolve("data"));
        StringBuilder spx = new StringBuilder("date,close,adj_close\n");
        StringBuilder vix = new StringBuilder("date,close\n");
        for (int i = 0; i < DATES.size(); i++) {
            String close = String.valueOf(2800 - 10 * i);
            spx.append(DATES.get(i)).append(',').append(close).append(',').append(close).append('\n');
            vix.append(DATES.get(i)).append(',').append(i == DATES.size() - 1 ? "37.32" : "14.50").append('\n');
        }
        write("gspc-daily-2014-2020.csv", spx.toString());
        write("vix-daily.csv", vix.toString());
        write("vix3m-daily.csv", "date,close\n2018-02-02,19.00\n" + ASOF + ",28.13\n");
        write("vix6m-daily.csv", "date,close\n" + ASOF + ",24.55\n");
        write("vvix-daily.csv", "date,close\n" + ASOF + ",177.34\n");
        write("sp500-constituents-financials-2018-02-08.csv",
                "Symbol,Name,Sector,Price,Price/Earnings,Dividend Yield,Market Cap\n"
                        + "CCC,\"Gamma, Inc.\",Utilities,30,15.50,1,3000000000\n"
                        + "AAA,Alpha Corp,Information Technology,10,20.10,1,1000000000\n"
                        + "DDD,Delta Gone,Energy,40,,1,4000000000\n"
                        + "BBB,Beta Co,Financials,20,-3.2,1,2000000000\n"
                        + "EEE,Epsilon No Prices,Health Care,50,12,1,5000000000\n");
        StringBuilder prices = new StringBuilder("date,ticker,close,adj_close,volume\n");
        for (int i = 0; i < DATES.size(); i++) {
            LocalDate d = DATES.get(i);
            prices.append(d).append(",AAA,0,").append(100 + i).append(".5000,1\n");      // always up
            prices.append(d).append(",BBB,0,").append(200 - i).append(".2500,1\n");      // always down
            prices.append(d).append(",CCC,0,50.0000,1\n");                               // flat
            if (d.isBefore(LocalDate.of(2018, 2, 1))) {
                prices.append(d).append(",DDD,0,40,1\n");                                // history ends before as-of
            }
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(data.resolve("sp500-daily-prices-2015-2020.csv.gz")))) {
            out.write(prices.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void fullSnapshotHasEveryFileAndTheRealValues() throws IOException {
        Path out = build(tmp.resolve("full"), true);
        assertThat(out.resolve("events.csv")).exists();
        assertThat(out.resolve("chain.csv")).exists();
        assertThat(out.resolve("SOURCES.md")).content().contains("ILLUSTRATIVE", "DDD");
        assertThat(out.resolve("snapshot.json")).content().contains("\"asof\": \"2018-02-05\"", "\"name\": \"sample\"");

        List<String> constituents = lines(out, "constituents.csv");
        assertThat(constituents.get(0)).isEqualTo("ticker,name,sector,float_market_cap,pe,pcf,quick_ratio,wacc");
        assertThat(constituents.stream().skip(1).map(l -> l.substring(0, 3))).containsExactly("AAA", "BBB", "CCC", "EEE");
        assertThat(constituents.get(3)).startsWith("CCC,\"Gamma, Inc.\",Utilities,3000000000,15.5,");
        assertThat(constituents.get(4)).startsWith("EEE,Epsilon No Prices,Health Care,5000000000,12,");

        List<String> market = lines(out, "market.csv");
        assertThat(market).hasSize(1 + 5);
        assertThat(market.get(0)).isEqualTo("date,spx_close,vix_close,advances,declines,implied_correlation");
        // AAA up, BBB down, CCC flat; DDD is dropped, EEE has no prices.
        assertThat(market.get(5)).isEqualTo("2018-02-05,2700,37.32,1,1,");

        List<String> prices = lines(out, "prices.csv");
        assertThat(prices).hasSize(1 + 5 * 3).contains("2018-02-05,AAA,110.5", "2018-02-05,BBB,190.25", "2018-02-05,CCC,50");
        assertThat(prices).noneMatch(l -> l.contains(",DDD,") || l.contains(",EEE,"));
    }

    @Test
    void plainSnapshotHasFewerColumnsAndNoExtras() throws IOException {
        Path out = build(tmp.resolve("plain"), false);
        assertThat(lines(out, "constituents.csv").get(0)).isEqualTo("ticker,name,sector,float_market_cap,pe,pcf");
        assertThat(out.resolve("events.csv")).doesNotExist();
        assertThat(out.resolve("chain.csv")).doesNotExist();
    }

    @Test
    void twoBuildsAreByteIdenticalWhateverTheLocale() throws IOException {
        Path a = build(tmp.resolve("a"), true);
        Locale saved = Locale.getDefault();
        Path b;
        try {
            Locale.setDefault(Locale.GERMANY);
            b = build(tmp.resolve("b"), true);
        } finally {
            Locale.setDefault(saved);
        }
        List<String> names = fileNames(a);
        assertThat(fileNames(b)).isEqualTo(names);
        for (String name : names) {
            byte[] bytes = Files.readAllBytes(a.resolve(name));
            assertThat(Files.readAllBytes(b.resolve(name))).as(name).isEqualTo(bytes);
            assertThat(new String(bytes, StandardCharsets.UTF_8)).as(name).doesNotContain("\r");
        }
    }

    @Test
    void condorStrikesAreOrderedRoundedAndFiftyWide() throws IOException {
        List<String> condor = lines(build(tmp.resolve("c"), false), "condor.csv");
        assertThat(condor.get(0)).isEqualTo("right,strike,expiry,quantity,implied_vol,price");
        assertThat(condor).hasSize(5);
        double[] k = new double[4];
        for (int i = 0; i < 4; i++) {
            String[] cells = condor.get(i + 1).split(",");
            k[i] = Double.parseDouble(cells[1]);
            assertThat(k[i] % 5).isZero();
            assertThat(cells[2]).isEqualTo("2018-03-16"); // third Friday nearest to 2018-02-05 + 45 days
            assertThat(cells[3]).isEqualTo(i == 0 || i == 3 ? "40" : "-40");
        }
        assertThat(condor.get(1)).startsWith("P,").contains(",0.4032,"); // VIX 37.32 / 100 + 0.03
        assertThat(condor.get(3)).startsWith("C,").contains(",0.3632,"); // VIX 37.32 / 100 - 0.01
        assertThat(k[0]).isLessThan(k[1]);
        assertThat(k[1]).isLessThan(2700).isLessThan(k[2]);
        assertThat(k[2]).isLessThan(k[3]);
        assertThat(k[1] - k[0]).isEqualTo(50);
        assertThat(k[3] - k[2]).isEqualTo(50);
    }

    @Test
    void futuresExpiriesFollowTheVxRule() throws IOException {
        List<String> futures = lines(build(tmp.resolve("f"), false), "vix_futures.csv");
        assertThat(futures.get(0)).isEqualTo("expiry,price,option_iv");
        assertThat(futures).hasSize(7);
        assertThat(futures.get(1)).isEqualTo("2018-02-14,37.32,1.7734"); // inside 30 days: flat at VIX
        LocalDate previous = ASOF;
        for (String line : futures.subList(1, futures.size())) {
            LocalDate expiry = LocalDate.parse(line.split(",")[0]);
            assertThat(expiry.getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
            assertThat(expiry).isAfter(previous);
            LocalDate friday = expiry.plusDays(30);
            assertThat(friday).isEqualTo(VxCalendar.thirdFriday(YearMonth.from(friday)));
            previous = expiry;
        }
        // worked out by hand, independent of VxCalendar: 30 days before the third Fridays of March .. August 2018
        // (03-16, 04-20, 05-18, 06-15, 07-20, 08-17), each a Wednesday
        assertThat(futures.subList(1, futures.size())).extracting(line -> line.split(",")[0])
                .containsExactly("2018-02-14", "2018-03-21", "2018-04-18", "2018-05-16", "2018-06-20", "2018-07-18");
    }

    @Test
    void badInputExitsWithTwo() {
        assertThat(run("--data", data.toString(), "--asof", "2018-02-03", "--out", tmp.resolve("x").toString()))
                .isEqualTo(2); // a Saturday: not a market date
        assertThat(run("--data", tmp.resolve("missing").toString(), "--asof", "2018-02-05", "--out",
                tmp.resolve("y").toString())).isEqualTo(2);
        assertThat(run("--data", data.toString(), "--asof", "2018-02-05", "--days", "500", "--out",
                tmp.resolve("z").toString())).isEqualTo(2);
        assertThat(run("--data", data.toString(), "--asof", "5/2/2018", "--out", tmp.resolve("w").toString()))
                .isEqualTo(2);
    }

    private Path build(Path out, boolean full) throws IOException {
        List<String> args = new ArrayList<>(List.of("--data", data.toString(), "--asof", ASOF.toString(),
                "--days", "5", "--name", "sample", "--out", out.toString()));
        if (full) {
            args.add("--full");
        }
        assertThat(run(args.toArray(String[]::new))).isZero();
        return out;
    }

    private static int run(String... args) {
        CommandLine cli = new CommandLine(new BuildSampleCommand());
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(new StringWriter()));
        return cli.execute(args);
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(data.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static List<String> lines(Path dir, String file) throws IOException {
        return Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8);
    }

    private static List<String> fileNames(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<LocalDate> weekdays(LocalDate from, LocalDate to) {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                out.add(d);
            }
        }
        return out;
    }
}
