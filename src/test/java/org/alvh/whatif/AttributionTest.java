package org.alvh.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Objects;
import org.alvh.calc.AlvhResult;
import org.alvh.calc.LayerResult;
import org.alvh.model.AlvhConfig;
import org.alvh.model.Snapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AttributionTest {
    private static Snapshot calm;
    private static Snapshot selloff;
    private static AlvhResult calmResult;
    private static AlvhResult selloffResult;

    @BeforeAll
    static void read() {
        calm = Samples.read(Samples.CALM);
        selloff = Samples.read(Samples.SELLOFF);
        calmResult = Samples.compute(calm, Samples.defaults());
        selloffResult = Samples.compute(selloff, Samples.defaults());
    }

    @Test
    void stepsSumExactlyToTheChangeBetweenTheTwoResults() {
        Attribution attribution = Attribution.of(calm, Samples.defaults(), calmResult, selloff, Samples.defaults(),
                selloffResult);

        assertThat(attribution.layers()).hasSize(3 * LayerMeasure.values().length);
        for (Attribution.LayerAttribution a : attribution.layers()) {
            // the ends are the two results' own figures, read without the attribution
            assertThat(a.before()).isEqualByComparingTo(exact(calmResult, a.layer(), a.measure()));
            assertThat(a.after()).isEqualByComparingTo(exact(selloffResult, a.layer(), a.measure()));
            BigDecimal sum = a.steps().stream().map(Attribution.Step::change).filter(Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).as("layer %d %s", a.layer(), a.measure()).isEqualByComparingTo(a.total());
            assertThat(a.steps()).extracting(Attribution.Step::group).containsExactly(InputGroup.values());
            assertThat(a.steps().get(a.steps().size() - 1).change()).isNotNull();
        }
    }

    @Test
    void oneSnapshotUnderTwoConfigsMovesOnlyTheConfigStep() {
        AlvhConfig bigger = Samples.config("{\"layer2\": {\"base\": 0.5}}");
        AlvhResult after = Samples.compute(selloff, bigger);

        Attribution attribution = Attribution.of(selloff, Samples.defaults(), selloffResult, selloff, bigger, after);

        Attribution.LayerAttribution layer2 = attribution.layers().stream()
                .filter(a -> a.layer() == 2 && a.measure() == LayerMeasure.TARGET_VEV).findFirst().orElseThrow();
        for (Attribution.Step step : layer2.steps()) {
            BigDecimal expected = step.group() == InputGroup.CONFIG ? layer2.total() : BigDecimal.ZERO;
            assertThat(step.change()).as(step.group().label()).isEqualByComparingTo(expected);
        }
        // r2 = layer2.base × L × R and target = r2 × H: 0.4 → 0.5 scales the target by 5/4
        double before = layer2.before().doubleValue();
        assertThat(layer2.after().doubleValue()).isCloseTo(before * 1.25, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(attribution.stages()).allMatch(Attribution.Stage::computed);
    }

    @Test
    void aStepThatCannotBeComputedIsLocatedAndItsEffectCarriedIntoTheNextStep() {
        // step 1 puts the sell-off's market (2018-02-05) with the calm sample's condor, which expired before it
        Attribution attribution = Attribution.of(calm, Samples.defaults(), calmResult, selloff,
                Samples.defaults(), selloffResult);

        Attribution.Stage market = attribution.stages().get(0);
        assertThat(market.group()).isEqualTo(InputGroup.MARKET_AND_PRICES);
        assertThat(market.computed()).isFalse();
        assertThat(market.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("condor.csv");
            assertThat(p.line()).isPositive();
            assertThat(p.message()).contains("expired", "2018-02-05");
        });
        for (Attribution.LayerAttribution a : attribution.layers()) {
            assertThat(a.steps().get(0).change()).isNull();
            Attribution.Step carrier = a.steps().stream().filter(s -> s.change() != null).findFirst().orElseThrow();
            assertThat(carrier.includes()).contains(InputGroup.MARKET_AND_PRICES);
            BigDecimal sum = a.steps().stream().map(Attribution.Step::change).filter(Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).isEqualByComparingTo(a.total());
        }
    }

    private static BigDecimal exact(AlvhResult r, int layer, LayerMeasure measure) {
        LayerResult l = r.layers().get(layer - 1);
        return measure == LayerMeasure.TARGET_VEV ? new BigDecimal(l.vevTarget()) : BigDecimal.valueOf(l.quantity());
    }
}
