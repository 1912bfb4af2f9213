package org.alvh.calc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alvh.model.AlvhConfig;
import org.alvh.model.Problem;
import org.alvh.model.SnapshotInput;
import org.alvh.model.Right;

/**
 * Prices one unit of each hedge instrument of METHOD.md §5 and converts it to VEV (§3): VX and VXM futures,
 * VIX calls and call butterflies (Black-76 on the future of the same expiry), SPX variance swaps and SPX put
 * spreads (BSM).
 */
final class HedgeInstruments {
    private final AlvhConfig config;
    private final MarketParameters market;
    private final FuturesCurve curve;
    private final VolScaling scaling;
    private final List<Problem> warnings;

    HedgeInstruments(AlvhConfig config, MarketParameters market, FuturesCurve curve, VolScaling scaling,
                     List<Problem> warnings) {
        this.config = config;
        this.market = market;
        this.curve = curve;
        this.scaling = scaling;
        this.warnings = warnings;
    }

    /** Layer 1: VX or VXM future, or a VIX call butterfly, on the first future with at least minDays left. */
    HedgeUnit layer1() {
        AlvhConfig.Layer1 cfg = config.layer1();
        String name = cfg.instrument().name();
        Optional<FuturesCurve.Point> point = curve.firstWithAtLeast(cfg.minDays());
        if (point.isEmpty()) {
            return HedgeUnit.unavailable(name, "no VIX future with at least " + cfg.minDays()
                    + " days left (layer1.minDays)");
        }
        FuturesCurve.Point p = point.get();
        return switch (cfg.instrument()) {
            case VX_FUTURE -> future(name, p, 1000);
            case VXM_FUTURE -> future(name, p, 100);
            case VIX_CALL_BUTTERFLY -> butterfly(name, p, cfg.butterflyWidth());
        };
    }

    HedgeUnit layer2() {
        AlvhConfig.Layer2 cfg = config.layer2();
        return switch (cfg.instrument()) {
            case VIX_CALL -> vixCall(2, cfg.targetDays(), cfg.windowDays(), cfg.otm());
            case SPX_VARIANCE_SWAP -> varianceSwap(cfg.targetDays(), cfg.varSwapRounding());
        };
    }

    HedgeUnit layer3() {
        AlvhConfig.Layer3 cfg = config.layer3();
        return switch (cfg.instrument()) {
            case VIX_CALL -> vixCall(3, cfg.targetDays(), cfg.windowDays(), cfg.otm());
            case SPX_PUT_SPREAD -> putSpread(cfg);
        };
    }

    private HedgeUnit future(String name, FuturesCurve.Point p, int multiplier) {
        double beta = scaling.futuresBeta(p.days());
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("future", p.future().price());
        detail.put("days", p.days());
        detail.put("futuresBeta", beta);
        detail.put("multiplier", multiplier);
        return new HedgeUnit(name, p.future().expiry(), List.of(), null, p.future().price(), multiplier * beta,
                detail, false, 1, null);
    }

    private HedgeUnit vixCall(int layer, int targetDays, AlvhConfig.DayWindow window, double otm) {
        Optional<FuturesCurve.Choice> choice = curve.nearest(targetDays, window);
        if (choice.isEmpty()) {
            return HedgeUnit.unavailable("VIX_CALL", "no VIX future in vix_futures.csv after the as-of date");
        }
        FuturesCurve.Point p = choice.get().point();
        if (!choice.get().insideWindow()) {
            warnings.add(Problem.warning(SnapshotInput.VIX_FUTURES, 0, 0, "layer " + layer + ": no VIX future within "
                    + window.min() + "-" + window.max() + " days; using the nearest to " + targetDays
                    + " days (" + p.future().expiry() + ", " + p.days() + " days)"));
        }
        double f = p.future().price();
        double strike = Rounding.strike(f * (1 + otm), config.vix().strikeStep());
        double sigma = optionIv(p);
        double tau = p.days() / 365.0;
        Black76.Greeks g = Black76.greeks(Right.CALL, f, strike, market.rate(), sigma, tau);
        double beta = scaling.futuresBeta(p.days());
        Map<String, Object> detail = vixOptionDetail(p, beta, sigma);
        detail.put("deltaF", g.delta());
        detail.put("d1", g.d1());
        HedgeUnit unit = new HedgeUnit("VIX_CALL", p.future().expiry(), List.of(strike), Right.CALL, g.price(),
                100 * g.delta() * beta, detail, true, 1, null);
        return positiveOrUnavailable(unit);
    }

    private HedgeUnit butterfly(String name, FuturesCurve.Point p, double width) {
        double f = p.future().price();
        double k = Rounding.strike(f, config.vix().strikeStep());
        double sigma = optionIv(p);
        double tau = p.days() / 365.0;
        double[] strikes = {k, k + width, k + 2 * width};
        double[] weights = {1, -2, 1};
        double price = 0;
        double delta = 0;
        List<Map<String, Object>> legs = new java.util.ArrayList<>();
        for (int j = 0; j < 3; j++) {
            Black76.Greeks g = Black76.greeks(Right.CALL, f, strikes[j], market.rate(), sigma, tau);
            price += weights[j] * g.price();
            delta += weights[j] * g.delta();
            Map<String, Object> leg = new LinkedHashMap<>();
            leg.put("strike", strikes[j]);
            leg.put("ratio", weights[j]);
            leg.put("price", g.price());
            leg.put("deltaF", g.delta());
            legs.add(leg);
        }
        double beta = scaling.futuresBeta(p.days());
        Map<String, Object> detail = vixOptionDetail(p, beta, sigma);
        detail.put("width", width);
        detail.put("netDeltaF", delta);
        detail.put("legs", legs);
        HedgeUnit unit = new HedgeUnit(name, p.future().expiry(), List.of(strikes[0], strikes[1], strikes[2]),
                Right.CALL, price, 100 * delta * beta, detail, true, 1, null);
        return positiveOrUnavailable(unit);
    }

    private HedgeUnit varianceSwap(int days, double rounding) {
        Optional<Double> volStrike = curve.interpolate(days);
        if (volStrike.isEmpty()) {
            return HedgeUnit.unavailable("SPX_VARIANCE_SWAP", "no VIX future after the as-of date to set the vol strike");
        }
        double s = scaling.tenorScale(days);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("days", days);
        detail.put("volScale", s);
        detail.put("volStrike", volStrike.get());
        detail.put("rounding", rounding);
        return new HedgeUnit("SPX_VARIANCE_SWAP", market.asOf().plusDays(days), List.of(volStrike.get()), null,
                volStrike.get(), s, detail, false, rounding, null);
    }

    private HedgeUnit putSpread(AlvhConfig.Layer3 cfg) {
        int days = cfg.targetDays();
        double tau = days / 365.0;
        double step = config.spx().strikeStep();
        double kLong = Rounding.strike(market.spot() * cfg.putLongMoneyness(), step);
        double kShort = Rounding.strike(market.spot() * cfg.putShortMoneyness(), step);
        double volLong = market.vix() / 100 + cfg.putLongVolAdd();
        double volShort = market.vix() / 100 + cfg.putShortVolAdd();
        String name = "SPX_PUT_SPREAD";
        if (!(volLong > 0) || !(volShort > 0)) {
            return HedgeUnit.unavailable(name, "put spread vol is not positive (VIX/100 + putLongVolAdd/putShortVolAdd)");
        }
        BlackScholes.Greeks longPut = BlackScholes.greeks(Right.PUT, market.spot(), kLong, market.rate(),
                market.dividendYield(), volLong, tau);
        BlackScholes.Greeks shortPut = BlackScholes.greeks(Right.PUT, market.spot(), kShort, market.rate(),
                market.dividendYield(), volShort, tau);
        double s = scaling.tenorScale(days);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("days", days);
        detail.put("volScale", s);
        detail.put("longPut", legDetail(kLong, volLong, longPut));
        detail.put("shortPut", legDetail(kShort, volShort, shortPut));
        HedgeUnit unit = new HedgeUnit(name, market.asOf().plusDays(days), List.of(kShort, kLong), Right.PUT,
                longPut.price() - shortPut.price(), 100 * (longPut.vega() - shortPut.vega()) * s, detail, true, 1,
                null);
        return positiveOrUnavailable(unit);
    }

    private static Map<String, Object> legDetail(double strike, double vol, BlackScholes.Greeks g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("strike", strike);
        m.put("vol", vol);
        m.put("price", g.price());
        m.put("delta", g.delta());
        m.put("gamma", g.gamma());
        m.put("vega", g.vega());
        m.put("theta", g.theta());
        m.put("thetaAnnual", g.thetaAnnual());
        m.put("d1", g.d1());
        m.put("d2", g.d2());
        return m;
    }

    /** The inputs every VIX option unit shares: the future, its days, b(D) and the option vol. */
    private static Map<String, Object> vixOptionDetail(FuturesCurve.Point p, double futuresBeta, double sigma) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("future", p.future().price());
        detail.put("days", p.days());
        detail.put("futuresBeta", futuresBeta);
        detail.put("optionIv", sigma);
        return detail;
    }

    private double optionIv(FuturesCurve.Point p) {
        Double iv = p.future().optionIv();
        return iv != null ? iv : config.vix().defaultOptionIv();
    }

    private static HedgeUnit positiveOrUnavailable(HedgeUnit unit) {
        if (!(unit.vevPerUnit() > 0)) {
            return unit.withUnavailable(unit.instrument() + " has VEV per unit " + PyFormat.str(unit.vevPerUnit())
                    + " <= 0: it does not hedge short vega");
        }
        return unit;
    }
}
