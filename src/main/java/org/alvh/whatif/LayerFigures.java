package org.alvh.whatif;

import java.util.List;
import org.alvh.calc.AlvhResult;
import org.alvh.calc.LayerResult;

/**
 * The figures of one layer the sensitivity records.
 *
 * @param vevTarget the target VEV (METHOD.md §5)
 * @param quantity  contracts, or USD of vega notional for a swap
 */
public record LayerFigures(int layer, double vevTarget, long quantity) {

    static List<LayerFigures> of(AlvhResult result) {
        return result.layers().stream().map(LayerFigures::of).toList();
    }

    static LayerFigures of(LayerResult l) {
        return new LayerFigures(l.layer(), l.vevTarget(), l.quantity());
    }

    /** The value of a measure. */
    public double get(LayerMeasure measure) {
        return measure == LayerMeasure.TARGET_VEV ? vevTarget : quantity;
    }
}
