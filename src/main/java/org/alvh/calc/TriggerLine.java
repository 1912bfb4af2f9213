package org.alvh.calc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.alvh.model.AlvhConfig;

/**
 * The layer-3 trigger drawn where it means something on the weighted-beta chart (§5).
 *
 * <p>With the {@code level} trigger the threshold is a beta level, a flat line. With the {@code zscore}
 * trigger the rule is {@code z = shift* / sd(shift) ≥ threshold}, i.e. {@code β* = β_base + shift* ≥
 * β_base + threshold · sd(shift)}: the line is {@code β_base(t) + threshold · sd(shift)}, to be compared with
 * {@code β*(T)} (the effective beta at T). Without an sd (fewer than two shift values, or sd 0) there is no
 * line.
 *
 * @param points  the line, one per series date with a baseline; empty when unavailable
 * @param label   what the line is, for the chart legend
 */
public record TriggerLine(AlvhConfig.Trigger trigger, double threshold, List<Point> points, String label) {

    public record Point(LocalDate date, double level) {
    }

    public TriggerLine {
        points = List.copyOf(points);
    }

    public static TriggerLine of(AlvhResult result) {
        AlvhConfig.Layer3 cfg = result.config().layer3();
        BetaSeries beta = result.beta();
        List<Point> points = new ArrayList<>();
        String label;
        if (cfg.trigger() == AlvhConfig.Trigger.LEVEL) {
            label = "layer-3 trigger: β* ≥ " + cfg.threshold();
            for (SeriesPoint p : beta.series()) {
                points.add(new Point(p.date(), cfg.threshold()));
            }
        } else if (beta.shiftSd() == null || !(beta.shiftSd() > 0)) {
            label = "layer-3 trigger: unavailable (no sd of the shift)";
        } else {
            label = "layer-3 trigger: β_base + " + cfg.threshold() + "·sd(shift) (z ≥ " + cfg.threshold() + ")";
            for (SeriesPoint p : beta.series()) {
                if (p.baseline() != null) {
                    points.add(new Point(p.date(), p.baseline() + cfg.threshold() * beta.shiftSd()));
                }
            }
        }
        return new TriggerLine(cfg.trigger(), cfg.threshold(), points, label);
    }
}
