package org.alvh.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;
import org.alvh.model.AlvhConfig;
import org.alvh.model.OptionLeg;

/**
 * Invariants of the engine on random synthetic snapshots ({@link TestSnapshots}: noisy powers of the index,
 * random caps and betas), each stated as a property (issue 4).
 */
class EnginePropertyTest {
    private static final int DAYS = 80;
    private static final int TRIES = 60;
    /** Weights are normalised by one division: they sum to 1 up to a few ulps per member. */
    private static final double WEIGHT_SUM = 1e-12;
    /** Results that should not change at all, up to rounding in different summation orders. */
    private static final double RELATIVE = 1e-9;
    /** Room for rounding in |achieved − target| ≤ unit / 2. */
    private static final double HALF_UNIT_SLACK = 1e-9;
    /** A layer-3 level threshold every effective beta reaches, so the tail layer is always sized. */
    private static final double ALWAYS_TRIGGERED = -1e6;
    private static final double MIN_CAP = 1e8;
    private static final double MAX_CAP = 1e12;
    private static final double MIN_POWER = 0.2;
    private static final double MAX_POWER = 2.5;
    private static final double NOISE = 0.01;
    private static final List<String> SECTORS = List.of("Information Technology", "Utilities", "Financials",
            "Energy", "Health Care", "Real Estate");

    /** {@code n} random members from {@code seed}, every cap times {@code capScale}. */
    private static TestSnapshots market(long seed, int n, double capScale) {
        Random random = new Random(seed);
        TestSnapshots s = new TestSnapshots(DAYS);
        for (int i = 0; i < n; i++) {
            double cap = MIN_CAP * Math.pow(MAX_CAP / MIN_CAP, random.nextDouble());
            double power = MIN_POWER + (MAX_POWER - MIN_POWER) * random.nextDouble();
            s.noisyMember("T" + i, SECTORS.get(i % SECTORS.size()), cap * capScale, power, NOISE, random.nextLong());
        }
        return s;
    }

    @Property(tries = TRIES)
    void basketWeightsSumToOne(@ForAll long seed, @ForAll @IntRange(min = 1, max = 8) int n) {
        AlvhResult r = AlvhEngine.compute(market(seed, n, 1).build(), TestSnapshots.shortWindows());

        assertThat(r.beta().basket().stream().mapToDouble(BasketMember::weight).sum()).isCloseTo(1, within(WEIGHT_SUM));
    }

    @Property(tries = TRIES)
    void scalingEveryCapChangesNothing(@ForAll long seed, @ForAll @IntRange(min = 1, max = 8) int n,
                                       @ForAll @Scale(3) @DoubleRange(min = 0.001, max = 1000) double factor) {
        AlvhConfig config = TestSnapshots.shortWindows();
        AlvhResult base = AlvhEngine.compute(market(seed, n, 1).build(), config);
        AlvhResult scaled = AlvhEngine.compute(market(seed, n, factor).build(), config);

        assertClose(scaled.beta().raw(), base.beta().raw());
        assertClose(scaled.beta().correlationAdjustment(), base.beta().correlationAdjustment());
        assertClose(scaled.beta().adjusted(), base.beta().adjusted());
        assertClose(scaled.beta().smoothed(), base.beta().smoothed());
        assertThat(scaled.beta().basket()).hasSameSizeAs(base.beta().basket());
        for (int i = 0; i < base.beta().basket().size(); i++) {
            BasketMember a = base.beta().basket().get(i);
            BasketMember b = scaled.beta().basket().get(i);
            assertThat(b.ticker()).isEqualTo(a.ticker());
            assertClose(b.weight(), a.weight());
            assertClose(b.beta(), a.beta());
        }
    }

    @Property(tries = TRIES)
    void aConstituentOutsideTheBasketDoesNotMoveTheWeightedBeta(@ForAll long seed,
                                                                @ForAll @IntRange(min = 1, max = 6) int n,
                                                                @ForAll @DoubleRange(min = 0.2, max = 2.5) double power) {
        AlvhConfig topN = TestSnapshots.shortWindows(tree -> ((ObjectNode) tree.get("weights")).put("topN", n));
        AlvhResult base = AlvhEngine.compute(market(seed, n, 1).build(), topN);
        TestSnapshots withOutsider = market(seed, n, 1).noisyMember("ZZZ", "Energy", MIN_CAP / 2, power, NOISE, seed);
        AlvhResult more = AlvhEngine.compute(withOutsider.build(), topN);

        assertThat(more.beta().basket()).extracting(BasketMember::ticker).doesNotContain("ZZZ");
        assertClose(more.beta().raw(), base.beta().raw());
        for (int t = 0; t < base.beta().series().size(); t++) {
            assertClose(more.beta().series().get(t).weightedBeta(), base.beta().series().get(t).weightedBeta());
        }
    }

    @Property(tries = TRIES)
    void aLayerQuantityNeverFallsWhenItsTargetRises(@ForAll @LongRange(min = 0, max = 1000) long seed,
                                                    @ForAll @IntRange(min = 1, max = 60) int q1,
                                                    @ForAll @IntRange(min = 0, max = 60) int extra,
                                                    @ForAll @DoubleRange(min = 0, max = 1) double base1,
                                                    @ForAll @DoubleRange(min = 0, max = 1) double more) {
        AlvhResult low = sized(seed, q1, base1, base1);
        AlvhResult high = sized(seed, q1 + extra, base1 + more, base1 + more);

        assertThat(low.layers()).allMatch(LayerResult::active);
        for (int i = 0; i < low.layers().size(); i++) {
            LayerResult a = low.layers().get(i);
            LayerResult b = high.layers().get(i);
            assertThat(b.vevTarget()).isGreaterThanOrEqualTo(a.vevTarget());
            assertThat(b.quantity()).as("layer %d", a.layer()).isGreaterThanOrEqualTo(a.quantity());
        }
    }

    @Property(tries = TRIES)
    void theResidualOfALayerIsAtMostHalfAUnit(@ForAll @LongRange(min = 0, max = 1000) long seed,
                                              @ForAll @IntRange(min = 1, max = 200) int quantity,
                                              @ForAll @IntRange(min = 0, max = 2) int layer1,
                                              @ForAll @IntRange(min = 0, max = 1) int layer2,
                                              @ForAll @IntRange(min = 0, max = 1) int layer3) {
        String[] l1 = {"VX_FUTURE", "VXM_FUTURE", "VIX_CALL_BUTTERFLY"};
        String[] l2 = {"VIX_CALL", "SPX_VARIANCE_SWAP"};
        String[] l3 = {"VIX_CALL", "SPX_PUT_SPREAD"};
        AlvhConfig config = TestSnapshots.shortWindows(tree -> {
            ((ObjectNode) tree.get("layer1")).put("instrument", l1[layer1]);
            ((ObjectNode) tree.get("layer2")).put("instrument", l2[layer2]);
            ((ObjectNode) tree.get("layer3")).put("instrument", l3[layer3]).put("trigger", "level")
                    .put("threshold", ALWAYS_TRIGGERED);
        });
        AlvhResult r = AlvhEngine.compute(withCondorQuantity(market(seed, 3, 1), quantity).build(), config);

        assertThat(r.layers()).as("the condor is short vega and every layer has an instrument")
                .allMatch(LayerResult::active);
        for (LayerResult l : r.layers()) {
            if (!l.active()) {
                continue;
            }
            double step = l.structure() == HedgeStructure.SPX_VARIANCE_SWAP ? config.layer2().varSwapRounding() : 1;
            double unit = step * l.vevPerUnit();
            assertThat(Math.abs(l.vevAchieved() - l.vevTarget())).as("layer %d %s", l.layer(), l.instrument())
                    .isLessThanOrEqualTo(unit / 2 + HALF_UNIT_SLACK * Math.max(1, unit));
        }
    }

    private static AlvhResult sized(long seed, int condorQuantity, double base1, double base2) {
        AlvhConfig config = TestSnapshots.shortWindows(tree -> {
            ((ObjectNode) tree.get("layer1")).put("base", base1);
            ((ObjectNode) tree.get("layer2")).put("base", base2);
            ((ObjectNode) tree.get("layer3")).put("trigger", "level").put("threshold", ALWAYS_TRIGGERED);
        });
        return AlvhEngine.compute(withCondorQuantity(market(seed, 3, 1), condorQuantity).build(), config);
    }

    private static TestSnapshots withCondorQuantity(TestSnapshots s, int q) {
        s.condor = s.condor.stream().map(l -> new OptionLeg(l.line(), l.right(), l.strike(), l.expiry(),
                Math.signum(l.quantity()) * q, l.impliedVol(), l.price())).toList();
        return s;
    }

    private static void assertClose(double actual, double expected) {
        assertThat(actual).isCloseTo(expected, within(RELATIVE * Math.max(1, Math.abs(expected))));
    }
}
