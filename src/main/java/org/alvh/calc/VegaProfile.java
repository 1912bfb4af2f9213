package org.alvh.calc;

import java.util.ArrayList;
import java.util.List;

/**
 * The vega of the position layer by layer (for the layers view's chart): the condor, each layer's achieved
 * and target VEV, and the residual, in VEV (§3) and in SPX vega at the condor's tenor
 * ({@code VEV / s(D_condor)}, $ per SPX vol point of the condor's own expiry).
 *
 * @param volScale s(D) of the condor, the factor between the two units
 */
public record VegaProfile(double volScale, List<Bar> bars) {

    /**
     * One bar.
     *
     * @param label     "Condor", "Layer 1".."Layer 3" or "Residual"
     * @param layer     0 for the condor and the residual
     * @param vev       achieved VEV ($ per VIX point); the condor's is negative when short vega
     * @param spxVega   the same in $ per SPX vol point at the condor's tenor
     * @param vevTarget the layer's target VEV (0 for an inactive layer; H for the condor row is not shown)
     * @param active    false for an inactive layer
     * @param note      the layer's rationale (the reason when inactive), empty otherwise
     */
    public record Bar(String label, int layer, double vev, double spxVega, double vevTarget, double spxVegaTarget,
                      boolean active, String note) {
    }

    public VegaProfile {
        bars = List.copyOf(bars);
    }

    public static VegaProfile of(AlvhResult result) {
        CondorResult condor = result.condor();
        double s = condor.volScale();
        List<Bar> bars = new ArrayList<>();
        bars.add(new Bar("Condor", 0, condor.vev(), condor.vega(), 0, 0, true, ""));
        for (LayerResult layer : result.layers()) {
            bars.add(new Bar("Layer " + layer.layer(), layer.layer(), layer.vevAchieved(), layer.vevAchieved() / s,
                    layer.vevTarget(), layer.vevTarget() / s, layer.active(),
                    layer.rationaleText()));
        }
        bars.add(new Bar("Residual", 0, result.residualVev(), result.residualVev() / s, 0, 0, true,
                "condor VEV + sum of achieved"));
        return new VegaProfile(s, bars);
    }
}
