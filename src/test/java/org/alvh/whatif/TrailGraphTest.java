package org.alvh.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.alvh.calc.AlvhResult;
import org.alvh.calc.AuditTrail;
import org.alvh.calc.AuditTrail.Figure;
import org.alvh.io.config.NumericParameters;
import org.alvh.model.AlvhConfig;
import org.alvh.model.LoadResult;
import org.alvh.model.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The trail's inputs name their figures and configuration keys, so a change can be followed through it. */
class TrailGraphTest {
    private static final Snapshot SELLOFF = Samples.read(Samples.SELLOFF);
    private static final Snapshot CALM = Samples.read(Samples.CALM);
    private static final Map<String, Snapshot> SAMPLES = Map.of(name(Samples.CALM), CALM,
            name(Samples.SELLOFF), SELLOFF);
    private static final Map<String, AlvhResult> BASES = Map.of(name(Samples.CALM),
            Samples.compute(CALM, Samples.defaults()), name(Samples.SELLOFF), Samples.compute(SELLOFF, Samples.defaults()));
    /** The parameters the sensitivity bumps, by key. */
    private static final Map<String, NumericParameter> PARAMETERS = NumericParameters.of(Samples.defaults()).stream()
            .collect(Collectors.toMap(NumericParameter::key, Function.identity(), (a, b) -> a, LinkedHashMap::new));

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "layer1.base, '{\"layer1\": {\"base\": 0.44}}'",
        "layer2.base, '{\"layer2\": {\"base\": 0.44}}'",
        "layer3.base, '{\"layer3\": {\"base\": 0.275}}'",
        "layer3.c_ad, '{\"layer3\": {\"c_ad\": 0.3}}'",
        "layer1.upliftMin, '{\"layer1\": {\"upliftMin\": 0.33}}'",
    })
    void aChangeInOneConfigKeyMovesOnlyTheFiguresDownstreamOfIt(String key, String override) {
        AlvhResult base = Samples.compute(SELLOFF, Samples.defaults());
        AlvhResult bumped = Samples.compute(SELLOFF, Samples.config(override));

        List<String> changed = ResultDiff.of(base, bumped).changes().stream().map(FigureChange::key).toList();

        assertThat(changed).isNotEmpty();
        assertThat(TrailGraph.of(bumped.trail()).downstream(key)).containsAll(changed);
    }

    static Stream<Arguments> everyNumericParameterOnBothSamples() {
        return Stream.of(Samples.CALM, Samples.SELLOFF).flatMap(sample ->
                PARAMETERS.keySet().stream().map(key -> Arguments.of(name(sample), key)));
    }

    /**
     * Issue 12: every numeric parameter of the default configuration, bumped down and up as the sensitivity bumps
     * it, moves only figures that lie downstream of its key. A figure that changed or appeared is looked up in the
     * bumped result's trail, one that disappeared in the base result's. Bumps the validator refuses and bumps that
     * do not move the value (zero moved relatively) are not computed by the sensitivity, nor here.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyNumericParameterOnBothSamples")
    void aBumpOfAnyNumericParameterMovesOnlyFiguresDownstreamOfItsKey(String sample, String key) {
        AlvhResult base = BASES.get(sample);
        NumericParameter parameter = PARAMETERS.get(key);
        Set<String> downstreamBefore = TrailGraph.of(base.trail()).downstream(key);
        List<String> outside = new ArrayList<>();
        for (Bump.Direction direction : Bump.Direction.values()) {
            double value = Sensitivity.bumped(parameter, direction, Sensitivity.DEFAULT_STEP);
            if (value == parameter.value()) {
                continue;
            }
            LoadResult<AlvhConfig> config = parameter.setter().set(value);
            if (!config.ok()) {
                continue;
            }
            AlvhResult bumped = Samples.compute(SAMPLES.get(sample), config.value());
            Set<String> downstreamAfter = TrailGraph.of(bumped.trail()).downstream(key);
            for (FigureChange change : ResultDiff.of(base, bumped).changes()) {
                Set<String> downstream = change.kind() == FigureChange.Kind.REMOVED ? downstreamBefore
                        : downstreamAfter;
                if (!downstream.contains(change.key())) {
                    outside.add(direction + " to " + value + ": " + change.key());
                }
            }
        }
        assertThat(outside).as("figures that moved but do not lie downstream of %s", key).isEmpty();
    }

    /**
     * The graph is not one knot where everything depends on everything: what lies downstream of a key is what
     * METHOD.md computes from it (§9 scenario settings reach only their own scenarios, a layer's settings never
     * reach the weighted beta or the condor, the MACD signal period only the signal and the histogram).
     */
    @Test
    void aKeyReachesOnlyWhatTheMethodComputesFromIt() {
        TrailGraph graph = TrailGraph.of(BASES.get(name(Samples.SELLOFF)).trail());

        assertThat(graph.downstream("scenario.historical[2].vixPoints"))
                .containsExactly("scenarios.historical[2].hedgedUsd");
        assertThat(graph.downstream("scenario.spxMoves[0]")).isNotEmpty()
                .allMatch(k -> k.startsWith("scenarios.grid[") && k.endsWith("].hedgedUsd"));
        assertThat(graph.downstream("smoothing.signal"))
                .containsExactlyInAnyOrder("weightedBeta.signal", "weightedBeta.hist");
        assertThat(graph.downstream("layer1.base")).contains("layers[0].quantity", "risk.worstHedgedUsd")
                .noneMatch(k -> k.startsWith("weightedBeta.") || k.startsWith("condor.") || k.startsWith("factors."));
        assertThat(graph.downstream("market.dividendYield")).contains("condor.vev", "hedgeBase", "layers[0].vevTarget");
        assertThat(graph.downstream("indicators.rsiPeriod")).contains("factors.spxRsi", "factors.momentum",
                "weightedBeta.amplifier", "layers[0].ratio").noneMatch(k -> k.startsWith("condor."));
    }

    @Test
    void anInputNamedAfterAnEarlierFigureOrMarkedWithItsKeyIsAnEdge() {
        AuditTrail trail = new AuditTrail();
        trail.number("g", "a", 1.0, "a = 1");
        trail.number("g", "b", 2.0, "b = 2 a", "a", 1.0, "k", AuditTrail.from("section.k", 2.0));
        trail.number("g", "c", 4.0, "c = 2 b", "x", AuditTrail.from("b", 2.0), "unnamed", 3.0);

        TrailGraph graph = TrailGraph.of(trail.figures());
        List<Figure> figures = trail.figures();

        assertThat(figures.get(1).inputs()).extracting(AuditTrail.Input::key).containsExactly("a", "section.k");
        assertThat(figures.get(2).inputs()).extracting(AuditTrail.Input::key).containsExactly("b", null);
        assertThat(graph.downstream("section.k")).containsExactly("b", "c");
        assertThat(graph.downstream("a")).containsExactly("b", "c");
        assertThat(graph.downstream("c")).isEmpty();
    }

    @Test
    void anInputNameGivenTwiceForOneFigureIsRefused() {
        AuditTrail trail = new AuditTrail();

        assertThatThrownBy(() -> trail.number("g", "a", 1.0, "a = r + r", "r", 0.5, "r", AuditTrail.from("rate", 0.5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("r").hasMessageContaining("a");
    }

    private static String name(Path sample) {
        return sample.getFileName().toString();
    }
}
