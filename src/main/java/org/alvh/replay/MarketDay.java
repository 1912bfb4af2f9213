package org.alvh.replay;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.alvh.calc.MarketState;
import org.alvh.calc.Rounding;
import org.alvh.calc.SpxOption;
import org.alvh.calc.SpxOptionPricer;
import org.alvh.calc.VixOption;
import org.alvh.calc.VixOptionPricer;
import org.alvh.calc.VolScaling;
import org.alvh.calc.VolSurface;
import org.alvh.model.AlvhConfig;
import org.alvh.model.History;
import org.alvh.model.MarketHistory;
import org.alvh.model.Right;
import org.alvh.model.VixFuture;

/**
 * The market at one replay date and the marks of METHOD.md §8.1 and §10.3 on it: condor legs by the §8.2 surface,
 * VIX futures at the date's settle (the last settle when the contract has none that day), VIX options by Black-76
 * on that settle with the §8.2 VIX option vol, put spreads by BSM with their §5 vols, variance swaps by §8.1. At
 * and after expiry every mark is a settlement value (never the surface). Prices are per unit in points; a swap's
 * value is per USD of vega notional.
 *
 * <p>Options are priced by their instrument's pricer ({@link SpxOptionPricer}, {@link VixOptionPricer}) on this
 * date's {@link MarketState}; what is the replay's own stays here: the surface vol, the VIX option vol from the
 * VVIX, the future's last settle or final settlement.
 */
final class MarketDay {
    private final History history;
    private final AlvhConfig config;
    private final int index;
    private final LocalDate date;
    private final double spot;
    private final double vix;
    private final double rate;
    private final double dividendYield;
    private final double vvix;
    private final VolSurface surface;
    private final VolScaling scaling;
    private final MarketState state;

    MarketDay(History history, AlvhConfig config, int index) {
        this.history = history;
        this.config = config;
        this.index = index;
        MarketHistory m = history.market();
        this.date = m.date(index);
        this.spot = m.spxClose()[index];
        this.vix = m.vixClose()[index];
        this.rate = orDefault(m.riskFreeRate(), index, config.market().riskFreeRate());
        this.dividendYield = orDefault(m.dividendYield(), index, config.market().dividendYield());
        this.vvix = m.vvix() == null ? Double.NaN : m.vvix()[index];
        this.surface = new VolSurface(config.surface(), m, index, spot, rate, dividendYield);
        this.scaling = new VolScaling(config.volBeta());
        this.state = new MarketState(date, spot, vix, rate, dividendYield, Map.of(), scaling);
    }

    /** This date's market with the one VIX future {@code expiry} at its price here ({@link #futurePrice}). */
    private MarketState stateWithFuture(LocalDate expiry) {
        return new MarketState(date, spot, vix, rate, dividendYield, Map.of(expiry, futurePrice(expiry)), scaling);
    }

    private static double orDefault(double[] column, int i, double fallback) {
        double v = column == null ? Double.NaN : column[i];
        return Double.isNaN(v) ? fallback : v;
    }

    int index() {
        return index;
    }

    LocalDate date() {
        return date;
    }

    double spot() {
        return spot;
    }

    double vix() {
        return vix;
    }

    double rate() {
        return rate;
    }

    double dividendYield() {
        return dividendYield;
    }

    VolSurface surface() {
        return surface;
    }

    /** Calendar days from this date to {@code expiry} (negative once past it). */
    int daysTo(LocalDate expiry) {
        return (int) ChronoUnit.DAYS.between(date, expiry);
    }

    /** True when the position has reached its expiry at this close (the first market date on or after it). */
    boolean expired(Structure s) {
        return !date.isBefore(s.expiry());
    }

    /** The §8.2 surface vol of an SPX option of this strike and expiry (before expiry). */
    double surfaceVol(double strike, LocalDate expiry) {
        return surface.vol(strike, daysTo(expiry));
    }

    /** The §8.2 VIX option vol for an option expiring on {@code expiry}. */
    double vixOptionVol(LocalDate expiry) {
        return VolSurface.vixOptionVol(config.vix(), vvix, daysTo(expiry));
    }

    /** The §10.2 {@code vix_futures.csv} of this date: settles on it of contracts expiring after it, §8.2 vols. */
    List<VixFuture> futuresCurve() {
        return history.futures().curveOn(date).stream()
                .map(f -> new VixFuture(f.line(), f.expiry(), f.price(), vixOptionVol(f.expiry())))
                .toList();
    }

    /** A future's price at this close: its final settlement from its expiry on, else its (last) settle. */
    double futurePrice(LocalDate expiry) {
        if (!date.isBefore(expiry)) {
            OptionalDouble fin = history.futures().finalSettlement(expiry, history.market());
            if (fin.isPresent()) {
                return fin.getAsDouble();
            }
        }
        OptionalDouble last = history.futures().lastSettleOnOrBefore(expiry, date);
        if (last.isEmpty()) {
            throw new IllegalStateException("no settle of the VIX future " + expiry + " by " + date);
        }
        return last.getAsDouble();
    }

    /** The mark of one unit, points (a future: its price F; a swap: value per USD of notional). */
    double price(Structure s) {
        return switch (s.kind()) {
            case SPX_OPTION -> spxOption(s.right(), s.firstStrike(), s.expiry());
            case VX_FUTURE, VXM_FUTURE -> futurePrice(s.expiry());
            case VIX_CALL -> vixOption(s.right(), s.firstStrike(), s.expiry());
            case VIX_CALL_BUTTERFLY -> vixOption(Right.CALL, s.strikes().get(0), s.expiry())
                    - 2 * vixOption(Right.CALL, s.strikes().get(1), s.expiry())
                    + vixOption(Right.CALL, s.strikes().get(2), s.expiry());
            case SPX_PUT_SPREAD -> putSpread(s);
            case SPX_VARIANCE_SWAP -> varianceSwap(s);
        };
    }

    /** A condor leg at its §8.2 surface vol (unused from its expiry on, where the mark is intrinsic). */
    private double spxOption(Right right, double strike, LocalDate expiry) {
        int d = daysTo(expiry);
        double vol = d > 0 ? surface.vol(strike, d) : Double.NaN;
        return SpxOptionPricer.unitPrice(new SpxOption(right, strike, expiry, vol), state);
    }

    /** A VIX option at the §8.2 VIX option vol, on its future's price at this close. */
    private double vixOption(Right right, double strike, LocalDate expiry) {
        int d = daysTo(expiry);
        double vol = d > 0 ? VolSurface.vixOptionVol(config.vix(), vvix, d) : Double.NaN;
        return VixOptionPricer.unitPrice(new VixOption(right, strike, expiry, vol), stateWithFuture(expiry));
    }

    /** Long the higher strike, short the lower (§8.1), each at its §5 vol. */
    private double putSpread(Structure s) {
        return SpxOptionPricer.unitPrice(putSpreadLeg(s, Leg.LONG), state)
                - SpxOptionPricer.unitPrice(putSpreadLeg(s, Leg.SHORT), state);
    }

    private enum Leg { LONG, SHORT }

    /** A put spread's leg as an SPX option at its §5 vol ({@code vix/100 +} the layer-3 vol add of that leg). */
    private SpxOption putSpreadLeg(Structure s, Leg leg) {
        AlvhConfig.Layer3 l3 = config.layer3();
        return leg == Leg.LONG
                ? new SpxOption(Right.PUT, s.strikes().get(s.strikes().size() - 1), s.expiry(),
                        vix / 100 + l3.putLongVolAdd())
                : new SpxOption(Right.PUT, s.strikes().get(0), s.expiry(), vix / 100 + l3.putShortVolAdd());
    }

    /**
     * §8.1: {@code (σ_mix² − K_v²) / (2 K_v)} per USD of vega notional, {@code σ_mix² = (e/D0) σ_real² +
     * ((D0 − e)/D0) σ_impl(D0 − e)²} before the end of the tenor, {@code σ_real} from it on.
     */
    private double varianceSwap(Structure s) {
        double kv = s.firstStrike();
        int d0 = s.tenor();
        int e = (int) ChronoUnit.DAYS.between(s.start(), date);
        double real = realizedVolPoints(s.start());
        double mix2;
        if (e >= d0) {
            mix2 = real * real;
        } else {
            double impl = impliedVolPoints(d0 - e);
            mix2 = (double) e / d0 * real * real + (double) (d0 - e) / d0 * impl * impl;
        }
        return (mix2 - kv * kv) / (2 * kv);
    }

    /** {@code 100 × sqrt(252 × mean of the squared log returns of spx_close from start to this date)}. */
    private double realizedVolPoints(LocalDate start) {
        MarketHistory m = history.market();
        int from = m.lastIndexOnOrBefore(start);
        if (from < 0) {
            from = 0;
        }
        double sum = 0;
        int n = 0;
        for (int k = from + 1; k <= index; k++) {
            double r = Math.log(m.spxClose()[k] / m.spxClose()[k - 1]);
            sum += r * r;
            n++;
        }
        return n == 0 ? 0 : 100 * Math.sqrt(252 * sum / n);
    }

    /** The futures curve of this date at {@code days}, linear in days, flat outside; vix_close without futures. */
    double impliedVolPoints(double days) {
        List<VixFuture> curve = history.futures().curveOn(date);
        if (curve.isEmpty()) {
            return vix;
        }
        TreeMap<Integer, Double> points = new TreeMap<>();
        for (VixFuture f : curve) {
            points.putIfAbsent(daysTo(f.expiry()), f.price());
        }
        return VolScaling.interpolate(points, days);
    }

    /**
     * The structure's own {@code VEV_unit} at this date (§3, §5): a future {@code m × b(D)}, a VIX option
     * structure {@code 100 × Δ_F × b(D)} (Black-76 on its settle, §8.2 vol), a put spread {@code 100 ×
     * (vega_long − vega_short) × s(D)} with its §5 vols, a swap {@code s(D_left)} per USD. NaN at or after expiry.
     */
    double vevPerUnit(Structure s) {
        int d = daysTo(s.expiry());
        if (d <= 0) {
            return Double.NaN;
        }
        double b = scaling.futuresBeta(d);
        return switch (s.kind()) {
            case VX_FUTURE, VXM_FUTURE -> s.kind().multiplier() * b;
            case VIX_CALL, VIX_CALL_BUTTERFLY -> 100 * vixDelta(s, d) * b;
            case SPX_PUT_SPREAD -> 100 * (SpxOptionPricer.unitVega(putSpreadLeg(s, Leg.LONG), state)
                    - SpxOptionPricer.unitVega(putSpreadLeg(s, Leg.SHORT), state)) * scaling.tenorScale(d);
            case SPX_VARIANCE_SWAP -> scaling.tenorScale(d);
            case SPX_OPTION -> throw new IllegalArgumentException("a condor leg has no hedge VEV");
        };
    }

    private double vixDelta(Structure s, int d) {
        MarketState market = stateWithFuture(s.expiry());
        double sigma = VolSurface.vixOptionVol(config.vix(), vvix, d);
        if (s.kind() == StructureKind.VIX_CALL) {
            return VixOptionPricer.quote(new VixOption(Right.CALL, s.firstStrike(), s.expiry(), sigma), market)
                    .delta();
        }
        double[] w = {1, -2, 1};
        double delta = 0;
        for (int j = 0; j < 3; j++) {
            delta += w[j] * VixOptionPricer.quote(new VixOption(Right.CALL, s.strikes().get(j), s.expiry(), sigma),
                    market).delta();
        }
        return delta;
    }

    /** A kept structure's new quantity: {@code floor(target / VEV_unit + 0.5)}, a swap's notional to its step. */
    double resize(Structure s, double target, double vevUnit) {
        double step = s.kind() == StructureKind.SPX_VARIANCE_SWAP ? config.layer2().varSwapRounding() : 1;
        return Rounding.halfUp(target / vevUnit, step);
    }
}
