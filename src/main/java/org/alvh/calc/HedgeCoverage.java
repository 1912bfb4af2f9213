package org.alvh.calc;

/**
 * How much of the hedge base the layers cover (for the window's Layers view and status line; not a figure of
 * METHOD.md): {@code % hedged = Σ achieved VEV of the layers / H}, a fraction (1 = the whole short vega of
 * the condor offset, in VEV). Undefined, and null, when {@code H = 0}: a condor that is not short vega has
 * nothing to hedge.
 */
public final class HedgeCoverage {
    private HedgeCoverage() {
    }

    /** Σ achieved VEV / H as a fraction; null when H = 0. */
    public static Double hedgedShare(AlvhResult result) {
        if (!(result.hedgeBase() > 0)) {
            return null;
        }
        return achievedVev(result) / result.hedgeBase();
    }

    /** Σ achieved VEV of the three layers ($ per VIX point; inactive layers add 0). */
    public static double achievedVev(AlvhResult result) {
        double sum = 0;
        for (LayerResult layer : result.layers()) {
            sum += layer.vevAchieved();
        }
        return sum;
    }
}
