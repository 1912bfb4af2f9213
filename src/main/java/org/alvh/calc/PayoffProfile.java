package org.alvh.calc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alvh.model.Right;

/**
 * Profit and loss of the condor, alone and with its active hedge layers, against the SPX level, at the
 * condor's expiry and today (for the condor view's payoff chart). Everything is in USD and relative to
 * entry: the condor's premiums and the hedges' costs are paid at T.
 *
 * <p>What is exact and what is an approximation:
 * <ul>
 *   <li>The condor is exact: at expiry its intrinsic value; today each leg repriced by BSM (§4.1) at the
 *       new spot with its own implied vol and the full time to expiry.</li>
 *   <li>An {@code SPX_PUT_SPREAD} layer is exact under the same model: repriced by BSM with the layer's
 *       vols, with its full tenor today and the tenor left after the condor's expiry at expiry.</li>
 *   <li>VIX layers have no exact SPX mapping. The VIX is <em>assumed</em> to move by
 *       {@code −vixPointsPerSpxPercent} points for every +1 % of SPX from S, and not below
 *       {@value #VIX_FLOOR} points; a future of {@code D} days moves by {@code b(D) × ΔVIX} (the §3 futures
 *       beta recorded in the layer's detail). VIX futures then earn {@code VEV × ΔVIX} (they are linear in
 *       the future); VIX calls and call butterflies are repriced by Black-76 on the moved future with their
 *       own vol, with their full tenor today and the tenor left after the condor's expiry at expiry (their
 *       intrinsic value when none is left).</li>
 *   <li>A variance swap is shown by the linear VEV approximation {@code VEV × ΔVIX} (no convexity).</li>
 * </ul>
 * Every hedge's cost is paid at T. This is an illustration of what the hedges are for, not a price.
 *
 * @param vixPointsPerSpxPercent the assumed VIX sensitivity used for the VIX layers
 * @param points                 the curve, ordered by spot
 */
public record PayoffProfile(double spot, double vixPointsPerSpxPercent, List<Point> points) {

    /** The assumed VIX move, in points, per +1 % SPX move (a rule of thumb, not fitted to the snapshot). */
    public static final double DEFAULT_VIX_POINTS_PER_SPX_PERCENT = 1.0;

    /** The lowest VIX level the assumed move goes to, in points (about the VIX's historical low). */
    public static final double VIX_FLOOR = 9.0;

    /** Number of spot levels on the curve by default. */
    public static final int DEFAULT_POINTS = 161;

    /** One SPX level; all P&amp;L in USD. */
    public record Point(double spot, double condorAtExpiry, double condorToday, double hedgedAtExpiry,
                        double hedgedToday) {
    }

    public PayoffProfile {
        points = List.copyOf(points);
    }

    /** The profile with the default VIX sensitivity and resolution. */
    public static PayoffProfile of(AlvhResult result) {
        return of(result, DEFAULT_VIX_POINTS_PER_SPX_PERCENT, DEFAULT_POINTS);
    }

    /**
     * @param vixPointsPerSpxPercent VIX points lost per +1 % SPX (≥ 0)
     * @param n                      number of spot levels (≥ 2), spread evenly from 10 % below the lower of
     *                               K1 and S to 10 % above the higher of K4 and S
     */
    public static PayoffProfile of(AlvhResult result, double vixPointsPerSpxPercent, int n) {
        if (n < 2 || !(vixPointsPerSpxPercent >= 0)) {
            throw new IllegalArgumentException("need n >= 2 and a sensitivity >= 0, got " + n + ", "
                    + vixPointsPerSpxPercent);
        }
        MarketParameters m = result.market();
        CondorResult condor = result.condor();
        double s0 = m.spot();
        double lowStrike = condor.legs().stream().mapToDouble(CondorResult.Leg::strike).min().orElse(s0);
        double highStrike = condor.legs().stream().mapToDouble(CondorResult.Leg::strike).max().orElse(s0);
        double lo = Math.min(lowStrike, s0) * 0.9;
        double hi = Math.max(highStrike, s0) * 1.1;
        List<Point> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double s = lo + (hi - lo) * i / (n - 1);
            double cExp = 0;
            double cNow = 0;
            for (CondorResult.Leg leg : condor.legs()) {
                double contract = leg.quantity() * 100;
                cExp += contract * (intrinsic(leg.right(), s, leg.strike()) - leg.price());
                cNow += contract * (BlackScholes.price(leg.right(), s, leg.strike(), m.rate(), m.dividendYield(),
                        leg.impliedVol(), condor.tau()) - leg.price());
            }
            double hExp = 0;
            double hNow = 0;
            double dVix = Math.max(VIX_FLOOR, m.vix() - vixPointsPerSpxPercent * 100 * (s / s0 - 1)) - m.vix();
            for (LayerResult layer : result.layers()) {
                if (!layer.active() || layer.quantity() == 0) {
                    continue;
                }
                if ("SPX_PUT_SPREAD".equals(layer.instrument())) {
                    int days = number(layer.detail(), "days").intValue();
                    double tauNow = days / 365.0;
                    double tauAtExpiry = Math.max(0, days - condor.days()) / 365.0;
                    hExp += putSpread(layer, s, m, tauAtExpiry) - layer.costUsd();
                    hNow += putSpread(layer, s, m, tauNow) - layer.costUsd();
                } else if (layer.right() == Right.CALL) {
                    int days = number(layer.detail(), "days").intValue();
                    hExp += vixCalls(layer, dVix, m, Math.max(0, days - condor.days()) / 365.0) - layer.costUsd();
                    hNow += vixCalls(layer, dVix, m, days / 365.0) - layer.costUsd();
                } else {
                    double pnl = layer.vevAchieved() * dVix - layer.costUsd();
                    hExp += pnl;
                    hNow += pnl;
                }
            }
            points.add(new Point(s, cExp, cNow, cExp + hExp, cNow + hNow));
        }
        return new PayoffProfile(s0, vixPointsPerSpxPercent, points);
    }

    private static double putSpread(LayerResult layer, double s, MarketParameters m, double tau) {
        Map<?, ?> longPut = (Map<?, ?>) layer.detail().get("longPut");
        Map<?, ?> shortPut = (Map<?, ?>) layer.detail().get("shortPut");
        double value = putValue(s, number(longPut, "strike").doubleValue(), number(longPut, "vol").doubleValue(), m, tau)
                - putValue(s, number(shortPut, "strike").doubleValue(), number(shortPut, "vol").doubleValue(), m, tau);
        return layer.quantity() * 100 * value;
    }

    /** A VIX call (strikes [K]) or call butterfly (detail legs with strike and ratio) on the moved future. */
    private static double vixCalls(LayerResult layer, double dVix, MarketParameters m, double tau) {
        Map<String, Object> d = layer.detail();
        double f = number(d, "future").doubleValue() + number(d, "futuresBeta").doubleValue() * dVix;
        double sigma = number(d, "optionIv").doubleValue();
        double value = 0;
        if (d.get("legs") instanceof List<?> legs) {
            for (Object leg : legs) {
                Map<?, ?> l = (Map<?, ?>) leg;
                value += number(l, "ratio").doubleValue() * callValue(f, number(l, "strike").doubleValue(), sigma, m, tau);
            }
        } else {
            value = callValue(f, layer.strikes().get(0), sigma, m, tau);
        }
        return layer.quantity() * 100 * value;
    }

    private static double callValue(double f, double k, double sigma, MarketParameters m, double tau) {
        return tau <= 0 ? Math.max(0, f - k) : Black76.price(Right.CALL, Math.max(f, 0.01), k, m.rate(), sigma, tau);
    }

    private static double putValue(double s, double k, double vol, MarketParameters m, double tau) {
        return tau <= 0 ? intrinsic(Right.PUT, s, k)
                : BlackScholes.price(Right.PUT, s, k, m.rate(), m.dividendYield(), vol, tau);
    }

    private static double intrinsic(Right right, double s, double k) {
        return right == Right.CALL ? Math.max(0, s - k) : Math.max(0, k - s);
    }

    private static Number number(Map<?, ?> map, String key) {
        if (map == null || !(map.get(key) instanceof Number n)) {
            throw new IllegalArgumentException("layer detail has no number " + key);
        }
        return n;
    }
}
