package org.alvh.calc;

import static org.alvh.calc.AuditTrail.from;

import static org.alvh.calc.UnusableSnapshotException.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.alvh.model.AlvhConfig;
import org.alvh.model.Constituent;
import org.alvh.model.MarketHistory;
import org.alvh.model.Problem;
import org.alvh.model.SnapshotInput;
import org.alvh.model.Snapshot;

/**
 * METHOD.md §2.1–§2.5: constituent betas over a rolling window, cap weights of the top-N basket, the
 * realized-vs-implied correlation adjustment and the MACD smoothing of the adjusted weighted beta.
 *
 * <p>Cost is linear in constituents × (series dates + window): one pass per constituent with rolling window
 * sums ({@link WindowStats}), accumulating per-date totals, so no constituent × date matrix is kept.
 */
final class WeightedBetaCalculator {
    static final String GROUP = "2 Weighted beta";

    private final Snapshot snapshot;
    private final AlvhConfig config;
    private final List<Problem> warnings;
    private final AuditTrail trail;

    WeightedBetaCalculator(Snapshot snapshot, AlvhConfig config, List<Problem> warnings, AuditTrail trail) {
        this.snapshot = snapshot;
        this.config = config;
        this.warnings = warnings;
        this.trail = trail;
    }

    BetaSeries compute() {
        MarketHistory market = snapshot.market();
        List<Constituent> constituents = snapshot.constituents();
        int n = constituents.size();
        int tIdx = market.asOfIndex();
        int window = config.beta().windowDays();
        Universe universe = new Universe(snapshot);
        boolean[] eligible = new boolean[n];
        for (int i = 0; i < n; i++) {
            Constituent c = constituents.get(i);
            eligible[i] = universe.eligible(i);
            if (!eligible[i]) {
                warnings.add(Problem.warning(Problem.Code.NO_PRICES_OR_BETA, SnapshotInput.CONSTITUENTS, c.line(), 0,
                        c.ticker() + " has neither prices nor beta (excluded)"));
            }
        }
        List<Integer> basket = chooseBasket(constituents, eligible);
        boolean[] inBasket = new boolean[n];
        basket.forEach(i -> inBasket[i] = true);

        if (window > tIdx) {
            throw historyTooShort(0, "no date has a full window of " + window + " returns (beta.windowDays)");
        }
        int length = config.series().length();
        int start = length == 0 ? window : Math.max(window, tIdx - length + 1);
        int len = tIdx - start + 1;
        double[] indexReturns = Returns.series(config.returns(), market.spxClose(), market.size());
        Accumulators acc = new Accumulators(len);
        ConstituentAtT[] atT = new ConstituentAtT[n];
        double[] scratch = new double[tIdx + 1];
        for (int i = 0; i < n; i++) {
            atT[i] = sweep(i, constituents.get(i), universe, indexReturns, start, len, inBasket[i], acc, scratch);
        }
        ImpliedCorrelation implied = impliedCorrelation(market, constituents, eligible, tIdx);
        return assemble(market, constituents, basket, inBasket, eligible, atT, acc, indexReturns, implied.perDate(),
                implied.sourceAtT(), start, len);
    }

    /** ρ_impl per calendar date and the source used at T ("market", "implied-vols" or "none"). */
    private record ImpliedCorrelation(double[] perDate, String sourceAtT) {
    }

    private List<Integer> chooseBasket(List<Constituent> constituents, boolean[] eligible) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < constituents.size(); i++) {
            if (eligible[i]) {
                idx.add(i);
            }
        }
        idx.sort(Comparator.<Integer>comparingDouble(i -> -constituents.get(i).floatMarketCap())
                .thenComparing(i -> constituents.get(i).ticker()));
        int topN = config.weights().topN();
        return topN == 0 || topN >= idx.size() ? idx : idx.subList(0, topN);
    }

    /** Per-date totals accumulated over constituents. */
    private static final class Accumulators {
        final double[] betaCap;
        final double[] basketCap;
        final double[] corrCap;
        final double[] corrCapSigma;
        final double[] corrCap2Var;

        Accumulators(int len) {
            betaCap = new double[len];
            basketCap = new double[len];
            corrCap = new double[len];
            corrCapSigma = new double[len];
            corrCap2Var = new double[len];
        }
    }

    private record ConstituentAtT(double beta, String source, double cap) {
    }

    private ConstituentAtT sweep(int i, Constituent c, Universe universe, double[] x, int start, int len,
                                 boolean inBasket, Accumulators acc, double[] scratch) {
        int window = config.beta().windowDays();
        int minObs = config.beta().minObservations();
        // only the returns the sweep reads, t in [start - window + 1, start + len - 1], are computed
        double[] y = universe.hasPrices(i)
                ? Returns.series(config.returns(), universe.row(i), start - window + 1, start + len - 1, scratch)
                : null;
        WindowStats ws = new WindowStats();
        if (y != null) {
            fill(ws, x, y, start, window);
        }
        ConstituentAtT last = null;
        Universe.CapCursor caps = universe.cursor(i, start);
        for (int k = 0; k < len; k++) {
            int t = start + k;
            if (y != null && k > 0) {
                if (k % window == 0) {
                    fill(ws, x, y, t, window);
                } else {
                    ws.add(x[t], y[t]);
                    ws.remove(x[t - window], y[t - window]);
                }
            }
            double cap = caps.capAt(t);
            boolean atT = k == len - 1;
            if (inBasket || atT) {
                ConstituentAtT figures = betaAt(c, ws, minObs, cap);
                if (inBasket && !Double.isNaN(figures.beta()) && !Double.isNaN(cap)) {
                    acc.betaCap[k] += cap * figures.beta();
                    acc.basketCap[k] += cap;
                }
                if (atT) {
                    last = figures;
                }
            }
            if (ws.count() >= minObs && !Double.isNaN(cap)) {
                double variance = ws.varianceY();
                acc.corrCap[k] += cap;
                acc.corrCapSigma[k] += cap * Math.sqrt(variance);
                acc.corrCap2Var[k] += cap * cap * variance;
            }
        }
        return last;
    }

    /** β_i(t) (§2.2: the regression, else the {@code beta} column, else missing) and its source, at cap. */
    private ConstituentAtT betaAt(Constituent c, WindowStats ws, int minObs, double cap) {
        double beta = Double.NaN;
        String source = null;
        if (ws.count() >= minObs) {
            double slope = ws.slope();
            if (!Double.isNaN(slope)) {
                beta = config.beta().blume() ? 0.67 * slope + 0.33 : slope;
                source = "regression";
            }
        }
        if (Double.isNaN(beta) && c.beta() != null) {
            beta = c.beta();
            source = "column";
        }
        return new ConstituentAtT(beta, source, cap);
    }

    private static void fill(WindowStats ws, double[] x, double[] y, int end, int window) {
        ws.clear();
        for (int t = end - window + 1; t <= end; t++) {
            ws.add(x[t], y[t]);
        }
    }

    /** Implied correlation per calendar date (METHOD.md §2.4): market column carried forward, else vols. */
    private ImpliedCorrelation impliedCorrelation(MarketHistory market, List<Constituent> constituents,
                                                  boolean[] eligible, int tIdx) {
        double impliedFromVols = impliedFromVols(market, constituents, eligible, tIdx);
        double[] column = market.impliedCorrelation();
        double[] out = new double[market.size()];
        double carried = Double.NaN;
        boolean marketAtT = false;
        for (int t = 0; t < out.length; t++) {
            if (column != null && !Double.isNaN(column[t])) {
                carried = column[t];
            }
            out[t] = Double.isNaN(carried) ? impliedFromVols : carried;
            if (t == tIdx) {
                marketAtT = !Double.isNaN(carried);
            }
        }
        String source;
        if (marketAtT) {
            source = "market";
        } else if (!Double.isNaN(impliedFromVols)) {
            source = "implied-vols";
        } else {
            source = "none";
        }
        return new ImpliedCorrelation(out, source);
    }

    private double impliedFromVols(MarketHistory market, List<Constituent> constituents, boolean[] eligible,
                                   int tIdx) {
        double capSum = 0;
        double capSigma = 0;
        double cap2Var = 0;
        for (int i = 0; i < constituents.size(); i++) {
            Constituent c = constituents.get(i);
            if (eligible[i] && c.impliedVol() != null) {
                double cap = c.floatMarketCap();
                capSum += cap;
                capSigma += cap * c.impliedVol();
                cap2Var += cap * cap * c.impliedVol() * c.impliedVol();
            }
        }
        if (capSum == 0) {
            return Double.NaN;
        }
        double sigmaIndex = market.vixClose()[tIdx] / 100.0;
        return AverageCorrelation.of(sigmaIndex * sigmaIndex, capSigma / capSum, cap2Var / (capSum * capSum));
    }

    private BetaSeries assemble(MarketHistory market, List<Constituent> constituents, List<Integer> basket,
                                boolean[] inBasket, boolean[] eligible, ConstituentAtT[] atT, Accumulators acc,
                                double[] indexReturns, double[] implied, String impliedSourceAtT,
                                int start, int len) {
        int window = config.beta().windowDays();
        AlvhConfig.Correlation corr = config.correlation();
        List<Integer> kept = new ArrayList<>();
        for (int k = 0; k < len; k++) {
            if (acc.basketCap[k] > 0) {
                kept.add(k);
            }
        }
        if (kept.isEmpty() || kept.get(kept.size() - 1) != len - 1) {
            throw new UnusableSnapshotException(problem(SnapshotInput.CONSTITUENTS, 0, 0,
                    "no member of the basket has a beta on the as-of date " + market.asOf()
                            + ": give prices.csv history or a beta column"));
        }
        AlvhConfig.Macd smoothing = config.smoothing();
        int needed = smoothing.slow() + smoothing.signal() - 1;
        if (kept.size() < needed) {
            throw historyTooShort(kept.size(), "need at least " + needed
                    + " (smoothing.slow + smoothing.signal - 1)");
        }
        int m = kept.size();
        double[] raw = new double[m];
        double[] adj = new double[m];
        double[] adjusted = new double[m];
        double[] realized = new double[m];
        double[] impliedK = new double[m];
        for (int j = 0; j < m; j++) {
            int k = kept.get(j);
            int t = start + k;
            raw[j] = acc.betaCap[k] / acc.basketCap[k];
            realized[j] = realizedCorrelation(acc, k, indexVariance(indexReturns, t, window));
            impliedK[j] = implied[t];
            adj[j] = Double.isNaN(realized[j]) || Double.isNaN(impliedK[j]) ? 1.0
                    : VolScaling.clamp(1 + corr.kappa() * (realized[j] - impliedK[j]), corr.adjMin(), corr.adjMax());
            adjusted[j] = raw[j] * adj[j];
        }
        Indicators.Macd macd = Indicators.macd(adjusted, smoothing);
        List<SeriesPoint> series = new ArrayList<>(m);
        for (int j = 0; j < m; j++) {
            series.add(new SeriesPoint(market.date(start + kept.get(j)), raw[j], adj[j], adjusted[j],
                    boxed(macd.fast()[j]), boxed(macd.slow()[j]), boxed(macd.macd()[j]), boxed(macd.signal()[j]),
                    boxed(macd.hist()[j]), boxed(realized[j]), boxed(impliedK[j])));
        }
        int last = m - 1;
        double shiftSd = noiseFloor(sampleSd(macd.macd()), adjusted);
        int shiftCount = countFinite(macd.macd());
        List<BasketMember> members = new ArrayList<>();
        List<String> withoutBeta = new ArrayList<>();
        double basketCapT = acc.basketCap[len - 1];
        for (int i : basket) {
            ConstituentAtT c = atT[i];
            if (Double.isNaN(c.beta()) || Double.isNaN(c.cap())) {
                withoutBeta.add(constituents.get(i).ticker());
            } else {
                members.add(new BasketMember(constituents.get(i).ticker(), c.cap() / basketCapT, c.beta()));
            }
        }
        List<ConstituentBeta> table = new ArrayList<>(constituents.size());
        for (int i = 0; i < constituents.size(); i++) {
            Constituent c = constituents.get(i);
            ConstituentAtT a = atT[i];
            boolean weighted = inBasket[i] && !Double.isNaN(a.beta()) && !Double.isNaN(a.cap());
            Double weight = weighted ? a.cap() / basketCapT : null;
            table.add(new ConstituentBeta(c.ticker(), c.name(), c.sector(), c.floatMarketCap(), boxed(a.beta()),
                    a.source(), eligible[i], inBasket[i], weight, weighted ? weight * a.beta() : null));
        }
        recordAtT(market, raw[last], adj[last], adjusted[last], realized[last], impliedK[last], impliedSourceAtT,
                macd, last, shiftSd, shiftCount, members.size(), basket.size());
        return new BetaSeries(raw[last], adj[last], adjusted[last], macd.fast()[last], macd.slow()[last],
                macd.macd()[last], macd.signal()[last], macd.hist()[last], boxed(realized[last]),
                boxed(impliedK[last]), impliedSourceAtT, boxed(shiftSd), shiftCount, members, basket.size(),
                withoutBeta, series, table);
    }

    private void recordAtT(MarketHistory market, double raw, double adj, double adjusted, double realized,
                           double implied, String source, Indicators.Macd macd, int last, double shiftSd,
                           int shiftCount, int weighted, int basketSize) {
        AlvhConfig.Correlation corr = config.correlation();
        trail.number(GROUP, "weightedBeta.raw", raw, "β_w(T) = Σ_basket w_i(T) β_i(T), w_i = cap_i / Σ cap_j",
                "members weighted", weighted, "basket size (weights.topN)", from("weights.topN", basketSize),
                "beta.windowDays", from("beta.windowDays", config.beta().windowDays()), "beta.minObservations",
                from("beta.minObservations", config.beta().minObservations()),
                "returns", from("returns", config.returns().name().toLowerCase(java.util.Locale.ROOT)),
                "blume", from("beta.blume", config.beta().blume()), "length", seriesLength());
        trail.number("2.4 Correlation", "correlation.realized", realized,
                "ρ_real = (σ_I² − Σu²σ²) / ((Σuσ)² − Σu²σ²) over the window ending at T",
                "window", from("beta.windowDays", config.beta().windowDays()), "length", seriesLength(),
                "basket size", from("weights.topN", basketSize),
                "returns", from("returns", config.returns().name().toLowerCase(java.util.Locale.ROOT)));
        trail.number("2.4 Correlation", "correlation.implied", implied,
                "first available of: implied_correlation (carried forward), implied-vol formula, none",
                "source", source);
        trail.number(GROUP, "weightedBeta.correlationAdjustment", adj,
                "adj = clamp(1 + κ (ρ_real − ρ_impl), adjMin, adjMax); 1 when either is unavailable",
                "κ", from("correlation.kappa", corr.kappa()), "ρ_real", from("correlation.realized", boxed(realized)),
                "ρ_impl", from("correlation.implied", boxed(implied)),
                "adjMin", from("correlation.adjMin", corr.adjMin()), "adjMax", from("correlation.adjMax", corr.adjMax()));
        trail.number(GROUP, "weightedBeta.adjusted", adjusted, "β_adj = β_w × adj",
                "β_w", from("weightedBeta.raw", raw), "adj", from("weightedBeta.correlationAdjustment", adj));
        AlvhConfig.Macd s = config.smoothing();
        String macdName = "MACD(" + s.fast() + ", " + s.slow() + ", " + s.signal() + ") of β_adj";
        trail.number(GROUP, "weightedBeta.smoothed", macd.fast()[last], "β_s = fast EMA of " + macdName,
                "smoothing.fast", from("smoothing.fast", s.fast()),
                "β_adj series", from("weightedBeta.adjusted", adjusted), "length", seriesLength());
        trail.number(GROUP, "weightedBeta.baseline", macd.slow()[last], "β_base = slow EMA of " + macdName,
                "smoothing.slow", from("smoothing.slow", s.slow()),
                "β_adj series", from("weightedBeta.adjusted", adjusted), "length", seriesLength());
        trail.number(GROUP, "weightedBeta.shift", macd.macd()[last], "shift = β_s − β_base",
                "β_s", from("weightedBeta.smoothed", macd.fast()[last]),
                "β_base", from("weightedBeta.baseline", macd.slow()[last]));
        trail.number(GROUP, "weightedBeta.signal", macd.signal()[last], "signal = EMA(signal) of shift",
                "smoothing.signal", from("smoothing.signal", s.signal()),
                "shift series", from("weightedBeta.shift", macd.macd()[last]));
        trail.number(GROUP, "weightedBeta.hist", macd.hist()[last], "hist = shift − signal",
                "shift", from("weightedBeta.shift", macd.macd()[last]),
                "signal", from("weightedBeta.signal", macd.signal()[last]));
        trail.number(GROUP, "weightedBeta.shiftSd", shiftSd, "sd (ddof 1) of the non-null shift values",
                "count", shiftCount, "shift series", from("weightedBeta.shift", macd.macd()[last]));
    }

    /** The configured series length as a keyed input: it sets where the series, and so its EMAs, start. */
    private AuditTrail.Sourced seriesLength() {
        return from("series.length", config.series().length());
    }

    private static double realizedCorrelation(Accumulators acc, int k, double indexVariance) {
        double capSum = acc.corrCap[k];
        if (!(capSum > 0)) {
            return Double.NaN;
        }
        return AverageCorrelation.of(indexVariance, acc.corrCapSigma[k] / capSum,
                acc.corrCap2Var[k] / (capSum * capSum));
    }

    private static double indexVariance(double[] x, int end, int window) {
        double mean = 0;
        for (int t = end - window + 1; t <= end; t++) {
            mean += x[t];
        }
        mean /= window;
        double ss = 0;
        for (int t = end - window + 1; t <= end; t++) {
            ss += (x[t] - mean) * (x[t] - mean);
        }
        return ss / (window - 1);
    }

    static double sampleSd(double[] values) {
        int count = 0;
        double mean = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                count++;
                mean += v;
            }
        }
        if (count < 2) {
            return Double.NaN;
        }
        mean /= count;
        double ss = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                ss += (v - mean) * (v - mean);
            }
        }
        return Math.sqrt(ss / (count - 1));
    }

    /**
     * A shift sd at rounding-noise level (at most {@link WindowStats#RELATIVE_ZERO} × max |β_adj|) is 0: a
     * constant series has no variability, and z must then be unavailable rather than noise / noise.
     */
    private static double noiseFloor(double sd, double[] adjusted) {
        double scale = 0;
        for (double v : adjusted) {
            scale = Math.max(scale, Math.abs(v));
        }
        return sd <= WindowStats.RELATIVE_ZERO * scale ? 0 : sd;
    }

    private static int countFinite(double[] values) {
        int count = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                count++;
            }
        }
        return count;
    }

    private UnusableSnapshotException historyTooShort(int points, String detail) {
        return new UnusableSnapshotException(problem(SnapshotInput.MARKET, 0, 0,
                "history too short: " + points + " weighted-beta series points from "
                        + snapshot.market().size() + " market dates; " + detail));
    }

    static Double boxed(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : v;
    }
}
