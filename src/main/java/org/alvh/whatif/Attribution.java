package org.alvh.whatif;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.alvh.calc.AlvhEngine;
import org.alvh.calc.AlvhResult;
import org.alvh.calc.LayerResult;
import org.alvh.calc.UnusableSnapshotException;
import org.alvh.model.AlvhConfig;
import org.alvh.model.LoadResult;
import org.alvh.model.Problem;
import org.alvh.model.Snapshot;

/**
 * The change of each layer's target VEV and quantity from result A to result B, attributed to its causes by
 * substitution in the fixed order of {@link InputGroup}: start from A (snapshot A, config A), replace one
 * input group at a time by B's and rerun {@link AlvhEngine#compute}; the change a step makes is the value after
 * it minus the value before it. The last step lands on B, so the steps sum to the total. Changes are exact
 * decimal differences of the engine's doubles, so they sum to the total exactly, not up to rounding.
 *
 * <p>A step whose hybrid cannot be computed (the parts do not form a snapshot, e.g. a condor that expired before
 * the other market's as-of date, or the engine finds it unusable)
 * is kept with its problems and no change; the next computed step's change then includes its effect and says
 * so ({@link Step#includes()}).
 *
 * @param stages one per input group, in substitution order: the problems of a hybrid that could not be computed
 * @param layers one per layer and measure, layers in order, target VEV before quantity
 */
public record Attribution(List<Stage> stages, List<LayerAttribution> layers) {

    /** One substitution: its input group and, when its hybrid could not be computed, why (empty otherwise). */
    public record Stage(InputGroup group, List<Problem> problems) {
        public Stage {
            Objects.requireNonNull(group, "group");
            problems = List.copyOf(problems);
        }

        public boolean computed() {
            return problems.isEmpty();
        }
    }

    /**
     * One step of one layer's measure.
     *
     * @param change   value after the step minus value before, exact; null when the step could not be computed
     *                 (its effect is in the next computed step) or the measure was unavailable
     * @param includes earlier groups whose hybrids could not be computed and whose effect {@code change} carries
     */
    public record Step(InputGroup group, BigDecimal change, List<InputGroup> includes) {
        public Step {
            Objects.requireNonNull(group, "group");
            includes = List.copyOf(includes);
        }
    }

    /**
     * The attribution of one measure of one layer.
     *
     * @param before the value in A, exact; null when unavailable (then no step has a change)
     * @param after  the value in B, exact; null when unavailable
     */
    public record LayerAttribution(int layer, LayerMeasure measure, BigDecimal before, BigDecimal after,
                                   List<Step> steps) {
        public LayerAttribution {
            Objects.requireNonNull(measure, "measure");
            steps = List.copyOf(steps);
        }

        /** {@code after − before}, exact; null when either is unavailable. */
        public BigDecimal total() {
            return before == null || after == null ? null : after.subtract(before);
        }

        /** The value after step {@code k} (0-based), exact; null when that step has no change. */
        public BigDecimal levelAfter(int k) {
            if (steps.get(k).change() == null) {
                return null;
            }
            return levelBefore(k).add(steps.get(k).change());
        }

        /**
         * The value a computed step {@code k} starts from: {@code before} plus the changes of the steps before it,
         * exact; null when {@code before} is unavailable.
         */
        public BigDecimal levelBefore(int k) {
            if (before == null) {
                return null;
            }
            BigDecimal level = before;
            for (int i = 0; i < k; i++) {
                if (steps.get(i).change() != null) {
                    level = level.add(steps.get(i).change());
                }
            }
            return level;
        }
    }

    public Attribution {
        stages = List.copyOf(stages);
        layers = List.copyOf(layers);
    }

    /**
     * Attributes the change from A to B. {@code resultA} and {@code resultB} are the engine's results of
     * (snapshotA, configA) and (snapshotB, configB), computed by the caller.
     */
    public static Attribution of(Snapshot snapshotA, AlvhConfig configA, AlvhResult resultA,
                                 Snapshot snapshotB, AlvhConfig configB, AlvhResult resultB) {
        InputGroup[] order = InputGroup.values();
        List<AlvhResult> states = new ArrayList<>(); // states.get(k): after k steps; null when not computed
        List<Stage> stages = new ArrayList<>();
        states.add(resultA);
        Set<InputGroup> fromB = EnumSet.noneOf(InputGroup.class);
        for (InputGroup group : order) {
            fromB.add(group);
            if (group == InputGroup.CONFIG) {
                states.add(resultB);
                stages.add(new Stage(group, List.of()));
                continue;
            }
            List<Problem> problems = new ArrayList<>();
            states.add(hybrid(snapshotA, snapshotB, fromB, configA, group, problems));
            stages.add(new Stage(group, problems));
        }
        List<LayerAttribution> layers = new ArrayList<>();
        for (LayerResult layer : resultA.layers()) {
            for (LayerMeasure measure : LayerMeasure.values()) {
                layers.add(attribute(layer.layer(), measure, states, order));
            }
        }
        return new Attribution(stages, layers);
    }

    private static AlvhResult hybrid(Snapshot a, Snapshot b, Set<InputGroup> fromB, AlvhConfig configA,
                                     InputGroup group, List<Problem> problems) {
        Snapshot snapshot = b;
        if (!fromB.containsAll(EnumSet.range(InputGroup.MARKET_AND_PRICES, InputGroup.FUTURES_CURVE))) {
            LoadResult<Snapshot> hybrid = HybridSnapshot.of(a, b, fromB);
            if (!hybrid.ok()) {
                problems.addAll(hybrid.errors());
                return null;
            }
            snapshot = hybrid.value();
        }
        try {
            return AlvhEngine.compute(snapshot, configA);
        } catch (UnusableSnapshotException e) {
            problems.addAll(e.problems());
        } catch (IllegalArgumentException e) {
            // a mix of two snapshots can break an invariant the reader guarantees for each of them
            String message = "the " + group.label() + " of the second snapshot cannot be used with the rest of the"
                    + " first: " + e.getMessage();
            problems.add(group.files().isEmpty() ? Problem.error("", 0, 0, message)
                    : Problem.error(Problem.Code.BAD_INPUT, group.files().get(0), 0, 0, message));
        }
        return null;
    }

    private static LayerAttribution attribute(int layer, LayerMeasure measure, List<AlvhResult> states,
                                              InputGroup[] order) {
        List<BigDecimal> values = states.stream().map(r -> value(r, layer, measure)).toList();
        BigDecimal before = values.get(0);
        BigDecimal after = values.get(values.size() - 1);
        List<Step> steps = new ArrayList<>();
        List<InputGroup> carried = new ArrayList<>();
        BigDecimal last = before;
        for (int k = 0; k < order.length; k++) {
            BigDecimal now = values.get(k + 1);
            if (now == null || last == null) {
                steps.add(new Step(order[k], null, List.of()));
                carried.add(order[k]);
                continue;
            }
            steps.add(new Step(order[k], now.subtract(last), carried));
            carried = new ArrayList<>();
            last = now;
        }
        if (before == null || after == null) {
            steps.replaceAll(s -> new Step(s.group(), null, List.of()));
        }
        return new LayerAttribution(layer, measure, before, after, steps);
    }

    private static BigDecimal value(AlvhResult result, int layer, LayerMeasure measure) {
        if (result == null) {
            return null;
        }
        for (LayerResult l : result.layers()) {
            if (l.layer() == layer) {
                Double v = measure.of(l);
                return v == null ? null : new BigDecimal(v);
            }
        }
        return null;
    }
}
