package org.alvh.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.alvh.calc.AlvhResult;
import org.alvh.calc.AuditTrail.Figure;
import org.alvh.model.Snapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ResultDiffTest {
    private static Snapshot selloff;
    private static AlvhResult base;

    @BeforeAll
    static void read() {
        selloff = Samples.read(Samples.SELLOFF);
        base = Samples.compute(selloff, Samples.defaults());
    }

    @Test
    void aResultComparedWithItselfHasNoChanges() {
        assertThat(ResultDiff.of(base, base).isEmpty()).isTrue();
        AlvhResult again = Samples.compute(selloff, Samples.defaults());
        assertThat(ResultDiff.of(base, again).changes()).isEmpty();
    }

    @Test
    void aChangedValueIsReportedOldToNewUnderItsGroup() {
        List<Figure> trail = new ArrayList<>(base.trail());
        int i = indexOf(trail, "hedgeBase");
        Figure f = trail.get(i);
        trail.set(i, new Figure(f.group(), f.key(), 1234.5, f.formula(), f.inputs()));

        ResultDiff diff = ResultDiff.of(base.trail(), trail);

        assertThat(diff.groups()).hasSize(1);
        assertThat(diff.groups().get(0).name()).isEqualTo("5 Layers");
        FigureChange change = diff.groups().get(0).changes().get(0);
        assertThat(change.key()).isEqualTo("hedgeBase");
        assertThat(change.kind()).isEqualTo(FigureChange.Kind.CHANGED);
        assertThat(change.before()).isEqualTo(f.value());
        assertThat(change.after()).isEqualTo(1234.5);
        assertThat(change.numericChange()).isEqualTo(1234.5 - ((Number) f.value()).doubleValue());
    }

    @Test
    void figuresOnOneSideOnlyAreAddedOrRemoved() {
        List<Figure> trail = new ArrayList<>(base.trail());
        Figure removed = trail.remove(indexOf(trail, "residualVev"));
        trail.add(new Figure("7 New", "brandNew", true, "x", List.of()));

        ResultDiff diff = ResultDiff.of(base.trail(), trail);

        assertThat(diff.changes()).extracting(FigureChange::key, FigureChange::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("residualVev", FigureChange.Kind.REMOVED),
                org.assertj.core.groups.Tuple.tuple("brandNew", FigureChange.Kind.ADDED));
        assertThat(diff.changes().get(0).before()).isEqualTo(removed.value());
        assertThat(diff.groups()).extracting(ResultDiff.Group::name).containsExactly("6 Outputs", "7 New");
    }

    @Test
    void aValueBecomingUnavailableIsAChange() {
        List<Figure> trail = new ArrayList<>(base.trail());
        int i = indexOf(trail, "spot");
        Figure f = trail.get(i);
        trail.set(i, new Figure(f.group(), f.key(), null, f.formula(), f.inputs()));

        FigureChange change = ResultDiff.of(base.trail(), trail).changes().get(0);

        assertThat(change.kind()).isEqualTo(FigureChange.Kind.CHANGED);
        assertThat(change.after()).isNull();
        assertThat(change.numericChange()).isNull();
    }

    @Test
    void twoSamplesDifferInTheHeadlineFiguresGroupedInTrailOrder() {
        AlvhResult calm = Samples.compute(Samples.read(Samples.CALM), Samples.defaults());
        ResultDiff diff = ResultDiff.of(calm, base);
        assertThat(diff.changes()).extracting(FigureChange::key).contains("spot", "weightedBeta.raw", "condor.vev",
                "layers[0].vevTarget");
        List<String> trailGroups = calm.trail().stream().map(Figure::group).distinct().toList();
        List<String> diffGroups = diff.groups().stream().map(ResultDiff.Group::name)
                .filter(trailGroups::contains).toList();
        assertThat(diffGroups).isEqualTo(trailGroups.stream().filter(diffGroups::contains).toList());
    }

    private static int indexOf(List<Figure> trail, String key) {
        for (int i = 0; i < trail.size(); i++) {
            if (trail.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new AssertionError("no figure " + key);
    }
}
