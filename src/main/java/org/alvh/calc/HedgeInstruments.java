package org.alvh.calc;

import static org.alvh.calc.AuditTrail.from;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.alvh.format.Numbers;
import org.alvh.model.AlvhConfig;
import org.alvh.model.Problem;
import org.alvh.model.SnapshotInput;
import org.alvh.model.Right;

/**
 * Builds one unit of each hedge structure of METHOD.md §5 from §8.1 instruments and values it with their
 * pricers: the unit price and the VEV per unit (§3) are the sums over the structure's legs of the pricers'
 * figures. VX and VXM futures, VIX calls and call butterflies on the future of the same expiry, SPX variance
 * swaps and SPX put spreads.
 */
final class HedgeInstruments {
    private final AlvhConfig config;
    private final MarketState market;
    private final FuturesCurve curve;
    private final List<Problem> warnings;

    HedgeInstruments(AlvhConfig config, MarketState market, FuturesCurve curve, List<Problem> warnings) {
        this.config = config;
        this.market = market;
        this.curve = curve;
        this.warnings = warnings;
    }

    /** Layer 1: VX or VXM future, or a VIX call butterfly, on the first future with at least minDays left. */
    HedgeUnit layer1() {
        AlvhConfig.Layer1 cfg = config.layer1();
        HedgeStructure structure = HedgeStructure.valueOf(cfg.instrument().name());
        Object[] selection = {"minDays", from("layer1.minDays", cfg.minDays())};
        Optional<FuturesCurve.Point> point = curve.firstWithAtLeast(cfg.minDays());
        if (point.isEmpty()) {
            return HedgeUnit.unavailable(structure, "no VIX future with at least " + cfg.minDays()
                    + " days left (layer1.minDays)").withSources(selection, new Object[0]);
        }
        FuturesCurve.Point p = point.get();
        Object[] conversion = TrailInputs.futuresBeta(volBeta(), p.days());
        return switch (cfg.instrument()) {
            case VX_FUTURE -> future(structure, p, VixFutureContract.Size.VX)
                    .withSources(TrailInputs.concat(selection, TrailInputs.market(market)), conversion);
            case VXM_FUTURE -> future(structure, p, VixFutureContract.Size.VXM)
                    .withSources(TrailInputs.concat(selection, TrailInputs.market(market)), conversion);
            case VIX_CALL_BUTTERFLY -> butterfly(p, cfg.butterflyWidth()).withSources(TrailInputs.concat(selection,
                    new Object[] {"width", from("layer1.butterflyWidth", cfg.butterflyWidth()),
                            "strikeStep", from("vix.strikeStep", config.vix().strikeStep())},
                    optionIvSource(p), TrailInputs.market(market)), conversion);
        };
    }

    HedgeUnit layer2() {
        AlvhConfig.Layer2 cfg = config.layer2();
        return switch (cfg.instrument()) {
            case VIX_CALL -> vixCall(2, cfg.targetDays(), cfg.windowDays(), cfg.otm());
            case SPX_VARIANCE_SWAP -> varianceSwap(cfg.targetDays(), cfg.varSwapRounding())
                    .withSources(TrailInputs.concat(new Object[] {"targetDays", from("layer2.targetDays", cfg.targetDays()),
                            "rounding", from("layer2.varSwapRounding", cfg.varSwapRounding())},
                            TrailInputs.market(market)), TrailInputs.tenorScale(volBeta()));
        };
    }

    HedgeUnit layer3() {
        AlvhConfig.Layer3 cfg = config.layer3();
        return switch (cfg.instrument()) {
            case VIX_CALL -> vixCall(3, cfg.targetDays(), cfg.windowDays(), cfg.otm());
            case SPX_PUT_SPREAD -> putSpread(cfg).withSources(TrailInputs.concat(new Object[] {
                    "targetDays", from("layer3.targetDays", cfg.targetDays()),
                    "putLongMoneyness", from("layer3.putLongMoneyness", cfg.putLongMoneyness()),
                    "putShortMoneyness", from("layer3.putShortMoneyness", cfg.putShortMoneyness()),
                    "putLongVolAdd", from("layer3.putLongVolAdd", cfg.putLongVolAdd()),
                    "putShortVolAdd", from("layer3.putShortVolAdd", cfg.putShortVolAdd()),
                    "strikeStep", from("spx.strikeStep", config.spx().strikeStep())},
                    TrailInputs.market(market)), TrailInputs.tenorScale(volBeta()));
        };
    }

    private HedgeUnit future(HedgeStructure structure, FuturesCurve.Point p, VixFutureContract.Size size) {
        VixFutureContract contract = new VixFutureContract(p.future().expiry(), size);
        Greeks unit = contract.unitGreeks(market);
        UnitInputs inputs = new UnitInputs(p.days(), p.future().price(), futuresBeta(p), null, null, null, null,
                size.multiplier(), null);
        return new HedgeUnit(structure, p.future().expiry(), List.of(), null, p.future().price(), unit.vev(),
                List.of(new HedgeLeg(new Position(contract, 1), 1, null)), inputs, 1, null);
    }

    private HedgeUnit vixCall(int layer, int targetDays, AlvhConfig.DayWindow window, double otm) {
        String prefix = "layer" + layer + ".";
        Object[] selection = {"targetDays", from(prefix + "targetDays", targetDays),
                "window min", from(prefix + "windowDays[0]", window.min()),
                "window max", from(prefix + "windowDays[1]", window.max())};
        Optional<FuturesCurve.Choice> choice = curve.nearest(targetDays, window);
        if (choice.isEmpty()) {
            return HedgeUnit.unavailable(HedgeStructure.VIX_CALL, "no VIX future in vix_futures.csv after the as-of date")
                    .withSources(selection, new Object[0]);
        }
        FuturesCurve.Point p = choice.get().point();
        if (!choice.get().insideWindow()) {
            warnings.add(Problem.warning(SnapshotInput.VIX_FUTURES, 0, 0, "layer " + layer + ": no VIX future within "
                    + window.min() + "-" + window.max() + " days; using the nearest to " + targetDays
                    + " days (" + p.future().expiry() + ", " + p.days() + " days)"));
        }
        double strike = Rounding.strike(p.future().price() * (1 + otm), config.vix().strikeStep());
        Object[] sources = TrailInputs.concat(selection, new Object[] {"otm", from(prefix + "otm", otm),
                "strikeStep", from("vix.strikeStep", config.vix().strikeStep())}, optionIvSource(p),
                TrailInputs.market(market));
        return positiveOrUnavailable(vixCalls(HedgeStructure.VIX_CALL, p, new double[] {strike}, new double[] {1},
                null).withSources(sources, TrailInputs.futuresBeta(volBeta(), p.days())));
    }

    private HedgeUnit butterfly(FuturesCurve.Point p, double width) {
        double k = Rounding.strike(p.future().price(), config.vix().strikeStep());
        return positiveOrUnavailable(vixCalls(HedgeStructure.VIX_CALL_BUTTERFLY, p,
                new double[] {k, k + width, k + 2 * width}, new double[] {1, -2, 1}, width));
    }

    /** VIX calls on one future, {@code ratios[j]} of strike {@code strikes[j]} per unit. */
    private HedgeUnit vixCalls(HedgeStructure structure, FuturesCurve.Point p, double[] strikes, double[] ratios,
                               Double width) {
        double sigma = optionIv(p);
        double price = 0;
        double vev = 0;
        List<HedgeLeg> legs = new ArrayList<>(strikes.length);
        List<Double> strikeList = new ArrayList<>(strikes.length);
        for (int j = 0; j < strikes.length; j++) {
            VixOption call = new VixOption(Right.CALL, strikes[j], p.future().expiry(), sigma);
            LegQuote quote = LegQuote.of(strikes[j], sigma, VixOptionPricer.quote(call, market));
            price += ratios[j] * quote.price();
            vev += ratios[j] * call.unitGreeks(market).vev();
            legs.add(new HedgeLeg(new Position(call, ratios[j]), ratios[j], quote));
            strikeList.add(strikes[j]);
        }
        UnitInputs inputs = new UnitInputs(p.days(), p.future().price(), futuresBeta(p), sigma, null, null, null,
                null, width);
        return new HedgeUnit(structure, p.future().expiry(), strikeList, Right.CALL, price, vev, legs, inputs, 1,
                null);
    }

    private HedgeUnit varianceSwap(int days, double rounding) {
        Optional<Double> volStrike = curve.interpolate(days);
        if (volStrike.isEmpty()) {
            return HedgeUnit.unavailable(HedgeStructure.SPX_VARIANCE_SWAP,
                    "no VIX future after the as-of date to set the vol strike");
        }
        VarianceSwap swap = new VarianceSwap(market.asOf(), days, volStrike.get());
        Greeks unit = swap.unitGreeks(market);
        UnitInputs inputs = new UnitInputs(days, null, null, null, unit.vev(), volStrike.get(), rounding, null, null);
        return new HedgeUnit(HedgeStructure.SPX_VARIANCE_SWAP, swap.expiry(), List.of(volStrike.get()), null,
                volStrike.get(), unit.vev(), List.of(new HedgeLeg(new Position(swap, 1), 1, null)), inputs, rounding,
                null);
    }

    private HedgeUnit putSpread(AlvhConfig.Layer3 cfg) {
        int days = cfg.targetDays();
        double step = config.spx().strikeStep();
        double kLong = Rounding.strike(market.spot() * cfg.putLongMoneyness(), step);
        double kShort = Rounding.strike(market.spot() * cfg.putShortMoneyness(), step);
        double volLong = market.vix() / 100 + cfg.putLongVolAdd();
        double volShort = market.vix() / 100 + cfg.putShortVolAdd();
        if (!(volLong > 0) || !(volShort > 0)) {
            return HedgeUnit.unavailable(HedgeStructure.SPX_PUT_SPREAD,
                    "put spread vol is not positive (VIX/100 + putLongVolAdd/putShortVolAdd)");
        }
        java.time.LocalDate expiry = market.asOf().plusDays(days);
        SpxOption shortPut = new SpxOption(Right.PUT, kShort, expiry, volShort);
        SpxOption longPut = new SpxOption(Right.PUT, kLong, expiry, volLong);
        LegQuote shortQuote = LegQuote.of(kShort, volShort, SpxOptionPricer.quote(shortPut, market));
        LegQuote longQuote = LegQuote.of(kLong, volLong, SpxOptionPricer.quote(longPut, market));
        double vev = longPut.unitGreeks(market).vev() - shortPut.unitGreeks(market).vev();
        UnitInputs inputs = new UnitInputs(days, null, null, null, market.scaling().tenorScale(days), null, null,
                null, null);
        List<HedgeLeg> legs = List.of(new HedgeLeg(new Position(shortPut, -1), -1, shortQuote),
                new HedgeLeg(new Position(longPut, 1), 1, longQuote));
        return positiveOrUnavailable(new HedgeUnit(HedgeStructure.SPX_PUT_SPREAD, expiry, List.of(kShort, kLong),
                Right.PUT, longQuote.price() - shortQuote.price(), vev, legs, inputs, 1, null));
    }

    private double futuresBeta(FuturesCurve.Point p) {
        return market.scaling().futuresBeta(p.days());
    }

    /** The VIX option vol's configuration key, when the future has no quoted vol and the default is used. */
    private Object[] optionIvSource(FuturesCurve.Point p) {
        return p.future().optionIv() != null ? new Object[0]
                : new Object[] {"σ", from("vix.defaultOptionIv", config.vix().defaultOptionIv())};
    }

    private AlvhConfig.VolBeta volBeta() {
        return market.scaling().volBeta();
    }

    private double optionIv(FuturesCurve.Point p) {
        Double iv = p.future().optionIv();
        return iv != null ? iv : config.vix().defaultOptionIv();
    }

    private static HedgeUnit positiveOrUnavailable(HedgeUnit unit) {
        if (!(unit.vevPerUnit() > 0)) {
            return unit.withUnavailable(unit.structure() + " has VEV per unit " + Numbers.shortest(unit.vevPerUnit())
                    + " <= 0: it does not hedge short vega");
        }
        return unit;
    }
}
