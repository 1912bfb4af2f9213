package org.alvh.calc;

import java.util.Map;
import java.util.NavigableMap;
import org.alvh.model.AlvhConfig;

/**
 * The conversions of METHOD.md §3 into VIX-equivalent vega: the tenor scale {@code s(D)} for SPX vega and the
 * futures beta {@code b(D)} of a VIX future to spot VIX.
 */
public final class VolScaling {
    private final AlvhConfig.VolBeta volBeta;

    public VolScaling(AlvhConfig.VolBeta volBeta) {
        this.volBeta = volBeta;
    }

    /** The configuration the scalings read. */
    public AlvhConfig.VolBeta volBeta() {
        return volBeta;
    }

    /** {@code s(D) = clamp(sqrt(30 / D), minScale, maxScale)}, {@code D >= 1} calendar days. */
    public double tenorScale(double days) {
        if (!(days >= 1)) {
            throw new IllegalArgumentException("s(D) needs D >= 1 day, got " + days);
        }
        return clamp(Math.sqrt(30.0 / days), volBeta.minScale(), volBeta.maxScale());
    }

    /** {@code b(D)}: linear in D between the configured points, flat outside. */
    public double futuresBeta(double days) {
        NavigableMap<Integer, Double> points = volBeta.futuresBeta();
        return interpolate(points, days);
    }

    /** Linear interpolation in a day-keyed curve, flat outside its first and last points. */
    public static double interpolate(NavigableMap<Integer, Double> points, double days) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("cannot interpolate an empty curve");
        }
        Map.Entry<Integer, Double> lo = points.floorEntry((int) Math.floor(days));
        Map.Entry<Integer, Double> hi = points.ceilingEntry((int) Math.ceil(days));
        if (lo == null) {
            return points.firstEntry().getValue();
        }
        if (hi == null) {
            return points.lastEntry().getValue();
        }
        if (lo.getKey().equals(hi.getKey())) {
            return lo.getValue();
        }
        double w = (days - lo.getKey()) / (hi.getKey() - lo.getKey());
        return lo.getValue() + w * (hi.getValue() - lo.getValue());
    }

    public static double clamp(double x, double lo, double hi) {
        return Math.min(Math.max(x, lo), hi);
    }
}
