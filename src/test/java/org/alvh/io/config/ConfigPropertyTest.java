package org.alvh.io.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.alvh.io.config.ConfigRule.Bound;
import org.alvh.io.config.ConfigRule.Kind;
import org.alvh.io.config.ConfigRule.Op;
import org.alvh.model.AlvhConfig;
import org.alvh.model.LoadResult;

/** Any in-range value of a single numeric key is accepted, kept, and survives writing and reading back. */
class ConfigPropertyTest {

    /** Span searched above an open-ended lower bound (or below an open-ended upper one). */
    private static final double OPEN_SPAN = 1000;

    /** Keys that take part in no bound between keys, so any value within their own range is valid. */
    private static final List<ConfigRule> INDEPENDENT_NUMERIC_KEYS = independentNumericKeys();

    private final ConfigReader reader = new ConfigReader();

    @Property(tries = 300)
    void singleInRangeValueIsKeptAndRoundTrips(@ForAll("singleKeyOverrides") Override override) {
        LoadResult<AlvhConfig> result = reader.fromTree(override.tree());

        assertThat(result.problems()).as(override.toString()).isEmpty();
        JsonNode written = ConfigTrees.at(ConfigWriter.toTree(result.value()), override.rule().path());
        assertThat(written.doubleValue()).isEqualTo(override.value());
        ObjectNode diff = ConfigWriter.diffFromDefaults(result.value());
        assertThat(ConfigKeys.leafPaths(diff)).isSubsetOf(override.rule().path());
        assertThat(reader.fromTree(diff).value()).isEqualTo(result.value());
        assertThat(reader.fromTree(ConfigWriter.toTree(result.value())).value()).isEqualTo(result.value());
    }

    @Provide
    Arbitrary<Override> singleKeyOverrides() {
        return Arbitraries.of(INDEPENDENT_NUMERIC_KEYS)
                .flatMap(rule -> values(rule).map(value -> new Override(rule, value)));
    }

    private static Arbitrary<Double> values(ConfigRule rule) {
        Bound lower = rule.bounds().stream().filter(b -> b.op() == Op.GE || b.op() == Op.GT).findFirst().orElse(null);
        Bound upper = rule.bounds().stream().filter(b -> b.op() == Op.LE || b.op() == Op.LT).findFirst().orElse(null);
        double lo = lower != null ? lower.constant() : (upper != null ? upper.constant() : 0) - OPEN_SPAN;
        double hi = upper != null ? upper.constant() : lo + OPEN_SPAN;
        boolean loIncluded = lower == null || lower.op() == Op.GE;
        boolean hiIncluded = upper == null || upper.op() == Op.LE;
        if (rule.kind() == Kind.INTEGER) {
            int min = (int) Math.ceil(lo) + (loIncluded ? 0 : 1);
            int max = (int) Math.floor(hi) - (hiIncluded ? 0 : 1);
            return Arbitraries.integers().between(min, max).map(Integer::doubleValue);
        }
        return Arbitraries.doubles().between(lo, loIncluded, hi, hiIncluded).ofScale(4)
                .filter(v -> rule.bounds().stream().allMatch(b -> b.holds(v, b.constant())));
    }

    private static List<ConfigRule> independentNumericKeys() {
        Set<String> referenced = ConfigRules.ALL.stream()
                .flatMap(r -> r.keyBounds().stream().map(Bound::key))
                .collect(Collectors.toSet());
        return ConfigRules.ALL.stream()
                .filter(r -> r.kind() == Kind.NUMBER || r.kind() == Kind.INTEGER)
                .filter(r -> r.keyBounds().isEmpty() && !referenced.contains(r.path()))
                .toList();
    }

    /** One key set to one value, as a nested override tree. */
    record Override(ConfigRule rule, double value) {
        ObjectNode tree() {
            ObjectNode root = ConfigJson.mapper().createObjectNode();
            ObjectNode section = root;
            String[] segments = rule.path().split("\\.");
            for (int i = 0; i < segments.length - 1; i++) {
                section = section.putObject(segments[i]);
            }
            String leaf = segments[segments.length - 1];
            if (rule.kind() == Kind.INTEGER) {
                section.put(leaf, (int) value);
            } else {
                section.put(leaf, value);
            }
            return root;
        }
    }
}
