package org.alvh.calc;

import static org.alvh.calc.AuditTrail.from;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.alvh.format.Numbers;
import org.alvh.model.AlvhConfig;
import org.alvh.model.Constituent;
import org.alvh.model.MacroEvent;
import org.alvh.model.MarketHistory;
import org.alvh.model.PriceMatrix;
import org.alvh.model.Problem;
import org.alvh.model.SnapshotInput;
import org.alvh.model.Snapshot;

/** METHOD.md §2.6: momentum, events, liquidity, breadth, currency, sector valuations and rotation. */
final class Confirmations {
    static final String GROUP = "2.6 Confirmations";

    private final Snapshot snapshot;
    private final AlvhConfig config;
    private final List<Problem> warnings;
    private final AuditTrail trail;
    private final Sectors sectors;

    Confirmations(Snapshot snapshot, AlvhConfig config, List<Problem> warnings, AuditTrail trail) {
        this.snapshot = snapshot;
        this.config = config;
        this.warnings = warnings;
        this.trail = trail;
        this.sectors = new Sectors(config.sectors());
    }

    /** Everything but rotation and leverage (which need shift*). */
    Factors.Momentum momentum() {
        MarketHistory m = snapshot.market();
        AlvhConfig.Indicators ind = config.indicators();
        int t = m.asOfIndex();
        int n = m.size();
        Double spxRsi = at(Indicators.rsi(m.spxClose(), n, ind.rsiPeriod()), t, "SPX RSI");
        Double vixRsi = at(Indicators.rsi(m.vixClose(), n, ind.rsiPeriod()), t, "VIX RSI");
        AlvhConfig.Macd macd = ind.macd();
        Double spxHist = at(Indicators.macd(m.spxClose(), n, macd).hist(), t, "SPX MACD histogram");
        Double vixHist = at(Indicators.macd(m.vixClose(), n, macd).hist(), t, "VIX MACD histogram");
        AlvhConfig.Momentum mom = config.momentum();
        Boolean f1 = spxHist == null ? null : spxHist < 0;
        Boolean f2 = spxRsi == null ? null : spxRsi < mom.spxRsiBelow();
        Boolean f3 = vixHist == null ? null : vixHist > 0;
        Boolean f4 = vixRsi == null ? null : vixRsi > mom.vixRsiAbove();
        int k = count(f1) + count(f2) + count(f3) + count(f4);
        double factor = 1 + mom.mu() * k / 4.0;
        trail.record(GROUP, "factors.spxRsi", spxRsi, "Wilder RSI(" + ind.rsiPeriod() + ") of spx_close at T",
                "period", from("indicators.rsiPeriod", ind.rsiPeriod()));
        trail.record(GROUP, "factors.vixRsi", vixRsi, "Wilder RSI(" + ind.rsiPeriod() + ") of vix_close at T",
                "period", from("indicators.rsiPeriod", ind.rsiPeriod()));
        String macdName = "MACD(" + macd.fast() + ", " + macd.slow() + ", " + macd.signal() + ")";
        trail.record(GROUP, "factors.spxMacdHist", spxHist, macdName + " histogram of spx_close at T", macdInputs(macd));
        trail.record(GROUP, "factors.vixMacdHist", vixHist, macdName + " histogram of vix_close at T", macdInputs(macd));
        trail.number(GROUP, "factors.momentum", factor, "m_mom = 1 + μ k / 4",
                "μ", from("momentum.mu", mom.mu()), "k", k, "SPX hist < 0", from("factors.spxMacdHist", f1),
                "SPX RSI < " + fmt(mom.spxRsiBelow()), from("factors.spxRsi", f2),
                "VIX hist > 0", from("factors.vixMacdHist", f3),
                "VIX RSI > " + fmt(mom.vixRsiAbove()), from("factors.vixRsi", f4),
                "spxRsiBelow", from("momentum.spxRsiBelow", mom.spxRsiBelow()),
                "vixRsiAbove", from("momentum.vixRsiAbove", mom.vixRsiAbove()));
        return new Factors.Momentum(factor, k, spxRsi, vixRsi, spxHist, vixHist, f1, f2, f3, f4);
    }

    /** The MACD periods of §2.6 as keyed inputs. */
    private static Object[] macdInputs(AlvhConfig.Macd macd) {
        return new Object[] {"fast", from("indicators.macdFast", macd.fast()),
                "slow", from("indicators.macdSlow", macd.slow()), "signal", from("indicators.macdSignal", macd.signal())};
    }

    Factors.EventsFactor events(LocalDate condorExpiry) {
        AlvhConfig.Events cfg = config.events();
        if (snapshot.events() == null) {
            warnings.add(unavailable("events (no events.csv): m_evt = 1"));
            trail.number(GROUP, "factors.events", 1.0, "m_evt = 1 (rule unavailable: no events.csv)");
            return new Factors.EventsFactor(1.0, null, null);
        }
        Set<String> types = new LinkedHashSet<>();
        cfg.types().forEach(s -> types.add(s.trim().toUpperCase(Locale.ROOT)));
        LocalDate asOf = snapshot.asOf();
        List<Factors.CountedEvent> counted = new ArrayList<>();
        for (MacroEvent e : snapshot.events()) {
            if (types.contains(e.type().trim().toUpperCase(Locale.ROOT)) && e.date().isAfter(asOf)
                    && !e.date().isAfter(condorExpiry)) {
                counted.add(new Factors.CountedEvent(e.date(), e.type()));
            }
        }
        counted.sort(java.util.Comparator.comparing(Factors.CountedEvent::date));
        int c = counted.size();
        double factor = 1 + cfg.epsilon() * Math.min(c, cfg.cap());
        trail.number(GROUP, "factors.events", factor, "m_evt = 1 + ε min(c, cap), c = events with T < date ≤ expiry",
                "ε", from("events.epsilon", cfg.epsilon()), "c", c, "cap", from("events.cap", cfg.cap()),
                "types", from("events.types", String.join(", ", cfg.types())),
                "condor expiry", condorExpiry.toString());
        return new Factors.EventsFactor(factor, c, counted);
    }

    Factors.LiquidityFactor liquidity() {
        AlvhConfig.Liquidity cfg = config.liquidity();
        Double qr = capWeightedMean(Constituent::quickRatio);
        Double wacc = capWeightedMean(Constituent::wacc);
        if (qr == null && wacc == null) {
            warnings.add(unavailable("liquidity (no quick_ratio or wacc): m_liq = 1"));
            trail.number(GROUP, "factors.liquidity", 1.0, "m_liq = 1 (rule unavailable: no quick_ratio or wacc)");
            return new Factors.LiquidityFactor(1.0, null, null, null);
        }
        boolean deteriorating = (qr != null && qr < cfg.quickRatioFloor()) || (wacc != null && wacc > cfg.waccCeiling());
        double factor = deteriorating ? cfg.amplifier() : 1.0;
        trail.record(GROUP, "factors.quickRatio", qr, "QR = Σ cap·quick_ratio / Σ cap (constituents with a value)");
        trail.record(GROUP, "factors.wacc", wacc, "WACC = Σ cap·wacc / Σ cap (constituents with a value)");
        trail.number(GROUP, "factors.liquidity", factor,
                "m_liq = amplifier when QR < quickRatioFloor or WACC > waccCeiling, else 1",
                "QR", from("factors.quickRatio", qr), "WACC", from("factors.wacc", wacc),
                "quickRatioFloor", from("liquidity.quickRatioFloor", cfg.quickRatioFloor()),
                "waccCeiling", from("liquidity.waccCeiling", cfg.waccCeiling()),
                "amplifier", from("liquidity.amplifier", cfg.amplifier()));
        return new Factors.LiquidityFactor(factor, qr, wacc, deteriorating);
    }

    private Double capWeightedMean(java.util.function.Function<Constituent, Double> field) {
        double capSum = 0;
        double sum = 0;
        for (Constituent c : snapshot.constituents()) {
            Double v = field.apply(c);
            if (v != null) {
                capSum += c.floatMarketCap();
                sum += c.floatMarketCap() * v;
            }
        }
        return capSum > 0 ? sum / capSum : null;
    }

    Factors.Breadth breadth() {
        MarketHistory m = snapshot.market();
        int lookback = config.breadth().lookback();
        double[] ad;
        String source;
        if (m.advances() != null && m.declines() != null) {
            ad = cumulative(m.advances(), m.declines(), m.size());
            source = "market.csv";
        } else if (snapshot.prices() != null) {
            ad = countedFromPrices(snapshot.prices(), m.size());
            source = "prices.csv";
        } else {
            warnings.add(unavailable("A/D breakdown (no advances/declines in market.csv and no prices.csv)"));
            trail.record(GROUP, "factors.adBreakdown", null, "AD(T) < min AD over the previous lookback dates");
            return new Factors.Breadth(null, null, null, null, lookback);
        }
        int t = m.asOfIndex();
        if (t < lookback) {
            warnings.add(unavailable("A/D breakdown (fewer than " + (lookback + 1) + " market rows)"));
            trail.record(GROUP, "factors.adBreakdown", null, "AD(T) < min AD over the previous lookback dates");
            return new Factors.Breadth(null, source, ad[t], null, lookback);
        }
        double min = Double.POSITIVE_INFINITY;
        for (int s = t - lookback; s < t; s++) {
            min = Math.min(min, ad[s]);
        }
        boolean breakdown = ad[t] < min;
        trail.record(GROUP, "factors.adBreakdown", breakdown,
                "AD(T) < min AD(T−lookback .. T−1), AD = cumulative Σ (advances − declines)",
                "AD(T)", ad[t], "previous min", min, "breadth.lookback", from("breadth.lookback", lookback),
                "source", source);
        return new Factors.Breadth(breakdown, source, ad[t], min, lookback);
    }

    private static double[] cumulative(double[] adv, double[] dec, int days) {
        double[] ad = new double[days];
        double sum = 0;
        for (int t = 0; t < days; t++) {
            sum += adv[t] - dec[t];
            ad[t] = sum;
        }
        return ad;
    }

    private static double[] countedFromPrices(PriceMatrix prices, int days) {
        double[] net = new double[days];
        for (int i = 0; i < prices.constituents(); i++) {
            double[] row = prices.row(i);
            for (int t = 1; t < days; t++) {
                if (row[t] > row[t - 1]) {
                    net[t]++;
                } else if (row[t] < row[t - 1]) {
                    net[t]--;
                }
            }
        }
        double[] ad = new double[days];
        double sum = 0;
        for (int t = 0; t < days; t++) {
            sum += net[t];
            ad[t] = sum;
        }
        return ad;
    }

    Factors.ReerSpike reer() {
        MarketHistory m = snapshot.market();
        AlvhConfig.Reer cfg = config.reer();
        int t = m.asOfIndex();
        double[] reer = m.reer();
        if (reer == null || t < cfg.lookback() || Double.isNaN(reer[t]) || Double.isNaN(reer[t - cfg.lookback()])
                || reer[t - cfg.lookback()] <= 0) {
            warnings.add(unavailable("REER spike (no reer at T or T - lookback rows, base <= 0, or too few rows)"));
            trail.record(GROUP, "factors.reerSpike", null, "reer(T) / reer(T − lookback) − 1 ≥ spikeThreshold");
            return new Factors.ReerSpike(null, null);
        }
        double change = reer[t] / reer[t - cfg.lookback()] - 1;
        boolean spike = change >= cfg.spikeThreshold();
        trail.record(GROUP, "factors.reerSpike", spike, "reer(T) / reer(T − lookback) − 1 ≥ spikeThreshold",
                "reer(T)", reer[t], "reer(T − lookback)", reer[t - cfg.lookback()], "change", change,
                "reer.lookback", from("reer.lookback", cfg.lookback()),
                "reer.spikeThreshold", from("reer.spikeThreshold", cfg.spikeThreshold()));
        return new Factors.ReerSpike(spike, change);
    }

    Factors.SectorValuation valuation() {
        double[] cyc = new double[2];
        double[] def = new double[2];
        double[] all = new double[2];
        double[] pcf = new double[2];
        Set<String> unknown = new LinkedHashSet<>();
        for (Constituent c : snapshot.constituents()) {
            Sectors.Group g = sectors.group(c.sector());
            if (g == Sectors.Group.NEITHER) {
                unknown.add(c.sector());
            }
            double cap = c.floatMarketCap();
            if (c.pe() != null && c.pe() > 0) {
                addHarmonic(all, cap, c.pe());
                if (g == Sectors.Group.CYCLICAL) {
                    addHarmonic(cyc, cap, c.pe());
                } else if (g == Sectors.Group.DEFENSIVE) {
                    addHarmonic(def, cap, c.pe());
                }
            }
            if (c.pcf() != null && c.pcf() > 0) {
                addHarmonic(pcf, cap, c.pcf());
            }
        }
        for (String s : unknown) {
            warnings.add(Problem.warning(SnapshotInput.CONSTITUENTS, 0, 0, "sector '" + s
                    + "' is neither cyclical nor defensive (sectors.cyclical/defensive): counted in PE_all only"));
        }
        Double peCyc = harmonic(cyc);
        Double peDef = harmonic(def);
        Double peAll = harmonic(all);
        Double pcfAll = harmonic(pcf);
        String formula = "cap-weighted harmonic mean Σ cap / Σ (cap / x) over constituents with x > 0";
        trail.record(GROUP, "factors.peCyclical", peCyc, formula + " (cyclical sectors, x = pe)");
        trail.record(GROUP, "factors.peDefensive", peDef, formula + " (defensive sectors, x = pe)");
        trail.record(GROUP, "factors.peAll", peAll, formula + " (all constituents, x = pe)");
        trail.record(GROUP, "factors.pcf", pcfAll, formula + " (all constituents, x = pcf)");
        return new Factors.SectorValuation(peCyc, peDef, peAll, pcfAll);
    }

    private static void addHarmonic(double[] acc, double cap, double value) {
        acc[0] += cap;
        acc[1] += cap / value;
    }

    private static Double harmonic(double[] acc) {
        return acc[1] > 0 ? acc[0] / acc[1] : null;
    }

    Factors.Rotation rotation(double effectiveShift) {
        AlvhConfig.Layer2 cfg = config.layer2();
        int t = snapshot.market().asOfIndex();
        Double change = null;
        if (t >= cfg.rotationLookback()) {
            Universe universe = new Universe(snapshot);
            change = rotationWeight(universe, t) - rotationWeight(universe, t - cfg.rotationLookback());
        }
        Boolean rotation;
        if (!(effectiveShift < 0)) {
            rotation = false;
        } else {
            rotation = change == null ? null : change >= cfg.rotationThreshold();
        }
        if (rotation == null) {
            warnings.add(unavailable("defensive rotation (fewer than " + (cfg.rotationLookback() + 1)
                    + " market rows): R = 1"));
        }
        double scale = Boolean.TRUE.equals(rotation) ? cfg.scaleBack() : 1.0;
        trail.record(GROUP, "factors.defensiveRotation", rotation,
                "shift* < 0 and weight of rotationSectors rose ≥ rotationThreshold over rotationLookback rows",
                "shift*", from("weightedBeta.effectiveShift", effectiveShift), "weight change", change,
                "layer2.rotationThreshold", from("layer2.rotationThreshold", cfg.rotationThreshold()),
                "layer2.rotationSectors", from("layer2.rotationSectors", String.join(", ", cfg.rotationSectors())),
                "layer2.rotationLookback", from("layer2.rotationLookback", cfg.rotationLookback()));
        return new Factors.Rotation(rotation, change, scale);
    }

    /** Weight of the rotation sectors in the §2.3 universe (eligible constituents with a cap) at index t. */
    private double rotationWeight(Universe universe, int t) {
        Set<String> rotation = new LinkedHashSet<>();
        config.layer2().rotationSectors().forEach(s -> rotation.add(sectors.canonical(s)));
        double total = 0;
        double inRotation = 0;
        List<Constituent> cs = snapshot.constituents();
        for (int i = 0; i < cs.size(); i++) {
            double cap = universe.cap(i, t);
            if (!universe.eligible(i) || Double.isNaN(cap)) {
                continue;
            }
            total += cap;
            if (rotation.contains(sectors.canonical(cs.get(i).sector()))) {
                inRotation += cap;
            }
        }
        return total > 0 ? inRotation / total : 0;
    }

    Factors.Leverage leverage(Factors.SectorValuation v) {
        AlvhConfig.Layer2 cfg = config.layer2();
        double pcfTerm = v.pcf() == null ? 0 : cfg.a_pcf() * (v.pcf() / cfg.pcfReference() - 1);
        double peTerm = v.peCyclical() == null || v.peDefensive() == null || v.peAll() == null ? 0
                : cfg.a_pe() * (v.peCyclical() - v.peDefensive()) / v.peAll();
        double value = VolScaling.clamp(1 + pcfTerm + peTerm, cfg.leverageMin(), cfg.leverageMax());
        trail.number(GROUP, "factors.leverage", value,
                "L = clamp(1 + a_pcf (PCF/pcfReference − 1) + a_pe (PE_cyc − PE_def)/PE_all, leverageMin, leverageMax)",
                "PCF term", pcfTerm, "PE term", peTerm, "a_pcf", from("layer2.a_pcf", cfg.a_pcf()),
                "a_pe", from("layer2.a_pe", cfg.a_pe()), "pcfReference", from("layer2.pcfReference", cfg.pcfReference()),
                "leverageMin", from("layer2.leverageMin", cfg.leverageMin()),
                "leverageMax", from("layer2.leverageMax", cfg.leverageMax()),
                "PCF", from("factors.pcf", v.pcf()), "PE_cyc", from("factors.peCyclical", v.peCyclical()),
                "PE_def", from("factors.peDefensive", v.peDefensive()), "PE_all", from("factors.peAll", v.peAll()));
        return new Factors.Leverage(value, pcfTerm, peTerm);
    }

    private Double at(double[] values, int t, String what) {
        double v = values[t];
        if (Double.isNaN(v)) {
            warnings.add(Problem.warning(SnapshotInput.MARKET, 0, 0, what + " needs more history than "
                    + values.length + " rows: its momentum flag counts as not true"));
            return null;
        }
        return v;
    }

    private static int count(Boolean flag) {
        return Boolean.TRUE.equals(flag) ? 1 : 0;
    }

    /** The warning of a rule switched off for lack of data ({@link Problem.Code#RULE_UNAVAILABLE}). */
    static Problem unavailable(String what) {
        return Problem.warning(Problem.Code.RULE_UNAVAILABLE, "", 0, 0, "rule unavailable: " + what);
    }

    static String fmt(double v) {
        return Numbers.shortest(v);
    }
}
