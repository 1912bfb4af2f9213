package org.alvh.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alvh.calc.AlvhResult;
import org.alvh.io.config.NumericParameters;
import org.alvh.model.AlvhConfig;
import org.alvh.model.Snapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SensitivityTest {
    private static final double STEP = 0.1;
    private static Snapshot selloff;
    private static AlvhResult base;
    private static Sensitivity sensitivity;

    @BeforeAll
    static void compute() {
        selloff = Samples.read(Samples.SELLOFF);
        base = Samples.compute(selloff, Samples.defaults());
        sensitivity = Sensitivity.compute(selloff, base, NumericParameters.of(Samples.defaults()), STEP,
                (done, total) -> { });
    }

    @Test
    void everyNumericParameterIsBumpedBothWays() {
        assertThat(sensitivity.parameters()).extracting(ParameterSensitivity::key)
                .contains("layer1.base", "beta.windowDays", "volBeta.futuresBeta.30", "layer2.windowDays[0]",
                        "scenario.spxMoves[0]", "backtest.capital");
        assertThat(sensitivity.relativeStep()).isEqualTo(STEP);
        assertThat(sensitivity.base()).hasSize(3);
    }

    @Test
    void aContinuousParameterMovesByTheRelativeStepAndAWholeNumberByOne() {
        ParameterSensitivity layer2 = row("layer2.base");
        assertThat(layer2.down().value()).isEqualTo(0.4 * 0.9);
        assertThat(layer2.up().value()).isEqualTo(0.4 * 1.1);
        ParameterSensitivity window = row("beta.windowDays");
        assertThat(window.down().value()).isEqualTo(59);
        assertThat(window.up().value()).isEqualTo(61);
    }

    @Test
    void layerTwoTargetScalesWithItsBase() {
        // target2 = layer2.base × L × R × H: the bump scales it by 0.9 and 1.1
        double target = sensitivity.baseLayer(2).vevTarget();
        ParameterSensitivity layer2 = row("layer2.base");
        assertThat(layer2.down().layer(2).vevTarget()).isCloseTo(target * 0.9, within(1e-9 * target));
        assertThat(layer2.up().layer(2).vevTarget()).isCloseTo(target * 1.1, within(1e-9 * target));
    }

    @Test
    void aParameterALayerDoesNotUseMovesNothingInIt() {
        for (String key : List.of("layer2.base", "layer3.c_ad", "layer3.base")) {
            ParameterSensitivity row = row(key);
            for (Bump bump : List.of(row.down(), row.up())) {
                assertThat(bump.outcome()).isEqualTo(Bump.Outcome.COMPUTED);
                assertThat(bump.layer(1)).as(key).isEqualTo(sensitivity.baseLayer(1));
            }
        }
        for (String key : List.of("backtest.capital", "scenario.vixFloor", "surface.skew", "parity.thresholdUsd")) {
            ParameterSensitivity row = row(key);
            assertThat(row.down().layers()).as(key).isEqualTo(sensitivity.base());
            assertThat(row.up().layers()).as(key).isEqualTo(sensitivity.base());
        }
    }

    @Test
    void theHedgedWorstPnlIsRecordedAndMovesWithTheScenariosButNotTheLayers() {
        assertThat(sensitivity.baseWorstHedgedUsd()).isEqualTo(base.risk().worstHedgedUsd());
        ParameterSensitivity capital = row("backtest.capital");
        assertThat(capital.up().worstHedgedUsd()).isEqualTo(sensitivity.baseWorstHedgedUsd());
        // the coordinated path's VIX per SPX point moves the stressed book, not the sizing of the layers
        ParameterSensitivity path = row("scenario.vixPerSpxUp");
        assertThat(path.down().layers()).isEqualTo(sensitivity.base());
        assertThat(path.down().worstHedgedUsd()).isNotEqualTo(sensitivity.baseWorstHedgedUsd());
        assertThat(row("backtest.longDelta").up().worstHedgedUsd()).isNull();
    }

    @Test
    void aZeroContinuousValueIsNotMoved() {
        ParameterSensitivity longDelta = row("backtest.longDelta");
        assertThat(longDelta.value()).isZero();
        assertThat(longDelta.down().outcome()).isEqualTo(Bump.Outcome.UNMOVED);
        assertThat(longDelta.up().outcome()).isEqualTo(Bump.Outcome.UNMOVED);
    }

    @Test
    void aBumpTheValidatorRefusesIsReportedAndNeverComputed() {
        AlvhConfig atTheTop = Samples.config("{\"momentum\": {\"spxRsiBelow\": 100}, "
                + "\"beta\": {\"windowDays\": 60, \"minObservations\": 60}}");
        List<NumericParameter> parameters = new ArrayList<>();
        Map<String, Integer> calls = new java.util.HashMap<>();
        for (NumericParameter p : NumericParameters.of(atTheTop)) {
            if (p.key().equals("momentum.spxRsiBelow") || p.key().equals("beta.minObservations")) {
                parameters.add(p);
            }
        }
        Sensitivity s = Sensitivity.compute(selloff, Samples.compute(selloff, atTheTop), parameters, STEP,
                (done, total) -> calls.merge("progress", 1, Integer::sum));

        assertThat(calls.get("progress")).isEqualTo(2);
        ParameterSensitivity rsi = s.parameters().get(1);
        assertThat(rsi.key()).isEqualTo("momentum.spxRsiBelow");
        assertThat(rsi.down().outcome()).isEqualTo(Bump.Outcome.COMPUTED);
        assertThat(rsi.up().outcome()).isEqualTo(Bump.Outcome.REFUSED);
        assertThat(rsi.up().layers()).isEmpty();
        assertThat(rsi.up().problems()).anySatisfy(p -> assertThat(p.message()).contains("momentum.spxRsiBelow"));
        ParameterSensitivity minObs = s.parameters().get(0);
        assertThat(minObs.key()).isEqualTo("beta.minObservations");
        assertThat(minObs.up().outcome()).isEqualTo(Bump.Outcome.REFUSED);
        assertThat(minObs.down().outcome()).isEqualTo(Bump.Outcome.COMPUTED);
    }

    private static ParameterSensitivity row(String key) {
        return sensitivity.parameters().stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow();
    }
}
