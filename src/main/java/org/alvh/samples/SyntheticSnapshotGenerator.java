package org.alvh.samples;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a large SYNTHETIC snapshot (METHOD.md §1) for benchmarks: {@code N} constituents × {@code D} weekday
 * market dates ending at the as-of date, every byte a function of {@code (N, D, seed, asof)}.
 *
 * <p>The model, so that the method's figures mean something:
 * <ul>
 *   <li>market factor {@code f_t} with GARCH(1,1) variance {@code h_t} (vol clustering); {@code spx_close}
 *       is {@code 4000 exp(Σ f)}, {@code vix_close} is {@code 110 sqrt(252 h_t)} plus noise, and
 *       {@code implied_correlation} rises with the VIX;</li>
 *   <li>constituent {@code i}: {@code ln P_i(t) = ln P_i(0) + β_i Σ f + e_i(t)}, {@code β_i} in [0.4, 1.8],
 *       {@code e_i} a slowly mean-reverting idiosyncratic walk with daily vol 1–3 %; closes rounded to 4
 *       decimals; {@code advances}/{@code declines} counted from those rounded closes;</li>
 *   <li>caps Pareto (α = 0.9, from 300 M USD, capped at 3 T USD), sectors drawn from the 11 GICS sectors,
 *       pe/pcf/quick_ratio/wacc log-normal or uniform around typical values;</li>
 *   <li>a short iron condor about 45 days out around spot ({@link CondorDesign}, BSM prices), a VIX futures
 *       curve in contango towards 20 and a few macro events after the as-of date.</li>
 * </ul>
 *
 * <p>Streaming: {@code prices.csv} (long format, date-major) and {@code market.csv} are written day by day
 * with O(N) state, so 12.6 million rows never exist as objects. Random numbers come from SplitMix64 and
 * transcendental functions from {@link StrictMath}, so the output is identical on every JVM and platform.
 */
public final class SyntheticSnapshotGenerator {
    /** GICS sectors (2018 onwards) with rough shares of the number of US listed companies. */
    private static final String[] SECTORS = {"Information Technology", "Health Care", "Financials",
        "Consumer Discretionary", "Industrials", "Communication Services", "Consumer Staples", "Energy",
        "Utilities", "Real Estate", "Materials"};
    private static final double[] SECTOR_SHARE = {0.14, 0.15, 0.14, 0.11, 0.13, 0.05, 0.05, 0.05, 0.04, 0.08, 0.06};
    private static final double SPX_START = 4000.0;
    private static final double RATE = 0.02;
    private static final double DIVIDEND_YIELD = 0.015;
    private static final int[] FUTURE_DAYS = {16, 44, 72, 107, 135, 163, 198, 226};

    /** What to generate. */
    public record Request(int constituents, int days, long seed, LocalDate asof, String name) {
        public Request {
            if (constituents < 1) {
                throw new IllegalArgumentException("--constituents must be at least 1, got " + constituents);
            }
            if (days < 2) {
                throw new IllegalArgumentException("--days must be at least 2, got " + days);
            }
            if (asof.getDayOfWeek() == DayOfWeek.SATURDAY || asof.getDayOfWeek() == DayOfWeek.SUNDAY) {
                throw new IllegalArgumentException("--asof must be a weekday, got " + asof);
            }
        }
    }

    /** What was written. */
    public record Summary(LocalDate firstDate, LocalDate asof, long priceRows, long priceBytes) {
    }

    private final Request request;
    private final SplitMix rng;

    public SyntheticSnapshotGenerator(Request request) {
        this.request = request;
        this.rng = new SplitMix(request.seed());
    }

    public Summary write(Path dir) throws IOException {
        Files.createDirectories(dir);
        int n = request.constituents();
        int days = request.days();
        List<LocalDate> calendar = weekdaysEndingAt(request.asof(), days);

        String[] tickers = new String[n];
        byte[][] tickerBytes = new byte[n][];
        double[] beta = new double[n];
        double[] idioVol = new double[n];
        double[] logStart = new double[n];
        for (int i = 0; i < n; i++) {
            tickers[i] = ticker(i);
            tickerBytes[i] = tickers[i].getBytes(StandardCharsets.US_ASCII);
        }
        writeConstituents(dir.resolve("constituents.csv"), tickers, beta, idioVol, logStart);

        double[] idio = new double[n];
        long[] lastClose = new long[n];
        double spxLog = 0;
        double h = 0.01 * 0.01;
        double vix = 0;
        double spx = 0;
        long rows = 0;
        try (AsciiOut prices = new AsciiOut(new BufferedOutputStream(Files.newOutputStream(dir.resolve("prices.csv")),
                1 << 20));
             AsciiOut market = new AsciiOut(Files.newOutputStream(dir.resolve("market.csv")))) {
            prices.ascii("date,ticker,close").newline();
            market.ascii("date,spx_close,vix_close,advances,declines,implied_correlation").newline();
            for (int t = 0; t < days; t++) {
                byte[] date = calendar.get(t).toString().getBytes(StandardCharsets.US_ASCII);
                double f = 0;
                if (t > 0) {
                    f = 0.0003 + Math.sqrt(h) * rng.gaussian();
                    h = 0.000002 + 0.88 * h + 0.10 * f * f;
                    spxLog += f;
                }
                int advances = 0;
                int declines = 0;
                for (int i = 0; i < n; i++) {
                    idio[i] = 0.998 * idio[i] + idioVol[i] * rng.gaussian();
                    double price = Math.max(0.01, StrictMath.exp(logStart[i] + beta[i] * spxLog + idio[i]));
                    long close = AsciiOut.scaled(price, 4);
                    if (t > 0) {
                        advances += close > lastClose[i] ? 1 : 0;
                        declines += close < lastClose[i] ? 1 : 0;
                    }
                    lastClose[i] = close;
                    prices.bytes(date).comma().bytes(tickerBytes[i]).comma().fixed(close, 4).newline();
                    rows++;
                }
                spx = AsciiOut.scaled(SPX_START * StrictMath.exp(spxLog), 2) / 100.0;
                vix = Math.max(9.0, 110 * Math.sqrt(252 * h) + 0.8 * rng.gaussian());
                long vixScaled = AsciiOut.scaled(vix, 2);
                vix = vixScaled / 100.0;
                double rho = Math.min(0.95, Math.max(0.05, 0.2 + 0.012 * vix + 0.02 * rng.gaussian()));
                market.bytes(date).comma().fixed(AsciiOut.scaled(spx, 2), 2).comma().fixed(vixScaled, 2).comma()
                        .integer(t > 0 ? advances : n / 2).comma().integer(t > 0 ? declines : n / 2).comma()
                        .fixed(AsciiOut.scaled(rho, 6), 6).newline();
            }
        }
        SnapshotFileWriter files = new SnapshotFileWriter(dir);
        files.futures(futureExpiries(), futurePrices(vix), futureOptionVols());
        files.condor(condorLegs(spx, vix));
        files.events(events());
        files.snapshotJson(request.asof(), name(), notes());
        return new Summary(calendar.get(0), request.asof(), rows, Files.size(dir.resolve("prices.csv")));
    }

    private void writeConstituents(Path file, String[] tickers, double[] beta, double[] idioVol, double[] logStart)
            throws IOException {
        try (CsvOut csv = CsvOut.open(file, "ticker", "name", "sector", "float_market_cap", "implied_vol", "pe",
                "pcf", "quick_ratio", "wacc")) {
            for (int i = 0; i < tickers.length; i++) {
                double cap = Math.min(3e12, 3e8 * StrictMath.pow(1 - rng.uniform(), -1 / 0.9));
                String sector = SECTORS[pick(SECTOR_SHARE, rng.uniform())];
                beta[i] = 0.4 + 1.4 * rng.uniform();
                idioVol[i] = 0.01 + 0.02 * rng.uniform();
                logStart[i] = StrictMath.log(10 + 290 * rng.uniform());
                double annualVol = Math.sqrt(252 * (beta[i] * beta[i] * 1e-4 + idioVol[i] * idioVol[i]));
                double pe = 18 * StrictMath.exp(0.4 * rng.gaussian());
                double pcf = 13 * StrictMath.exp(0.35 * rng.gaussian());
                double quick = 1.3 * StrictMath.exp(0.35 * rng.gaussian());
                double wacc = 0.06 + 0.035 * rng.uniform();
                csv.row(tickers[i], "Synthetic " + tickers[i], sector, Num.fmt(cap, 0), Num.fmt(annualVol, 4),
                        Num.fmt(pe, 2), Num.fmt(pcf, 2), Num.fmt(quick, 3), Num.fmt(wacc, 4));
            }
        }
    }

    private List<LocalDate> futureExpiries() {
        List<LocalDate> out = new ArrayList<>(FUTURE_DAYS.length);
        for (int d : FUTURE_DAYS) {
            out.add(request.asof().plusDays(d));
        }
        return out;
    }

    /** A curve in contango towards 20: the gap to 20 decays over about 90 days. */
    private static double[] futurePrices(double vix) {
        double[] out = new double[FUTURE_DAYS.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = 20 + (vix - 20) * StrictMath.exp(-FUTURE_DAYS[i] / 90.0);
        }
        return out;
    }

    /** VIX option vols: from 0.95 falling linearly to 0.60 at 200 days, flat after. */
    private static double[] futureOptionVols() {
        double[] out = new double[FUTURE_DAYS.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = 0.95 - 0.35 * Math.min(1.0, FUTURE_DAYS[i] / 200.0);
        }
        return out;
    }

    private List<CondorDesign.Leg> condorLegs(double spot, double vix) {
        CondorDesign design = new CondorDesign(request.asof(), spot, RATE, DIVIDEND_YIELD);
        double wing = Math.max(CondorDesign.STRIKE_STEP,
                Math.floor(spot * 0.0125 / CondorDesign.STRIKE_STEP + 0.5) * CondorDesign.STRIKE_STEP);
        return design.legs(request.asof().plusDays(45), vix, 40, 0.16, wing);
    }

    private List<EventCalendar.Event> events() {
        LocalDate asof = request.asof();
        return List.of(
                new EventCalendar.Event(asof.plusDays(9), "CPI", "synthetic CPI release"),
                new EventCalendar.Event(asof.plusDays(10), "PPI", "synthetic PPI release"),
                new EventCalendar.Event(asof.plusDays(22), "FOMC", "synthetic FOMC decision"),
                new EventCalendar.Event(asof.plusDays(30), "OTHER", "synthetic other event"));
    }

    private String name() {
        return request.name() != null ? request.name()
                : String.format(Locale.ROOT, "synthetic-n%d-d%d-s%d", request.constituents(), request.days(),
                        request.seed());
    }

    private String notes() {
        return "SYNTHETIC data for benchmarks, not market data: generated by 'alvh generate"
                + " --constituents " + request.constituents() + " --days " + request.days() + " --seed "
                + request.seed() + " --asof " + request.asof() + "' (one-factor model, GARCH market, Pareto caps).";
    }

    /** {@code days} weekdays ending at {@code asof}, oldest first. */
    static List<LocalDate> weekdaysEndingAt(LocalDate asof, int days) {
        List<LocalDate> out = new ArrayList<>(days);
        LocalDate d = asof;
        while (out.size() < days) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                out.add(d);
            }
            d = d.minusDays(1);
        }
        java.util.Collections.reverse(out);
        return out;
    }

    /** Ticker {@code i}: bijective base 26 (A .. Z, AA .. ZZ, AAA ..), so 5,000 names fit in three letters. */
    static String ticker(int i) {
        StringBuilder sb = new StringBuilder();
        int v = i + 1;
        while (v > 0) {
            v--;
            sb.append((char) ('A' + v % 26));
            v /= 26;
        }
        return sb.reverse().toString();
    }

    private static int pick(double[] shares, double u) {
        double total = 0;
        for (double s : shares) {
            total += s;
        }
        double acc = 0;
        for (int k = 0; k < shares.length; k++) {
            acc += shares[k] / total;
            if (u < acc) {
                return k;
            }
        }
        return shares.length - 1;
    }

    /** SplitMix64 (Steele, Lea, Flood 2014): a fixed, documented generator, so the bytes never depend on the JDK. */
    static final class SplitMix {
        private long state;
        private double spare = Double.NaN;

        SplitMix(long seed) {
            this.state = seed;
        }

        long nextLong() {
            long z = (state += 0x9E3779B97F4A7C15L);
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }

        /** Uniform in [0, 1). */
        double uniform() {
            return (nextLong() >>> 11) * 0x1.0p-53;
        }

        /** Standard normal (Box-Muller, both values used). */
        double gaussian() {
            if (!Double.isNaN(spare)) {
                double g = spare;
                spare = Double.NaN;
                return g;
            }
            double u1 = 1 - uniform();
            double u2 = uniform();
            double r = Math.sqrt(-2 * StrictMath.log(u1));
            double a = 2 * Math.PI * u2;
            spare = r * StrictMath.sin(a);
            return r * StrictMath.cos(a);
        }
    }
}
