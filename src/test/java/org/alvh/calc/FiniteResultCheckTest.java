package org.alvh.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.alvh.model.Problem;
import org.junit.jupiter.api.Test;

/**
 * Issue 8 item 2 (ADR 0004's promise): no NaN or infinity leaves the engine. The last step of
 * {@link AlvhEngine#compute} checks every number of the result; one that is not finite (or a count beyond
 * 2^53, the trace of an overflowing cast) is an {@link UnusableSnapshotException} naming the figure. Before,
 * "cost $Infinity" and a strike of 9223372036854775807 reached the screen with exit 0.
 */
class FiniteResultCheckTest {

    private static AlvhResult sample() {
        TestSnapshots s = new TestSnapshots(40).member("AAA", "Energy", 3e9, 1.5, 1.2)
                .member("BBB", "Utilities", 2e9, 0.7, 0.8);
        return AlvhEngine.compute(s.build(), TestSnapshots.shortWindows());
    }

    private static AlvhResult withCost(AlvhResult r, double cost) {
        return new AlvhResult(r.snapshotName(), r.config(), r.market(), r.beta(), r.factors(), r.effective(),
                r.condor(), r.hedgeBase(), r.layers(), cost, r.residualVev(), r.hedgedReturnOnRisk(),
                r.advisories(), r.parity(), r.risk(), r.scenarios(), r.book(), r.warnings(), r.trail());
    }

    @Test
    void aComputedResultPasses() {
        AlvhResult r = sample();
        FiniteResultCheck.requireFinite(r, List.of());
    }

    @Test
    void anInfiniteCostIsRefusedNamingTheFigure() {
        AlvhResult r = withCost(sample(), Double.POSITIVE_INFINITY);

        assertThatThrownBy(() -> FiniteResultCheck.requireFinite(r, List.of()))
                .isInstanceOfSatisfying(UnusableSnapshotException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.code()).isEqualTo(Problem.Code.NON_FINITE_RESULT);
                            assertThat(p.message()).startsWith("the computed figure hedgeCostUsd (Infinity) is not a"
                                    + " finite number");
                        }));
    }

    @Test
    void aNaNInsideANestedRecordIsNamedByItsPath() {
        AlvhResult r = sample();
        LayerResult first = r.layers().get(0);
        LayerResult bad = new LayerResult(first.layer(), first.structure(), first.expiry(), first.strikes(),
                first.right(), first.unitPrice(), first.vevPerUnit(), first.legs(), first.inputs(), first.unavailable(),
                first.ratio(), first.active(), Double.NaN, first.quantity(), first.vevAchieved(), first.costUsd(),
                first.rationale());
        List<LayerResult> layers = new ArrayList<>(r.layers());
        layers.set(0, bad);
        AlvhResult changed = new AlvhResult(r.snapshotName(), r.config(), r.market(), r.beta(), r.factors(),
                r.effective(), r.condor(), r.hedgeBase(), layers, r.hedgeCostUsd(), r.residualVev(),
                r.hedgedReturnOnRisk(), r.advisories(), r.parity(), r.risk(), r.scenarios(), r.book(), r.warnings(), r.trail());

        assertThatThrownBy(() -> FiniteResultCheck.requireFinite(changed, List.of()))
                .isInstanceOfSatisfying(UnusableSnapshotException.class, e -> assertThat(e.problems().get(0).message())
                        .startsWith("the computed figure layers[0].vevTarget (NaN)"));
    }

    @Test
    void aQuantityCastFromAnOverflowIsRefused() {
        AlvhResult r = sample();
        LayerResult first = r.layers().get(0);
        LayerResult bad = new LayerResult(first.layer(), first.structure(), first.expiry(), first.strikes(),
                first.right(), first.unitPrice(), first.vevPerUnit(), first.legs(), first.inputs(), first.unavailable(),
                first.ratio(), first.active(), first.vevTarget(), Long.MAX_VALUE, first.vevAchieved(),
                first.costUsd(), first.rationale());
        List<LayerResult> layers = new ArrayList<>(r.layers());
        layers.set(0, bad);
        AlvhResult changed = new AlvhResult(r.snapshotName(), r.config(), r.market(), r.beta(), r.factors(),
                r.effective(), r.condor(), r.hedgeBase(), layers, r.hedgeCostUsd(), r.residualVev(),
                r.hedgedReturnOnRisk(), r.advisories(), r.parity(), r.risk(), r.scenarios(), r.book(), r.warnings(), r.trail());

        assertThatThrownBy(() -> FiniteResultCheck.requireFinite(changed, List.of()))
                .isInstanceOfSatisfying(UnusableSnapshotException.class, e -> assertThat(e.problems().get(0).message())
                        .startsWith("the computed figure layers[0].quantity (9223372036854775807)"));
    }

    @Test
    void aFigureTheTrailWasGivenAsInfinityIsRefused() {
        AuditTrail trail = new AuditTrail();
        trail.number("6 Outputs", "hedgeCostUsd", Double.POSITIVE_INFINITY, "Σ layer cost");

        assertThat(trail.nonFiniteKeys()).containsExactly("hedgeCostUsd");
        assertThat(trail.figures().get(0).value()).isNull();
        assertThatThrownBy(() -> FiniteResultCheck.requireFinite(sample(), trail.nonFiniteKeys()))
                .isInstanceOfSatisfying(UnusableSnapshotException.class, e -> assertThat(e.problems().get(0).message())
                        .startsWith("the computed figure trail hedgeCostUsd (Infinity)"));
    }
}
