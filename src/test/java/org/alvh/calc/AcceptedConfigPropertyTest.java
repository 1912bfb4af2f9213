package org.alvh.calc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.alvh.io.config.ConfigReader;
import org.alvh.io.config.ConfigRule;
import org.alvh.io.config.ConfigRules;
import org.alvh.model.AlvhConfig;
import org.alvh.model.LoadResult;
import org.alvh.model.Problem;
import org.alvh.testing.FiniteOutputs;

/**
 * Issue 8 item 2, as a property: any configuration the validator accepts computes (every output finite) or
 * ends in an {@link UnusableSnapshotException} with located problems; it never throws anything else (the
 * command line's exit 1). Values are drawn at and between the bounds of {@link ConfigRules}, several keys at
 * once. Before the bounds, {@code smoothing.slow} 2,000,000,000 overflowed an index and {@code layer2.otm}
 * 1e308 and {@code vix.strikeStep} 1e-320 ended in internal errors.
 */
class AcceptedConfigPropertyTest {
    private static final int DAYS = 80;
    private static final double UNBOUNDED = 1e6;
    private static final List<ConfigRule> NUMERIC = ConfigRules.ALL.stream()
            .filter(r -> r.kind() == ConfigRule.Kind.NUMBER || r.kind() == ConfigRule.Kind.INTEGER).toList();

    private static TestSnapshots market(long seed) {
        Random random = new Random(seed);
        TestSnapshots s = new TestSnapshots(DAYS);
        for (int i = 0; i < 4; i++) {
            s.noisyMember("T" + i, i % 2 == 0 ? "Utilities" : "Energy", 1e9 * (1 + random.nextDouble()),
                    0.5 + random.nextDouble(), 0.01, random.nextLong());
        }
        return s;
    }

    /** A value for {@code rule}: one of its bounds, or a point between them (log-uniform in magnitude). */
    static double draw(ConfigRule rule, Random random) {
        double lo = -UNBOUNDED;
        double hi = UNBOUNDED;
        boolean loOpen = false;
        for (ConfigRule.Bound b : rule.bounds()) {
            if (b.refersToKey()) {
                continue;
            }
            switch (b.op()) {
                case GE -> lo = b.constant();
                case GT -> {
                    lo = b.constant();
                    loOpen = true;
                }
                case LE, LT -> hi = b.constant();
            }
        }
        if (loOpen) {
            lo = lo + Math.max(1e-9, Math.abs(lo) * 1e-9);
        }
        double v = switch (random.nextInt(4)) {
            case 0 -> lo;
            case 1 -> hi;
            case 2 -> lo + (hi - lo) * random.nextDouble();
            default -> Math.max(lo, Math.min(hi, Math.copySign(Math.pow(10, -6 + 12 * random.nextDouble()),
                    random.nextBoolean() ? 1 : -1)));
        };
        return rule.kind() == ConfigRule.Kind.INTEGER ? Math.ceil(v) : v;
    }

    @Property(tries = 200)
    void anyAcceptedConfigComputesOrReportsALocatedProblem(@ForAll long seed,
                                                           @ForAll @IntRange(min = 1, max = 4) int keys) {
        Random random = new Random(seed);
        ObjectNode tree = ConfigReader.defaultsTree();
        ((ObjectNode) tree.get("beta")).put("windowDays", 10).put("minObservations", 8);
        for (int k = 0; k < keys; k++) {
            ConfigRule rule = NUMERIC.get(random.nextInt(NUMERIC.size()));
            String[] path = rule.path().split("\\.");
            ObjectNode parent = tree;
            for (int i = 0; i < path.length - 1; i++) {
                parent = (ObjectNode) parent.get(path[i]);
            }
            double value = draw(rule, random);
            if (rule.kind() == ConfigRule.Kind.INTEGER) {
                parent.put(path[path.length - 1], (long) value);
            } else {
                parent.put(path[path.length - 1], value);
            }
        }
        LoadResult<AlvhConfig> config = new ConfigReader().fromTree(tree);
        Assume.that(config.ok()); // values that break a bound between keys are the validator's to refuse

        AlvhResult result;
        try {
            result = AlvhEngine.compute(market(seed).build(), config.value());
        } catch (UnusableSnapshotException e) {
            assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
                assertThat(p.isError()).isTrue();
                assertThat(p.file().isEmpty() ? p.message() : p.file()).isNotBlank();
            });
            return;
        }
        FiniteOutputs.check(result);
        assertThat(result.layers()).allSatisfy(l -> assertThat(Math.abs(l.quantity()))
                .isLessThanOrEqualTo(FiniteResultCheck.MAX_EXACT_INTEGER));
        assertThat(result.warnings()).noneMatch(Problem::isError);
    }
}
