package org.alvh.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import org.alvh.calc.AlvhEngine;
import org.alvh.calc.AlvhResult;
import org.alvh.calc.UnusableSnapshotException;
import org.alvh.model.AlvhConfig;
import org.alvh.model.LoadResult;
import org.alvh.model.Problem;
import org.alvh.model.Snapshot;

/**
 * How much each layer depends on each numeric parameter (issue 12): every parameter bumped down and up from
 * the base configuration, one at a time, each layer's target VEV and quantity and the hedged worst P&amp;L of
 * METHOD.md §9 recorded. A continuous parameter
 * moves by the relative step {@code h} ({@code value × (1 ∓ h)}; a value of zero is not moved), a whole number
 * by one. A bumped value the validator refuses is reported as refused and never computed.
 *
 * @param relativeStep the relative step h, in (0, 1)
 * @param base         each layer's figures under the base configuration
 * @param baseWorstHedgedUsd the hedged worst P&amp;L of §9 under the base configuration, USD
 * @param parameters   in the order given
 */
public record Sensitivity(double relativeStep, List<LayerFigures> base, double baseWorstHedgedUsd,
                          List<ParameterSensitivity> parameters) {

    /** The relative step when none is given: 10 %. */
    public static final double DEFAULT_STEP = 0.1;

    /** Told after each parameter; called on the computing thread. */
    @FunctionalInterface
    public interface Progress {
        void done(int parameters, int total);
    }

    public Sensitivity {
        base = List.copyOf(base);
        parameters = List.copyOf(parameters);
    }

    /** The figures of a layer under the base configuration, or null when there is no such layer. */
    public LayerFigures baseLayer(int layer) {
        return base.stream().filter(l -> l.layer() == layer).findFirst().orElse(null);
    }

    /** True when the relative step is one this computation accepts: finite, greater than 0, less than 1. */
    public static boolean isValidStep(double h) {
        return h > 0 && h < 1;
    }

    /**
     * Bumps every parameter. Stops with {@link CancellationException} when the thread is interrupted.
     *
     * @param base the engine's result for {@code snapshot} under the base configuration the parameters' setters
     *             start from
     */
    public static Sensitivity compute(Snapshot snapshot, AlvhResult base, List<NumericParameter> parameters,
                                      double relativeStep, Progress progress) {
        Objects.requireNonNull(snapshot, "snapshot");
        if (!isValidStep(relativeStep)) {
            throw new IllegalArgumentException("the relative step must be in (0, 1), got " + relativeStep);
        }
        List<ParameterSensitivity> rows = new ArrayList<>(parameters.size());
        for (NumericParameter p : parameters) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("sensitivity cancelled");
            }
            rows.add(new ParameterSensitivity(p.key(), p.step(), p.value(),
                    bump(snapshot, p, Bump.Direction.DOWN, relativeStep),
                    bump(snapshot, p, Bump.Direction.UP, relativeStep)));
            progress.done(rows.size(), parameters.size());
        }
        return new Sensitivity(relativeStep, LayerFigures.of(base), base.risk().worstHedgedUsd(), rows);
    }

    /** The bumped value of a parameter. */
    static double bumped(NumericParameter p, Bump.Direction direction, double h) {
        int sign = direction == Bump.Direction.UP ? 1 : -1;
        return p.step() == NumericParameter.StepKind.WHOLE ? p.value() + sign : p.value() * (1 + sign * h);
    }

    private static Bump bump(Snapshot snapshot, NumericParameter p, Bump.Direction direction, double h) {
        double value = bumped(p, direction, h);
        if (value == p.value()) {
            return new Bump(direction, value, Bump.Outcome.UNMOVED, List.of(), null, List.of());
        }
        LoadResult<AlvhConfig> config = p.setter().set(value);
        if (!config.ok()) {
            return new Bump(direction, value, Bump.Outcome.REFUSED, List.of(), null, config.errors());
        }
        try {
            AlvhResult result = AlvhEngine.compute(snapshot, config.value());
            return new Bump(direction, value, Bump.Outcome.COMPUTED, LayerFigures.of(result),
                    result.risk().worstHedgedUsd(), List.of());
        } catch (UnusableSnapshotException e) {
            List<Problem> problems = e.problems();
            return new Bump(direction, value, Bump.Outcome.UNUSABLE, List.of(), null, problems);
        }
    }
}
