package org.alvh.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NavigableMap;

/**
 * Builds a sample snapshot (METHOD.md §1) for one as-of date from the public data of {@code shared/data}.
 *
 * <p>Real: index and VIX closes, member adjusted closes, advances/declines counted from them, names, sectors,
 * P/E and market caps. ILLUSTRATIVE (see the snapshot's {@code SOURCES.md}): pcf, quick_ratio, wacc,
 * implied_correlation, the futures curve, the condor, the chain and the CPI/PPI dates. The output is a pure
 * function of the inputs: same data and request, byte-identical files.
 */
public final class SampleSnapshotBuilder {
    /** METHOD.md defaults for the rate and dividend yield (continuous). */
    static final double RATE = 0.02;
    static final double DIVIDEND_YIELD = 0.015;
    static final double TARGET_DELTA = 0.16;
    static final double WING = 50.0;
    static final int FUTURES = 6;

    /**
     * What to build.
     *
     * @param asof       the as-of date (a date with an S&amp;P 500 and a VIX close)
     * @param name       the snapshot name in {@code snapshot.json}
     * @param days       market dates in {@code market.csv}, ending at the as-of date
     * @param full       also events, chain and the liquidity columns
     * @param lots       condor size in contracts
     * @param condorDays target days to the condor expiry
     */
    public record Request(LocalDate asof, String name, int days, boolean full, int lots, int condorDays) {
        public Request {
            if (days < 2) {
                throw new IllegalArgumentException("--days must be at least 2, got " + days);
            }
            if (lots < 1) {
                throw new IllegalArgumentException("--lots must be at least 1, got " + lots);
            }
            if (condorDays < 1) {
                throw new IllegalArgumentException("--condor-days must be at least 1, got " + condorDays);
            }
        }
    }

    private final SourceData data;

    public SampleSnapshotBuilder(SourceData data) {
        this.data = data;
    }

    /** Writes the snapshot into {@code out} (created if needed; files of the same names are replaced). */
    public Summary build(Request request, Path out) throws IOException {
        LocalDate asof = request.asof();
        List<LocalDate> calendar = calendar(asof);
        if (calendar.isEmpty() || !calendar.get(calendar.size() - 1).equals(asof)) {
            throw new IllegalArgumentException("as-of " + asof + " is not a market date (no S&P 500 and VIX close)");
        }
        if (calendar.size() < request.days()) {
            throw new IllegalArgumentException("only " + calendar.size() + " market dates up to " + asof
                    + "; ask for fewer --days");
        }
        double vixAsof = data.vix().get(asof);
        double vix3m = required(data.vix3m(), asof, "VIX3M");
        double vix6m = required(data.vix6m(), asof, "VIX6M");
        double vvix = required(data.vvix(), asof, "VVIX");
        double spot = data.spx().get(asof);

        SampleConstituents universe = SampleConstituents.at(data, asof);
        List<LocalDate> dates = calendar.subList(calendar.size() - request.days(), calendar.size());
        double[] implied = impliedCorrelation(data, calendar, universe.priced(), asof);

        Files.createDirectories(out);
        SnapshotFileWriter files = new SnapshotFileWriter(out);
        files.constituents(universe, request.full());
        files.market(dates, calendar, data, universe,
                Arrays.copyOfRange(implied, calendar.size() - dates.size(), calendar.size()));
        files.prices(dates, universe);

        List<LocalDate> expiries = VxCalendar.vxExpiriesAfter(asof, FUTURES);
        files.futures(expiries, futurePrices(asof, expiries, vixAsof, vix3m, vix6m), optionVols(asof, expiries, vvix));

        CondorDesign design = new CondorDesign(asof, spot, RATE, DIVIDEND_YIELD);
        LocalDate expiry = VxCalendar.nearestThirdFriday(asof.plusDays(request.condorDays()), asof);
        List<CondorDesign.Leg> legs = design.legs(expiry, vixAsof, request.lots(), TARGET_DELTA, WING);
        files.condor(legs);
        if (request.full()) {
            files.chain(design.chain(legs));
            files.events(EventCalendar.events(YearMonth.of(2015, 1), YearMonth.of(2020, 12)));
        }
        Summary summary = new Summary(request, dates.get(0), universe.members().size(), universe.dropped(),
                spot, vixAsof, vix3m, vix6m, vvix, legs);
        files.snapshotJson(asof, request.name(), SourcesText.NOTES);
        CsvOut.writeText(out.resolve("SOURCES.md"), SourcesText.snapshot(summary));
        return summary;
    }

    /** What was built, for the provenance text and the command's message. */
    public record Summary(Request request, LocalDate firstDate, int constituents, List<String> dropped,
                          double spx, double vix, double vix3m, double vix6m, double vvix,
                          List<CondorDesign.Leg> condor) {
    }

    /** The market dates up to {@code asof}: dates with both an S&amp;P 500 and a VIX close. */
    List<LocalDate> calendar(LocalDate asof) {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d : data.spx().headMap(asof, true).keySet()) {
            if (data.vix().containsKey(d)) {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * Futures prices: linear in days between VIX (30 days), VIX3M (93) and VIX6M (182) on the as-of date,
     * flat outside, rounded to 0.01.
     */
    static double[] futurePrices(LocalDate asof, List<LocalDate> expiries, double vix, double vix3m, double vix6m) {
        double[] xs = {30, 93, 182};
        double[] ys = {vix, vix3m, vix6m};
        double[] out = new double[expiries.size()];
        for (int i = 0; i < out.length; i++) {
            double d = ChronoUnit.DAYS.between(asof, expiries.get(i));
            double y;
            if (d <= xs[0]) {
                y = ys[0];
            } else if (d >= xs[2]) {
                y = ys[2];
            } else {
                int j = d <= xs[1] ? 0 : 1;
                y = ys[j] + (ys[j + 1] - ys[j]) * (d - xs[j]) / (xs[j + 1] - xs[j]);
            }
            out[i] = Num.round(y, 2);
        }
        return out;
    }

    /** VIX option vols: VVIX/100 for the front expiry, VVIX/100·sqrt(30/D) floored at 0.40 after it. */
    static double[] optionVols(LocalDate asof, List<LocalDate> expiries, double vvix) {
        double[] out = new double[expiries.size()];
        for (int i = 0; i < out.length; i++) {
            double d = ChronoUnit.DAYS.between(asof, expiries.get(i));
            double v = i == 0 ? vvix / 100 : Math.max(0.40, vvix / 100 * Math.sqrt(30.0 / d));
            out[i] = Num.round(v, 4);
        }
        return out;
    }

    /**
     * The ILLUSTRATIVE implied correlation ({@link RealizedCorrelation}) on every calendar date, over the members
     * {@code priced} whose {@code floatMarketCap} is as of {@code capDate} (each has a close on that date); the
     * realized series runs on the calendar from the first date with a member price (earlier dates are NaN).
     */
    static double[] impliedCorrelation(SourceData data, List<LocalDate> fullCalendar,
                                       List<SampleConstituents.Member> priced, LocalDate capDate) {
        LocalDate last = fullCalendar.get(fullCalendar.size() - 1);
        LocalDate first = priced.stream().map(m -> m.prices().firstKey())
                .min(LocalDate::compareTo).orElse(last);
        int start = 0;
        while (fullCalendar.get(start).isBefore(first)) {
            start++;
        }
        List<LocalDate> calendar = fullCalendar.subList(start, fullCalendar.size());
        double[] index = new double[calendar.size()];
        for (int t = 0; t < index.length; t++) {
            index[t] = data.spx().get(calendar.get(t));
        }
        List<RealizedCorrelation.Member> members = new ArrayList<>();
        for (SampleConstituents.Member m : priced) {
            double[] closes = new double[calendar.size()];
            for (int t = 0; t < closes.length; t++) {
                Double p = m.prices().get(calendar.get(t));
                closes[t] = p == null ? Double.NaN : p;
            }
            members.add(new RealizedCorrelation.Member(closes, m.floatMarketCap(), m.prices().get(capDate)));
        }
        double[] implied = RealizedCorrelation.implied(RealizedCorrelation.realized(index, members));
        double[] out = new double[fullCalendar.size()];
        Arrays.fill(out, Double.NaN);
        System.arraycopy(implied, 0, out, start, implied.length);
        return out;
    }

    private static double required(NavigableMap<LocalDate, Double> series, LocalDate asof, String what) {
        Double v = series.get(asof);
        if (v == null) {
            throw new IllegalArgumentException("no " + what + " close on " + asof);
        }
        return v;
    }
}
