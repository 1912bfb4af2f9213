package org.alvh.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.alvh.calc.AlvhResult;
import org.alvh.calc.AuditTrail;
import org.alvh.calc.AuditTrail.Figure;
import org.alvh.model.Snapshot;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The trail's inputs name their figures and configuration keys, so a change can be followed through it. */
class TrailGraphTest {
    private static final Snapshot SELLOFF = Samples.read(Samples.SELLOFF);

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
}
