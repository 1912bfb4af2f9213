package org.alvh.io.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.alvh.model.AlvhConfig;

class ConfigKeysTest {

    @Test
    void everyDefaultLeafHasExactlyOneRuleInFileOrder() {
        List<String> leaves = ConfigKeys.leafPaths(ConfigReader.defaultsTree());

        assertThat(ConfigKeys.all()).extracting(ConfigKey::path).containsExactlyElementsOf(leaves);
        assertThat(ConfigRules.ALL).extracting(ConfigRule::path).containsExactlyInAnyOrderElementsOf(leaves);
        assertThat(leaves).hasSize(76).startsWith("market.riskFreeRate").endsWith("parity.thresholdUsd");
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
