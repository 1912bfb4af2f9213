package org.alvh.calc;

import static org.alvh.calc.AuditTrail.from;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import org.alvh.model.AlvhConfig;

/**
 * Keyed inputs that many figures share (issue 12): the market of T (spot, VIX, rate, dividend yield, each the
 * audit key of its §1 figure) and the §3 conversions (the configuration keys of {@code s(D)}'s clamps and of
 * the {@code b(D)} points). Each method returns name/value pairs for {@link AuditTrail#record}.
 */
final class TrailInputs {
    private TrailInputs() {
    }

    /** {@code S}, {@code r} and {@code q} of §1. */
    static Object[] spotRateYield(double spot, double rate, double dividendYield) {
        return new Object[] {"S", from("spot", spot), "r", from("rate", rate), "q", from("dividendYield", dividendYield)};
    }

    /** The market of T a pricer reads: S, VIX, r and q. */
    static Object[] market(MarketState m) {
        return concat(spotRateYield(m.spot(), m.rate(), m.dividendYield()), new Object[] {"VIX", from("vix", m.vix())});
    }

    /** The clamps of {@code s(D) = clamp(√(30/D), minScale, maxScale)}. */
    static Object[] tenorScale(AlvhConfig.VolBeta volBeta) {
        return new Object[] {"minScale", from("volBeta.minScale", volBeta.minScale()),
                "maxScale", from("volBeta.maxScale", volBeta.maxScale())};
    }

    /** The points of the {@code b(D)} curve that {@code b(days)} interpolates between (one when flat or on a point). */
    static Object[] futuresBeta(AlvhConfig.VolBeta volBeta, double days) {
        NavigableMap<Integer, Double> curve = volBeta.futuresBeta();
        Map.Entry<Integer, Double> lo = curve.floorEntry((int) Math.floor(days));
        Map.Entry<Integer, Double> hi = curve.ceilingEntry((int) Math.ceil(days));
        List<Map.Entry<Integer, Double>> used = new ArrayList<>(2);
        if (lo == null || hi == null) {
            used.add(lo == null ? curve.firstEntry() : curve.lastEntry());
        } else {
            used.add(lo);
            if (!hi.getKey().equals(lo.getKey())) {
                used.add(hi);
            }
        }
        return points(used);
    }

    /** Every point of the {@code b(D)} curve: for figures that value futures at several horizons. */
    static Object[] futuresBetaCurve(AlvhConfig.VolBeta volBeta) {
        return points(new ArrayList<>(volBeta.futuresBeta().entrySet()));
    }

    /** {@code first} followed by each of {@code more}. */
    static Object[] concat(Object[] first, Object[]... more) {
        List<Object> all = new ArrayList<>(Arrays.asList(first));
        for (Object[] m : more) {
            all.addAll(Arrays.asList(m));
        }
        return all.toArray();
    }

    private static Object[] points(List<Map.Entry<Integer, Double>> entries) {
        List<Object> out = new ArrayList<>();
        for (Map.Entry<Integer, Double> e : entries) {
            out.add("b(" + e.getKey() + ")");
            out.add(from("volBeta.futuresBeta." + e.getKey(), e.getValue()));
        }
        return out.toArray();
    }
}
