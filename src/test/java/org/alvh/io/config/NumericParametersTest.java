package org.alvh.io.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.alvh.model.AlvhConfig;
import org.alvh.model.LoadResult;
import org.alvh.whatif.NumericParameter;
import org.alvh.whatif.NumericParameter.StepKind;
import org.junit.jupiter.api.Test;

class NumericParametersTest {
    private static final AlvhConfig DEFAULTS = ConfigReader.defaults();
    private static final Map<String, NumericParameter> BY_KEY = NumericParameters.of(DEFAULTS).stream()
            .collect(Collectors.toMap(NumericParameter::key, Function.identity()));

    @Test
    void everyNumberAndWholeNumberKeyIsAParameterWithItsStepKind() {
        for (ConfigRule rule : ConfigRules.ALL) {
            if (rule.kind() == ConfigRule.Kind.NUMBER || rule.kind() == ConfigRule.Kind.INTEGER) {
                NumericParameter p = BY_KEY.get(rule.path());
                assertThat(p).as(rule.path()).isNotNull();
                assertThat(p.step()).as(rule.path())
                        .isEqualTo(rule.kind() == ConfigRule.Kind.INTEGER ? StepKind.WHOLE : StepKind.RELATIVE);
            }
        }
    }

    @Test
    void valuesAreThoseOfTheConfiguration() {
        assertThat(BY_KEY.get("layer1.base").value()).isEqualTo(DEFAULTS.layer1().base());
        assertThat(BY_KEY.get("beta.windowDays").value()).isEqualTo(60);
        assertThat(BY_KEY.get("volBeta.futuresBeta.30").value()).isEqualTo(0.55);
        assertThat(BY_KEY.get("layer2.windowDays[0]").value()).isEqualTo(DEFAULTS.layer2().windowDays().min());
        assertThat(BY_KEY.get("layer2.windowDays[0]").step()).isEqualTo(StepKind.WHOLE);
        assertThat(BY_KEY.get("scenario.historical[0].days").step()).isEqualTo(StepKind.WHOLE);
    }

    @Test
    void settingAValueChangesThatKeyAndNoOther() {
        LoadResult<AlvhConfig> set = BY_KEY.get("layer1.base").setter().set(0.7);

        assertThat(set.ok()).isTrue();
        assertThat(ConfigWriter.diffFromDefaults(set.value()).toString()).isEqualTo("{\"layer1\":{\"base\":0.7}}");
    }

    @Test
    void elementsOfCurvesWindowsAndShocksAreSetInPlace() {
        AlvhConfig curve = BY_KEY.get("volBeta.futuresBeta.60").setter().set(0.5).value();
        assertThat(curve.volBeta().futuresBeta()).containsEntry(60, 0.5).containsEntry(30, 0.55);
        AlvhConfig window = BY_KEY.get("layer3.windowDays[1]").setter().set(
                DEFAULTS.layer3().windowDays().max() + 1).value();
        assertThat(window.layer3().windowDays().max()).isEqualTo(DEFAULTS.layer3().windowDays().max() + 1);
        int days = DEFAULTS.scenario().historical().get(0).days();
        AlvhConfig shock = BY_KEY.get("scenario.historical[0].days").setter().set(days + 1).value();
        assertThat(shock.scenario().historical().get(0).days()).isEqualTo(days + 1);
    }

    @Test
    void aValueOutOfRangeComesBackAsTheValidatorsProblem() {
        LoadResult<AlvhConfig> set = BY_KEY.get("momentum.spxRsiBelow").setter().set(150);

        assertThat(set.ok()).isFalse();
        assertThat(set.errors()).extracting(p -> p.message()).anyMatch(m -> m.contains("momentum.spxRsiBelow"));
    }

    @Test
    void nonNumericKeysAreNotParameters() {
        assertThat(BY_KEY).doesNotContainKeys("returns", "beta.blume", "events.types", "layer1.instrument");
        assertThat(List.copyOf(BY_KEY.keySet())).noneMatch(k -> k.startsWith("sectors."));
    }
}
