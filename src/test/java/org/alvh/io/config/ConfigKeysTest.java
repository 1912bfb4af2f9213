package org.alvh.io.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.alvh.model.AlvhConfig;

class ConfigKeysTest {

    @Test
    void everyDefaultLeafHasExactlyOneRuleInFileOrder() {
        List<String> leaves = ConfigKeys.leafPaths(ConfigReader.defaultsTree());

        assertThat(ConfigKeys.all()).extracting(ConfigKey::path).containsExactlyElementsOf(leaves);
        assertThat(ConfigRules.ALL).extracting(ConfigRule::path).containsExactlyInAnyOrderElementsOf(leaves);
        assertThat(leaves).hasSize(108).startsWith("market.riskFreeRate").endsWith("backtest.halfSpread.varianceSwap");
    }

    /**
     * Independent of {@link ConfigKeys#leafPaths}: the JSON block of docs/METHOD.md §7 and config/alvh.json,
     * each read with a plain Jackson mapper and walked here, name the same keys, in the same order, with the
     * same defaults as {@link ConfigKeys#all()}.
     */
    @Test
    void theKeysAreThoseOfMethodSectionSevenAndTheProjectConfig() throws IOException {
        Map<String, JsonNode> documented = leaves(new ObjectMapper().readTree(methodSectionSevenJson()));
        Map<String, JsonNode> project = leaves(new ObjectMapper().readTree(
                Files.readString(Path.of("config/alvh.json"), StandardCharsets.UTF_8)));
        Map<String, JsonNode> keys = new LinkedHashMap<>();
        ConfigKeys.all().forEach(k -> keys.put(k.path(), k.defaultValue()));

        assertThat(documented).hasSize(108);
        assertThat(List.copyOf(keys.keySet())).containsExactlyElementsOf(documented.keySet());
        assertThat(keys).isEqualTo(documented);
        assertThat(project).isEqualTo(documented);
        assertThat(List.copyOf(project.keySet())).containsExactlyElementsOf(documented.keySet());
    }

    /** The fenced JSON block under the "## 7." heading of docs/METHOD.md. */
    private static String methodSectionSevenJson() throws IOException {
        String method = Files.readString(Path.of("docs/METHOD.md"), StandardCharsets.UTF_8);
        int section = method.indexOf("\n## 7. ");
        assertThat(section).as("METHOD.md has a section 7").isPositive();
        int start = method.indexOf("```json\n", section);
        int end = method.indexOf("\n```", start + 1);
        assertThat(start).isPositive();
        assertThat(end).isGreaterThan(start);
        return method.substring(start + "```json\n".length(), end);
    }

    /**
     * Dotted leaf paths in document order: objects are sections, except the two map-valued keys METHOD.md §7
     * names (their whole map is one value); lists and scalars are leaves.
     */
    private static Map<String, JsonNode> leaves(JsonNode tree) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        List<String> path = new ArrayList<>();
        collect(tree, path, out);
        return out;
    }

    private static void collect(JsonNode node, List<String> path, Map<String, JsonNode> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            path.add(field.getKey());
            String dotted = String.join(".", path);
            boolean mapValued = dotted.equals("volBeta.futuresBeta") || dotted.equals("sectors.aliases");
            if (field.getValue().isObject() && !mapValued) {
                collect(field.getValue(), path, out);
            } else {
                out.put(dotted, field.getValue());
            }
            path.remove(path.size() - 1);
        }
    }

    @Test
    void keyCarriesTypeDefaultRequirementAndDescription() {
        ConfigKey key = ConfigKeys.find("beta.minObservations").orElseThrow();

        assertThat(key.jsonType()).isEqualTo("integer");
        assertThat(key.defaultValue().intValue()).isEqualTo(40);
        assertThat(key.requirement()).isEqualTo("a whole number >= 2 and <= beta.windowDays");
        assertThat(key.section()).isEqualTo("beta");
        assertThat(ConfigKeys.all()).allSatisfy(k -> assertThat(k.description()).isNotBlank().endsWith("."));
    }

    @Test
    void onlyFuturesBetaAndAliasesAreMapValued() {
        assertThat(ConfigRules.ALL).filteredOn(r -> r.kind().isMap()).extracting(ConfigRule::path)
                .containsExactly("sectors.aliases", "volBeta.futuresBeta");
    }

    @Test
    void boundsReferToNumericKeys() {
        ConfigRules.ALL.forEach(rule -> rule.keyBounds().forEach(bound ->
                assertThat(ConfigRules.byPath(bound.key()).kind())
                        .as(rule.path() + " -> " + bound.key())
                        .isIn(ConfigRule.Kind.NUMBER, ConfigRule.Kind.INTEGER)));
    }

    @Test
    void enumRulesAllowExactlyTheModelConstants() {
        Map<String, Class<? extends Enum<?>>> enums = Map.of(
                "returns", AlvhConfig.ReturnType.class,
                "layer1.instrument", AlvhConfig.Layer1Instrument.class,
                "layer2.instrument", AlvhConfig.Layer2Instrument.class,
                "layer3.instrument", AlvhConfig.Layer3Instrument.class,
                "layer3.trigger", AlvhConfig.Trigger.class);

        assertThat(ConfigRules.ALL).filteredOn(r -> r.kind() == ConfigRule.Kind.ENUM).extracting(ConfigRule::path)
                .containsExactlyInAnyOrderElementsOf(enums.keySet());
        enums.forEach((path, type) -> assertThat(ConfigRules.byPath(path).allowed())
                .extracting(a -> a.toUpperCase(Locale.ROOT))
                .containsExactlyElementsOf(Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
    }

    @Test
    void suggestionFindsTheNearestKey() {
        assertThat(ConfigMerger.closest("layer3.putLongMoneynes", ConfigKeys.allPaths()))
                .isEqualTo("layer3.putLongMoneyness");
        assertThat(ConfigMerger.closest("completely.different", ConfigKeys.allPaths())).isNull();
    }
}
