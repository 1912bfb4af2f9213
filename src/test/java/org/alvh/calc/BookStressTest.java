package org.alvh.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.alvh.model.AlvhConfig;
import org.alvh.model.Right;
import org.junit.jupiter.api.Test;

/**
 * METHOD.md §8.1 and §9 on whole books: the origin, the P&L per VIX point of the book against its VEV, the
 * sums, the §8.1 legs of each structure, and the risk figures.
 */
class BookStressTest {
    private static final double USD = 1e-6;
    private static final double SMALL_MOVE = 0.01;
    private static final double VEV_RELATIVE = 2e-3;

    private static AlvhResult compute(AlvhConfig config) {
        TestSnapshots s = new TestSnapshots(40).member("AAA", "Information Technology", 3e9, 1.2, null);
        return AlvhEngine.compute(s.build(), config);
    }

    private static AlvhConfig alternatives() {
        return TestSnapshots.shortWindows(tree -> {
            ((ObjectNode) tree.get("layer1")).put("instrument", "VIX_CALL_BUTTERFLY");
            ((ObjectNode) tree.get("layer2")).put("instrument", "SPX_VARIANCE_SWAP");
            ObjectNode l3 = (ObjectNode) tree.get("layer3");
            l3.put("instrument", "SPX_PUT_SPREAD");
            l3.put("trigger", "level");
            l3.put("threshold", 0.0);
        });
    }

    @Test
    void theOriginOfTheGridIsExactlyZeroAndTheHedgedPnlIsTheSum() {
        for (AlvhResult r : List.of(compute(TestSnapshots.shortWindows()), compute(alternatives()))) {
            for (ScenarioPnl p : r.scenarios().grid()) {
                double sum = p.condorUsd() + p.layersUsd().stream().mapToDouble(Double::doubleValue).sum();
                assertThat(p.hedgedUsd()).isCloseTo(sum, within(USD));
                if (p.scenario().equals(Scenario.ORIGIN)) {
                    assertThat(p.hedgedUsd()).isZero();
                    assertThat(p.condorUsd()).isZero();
                }
            }
        }
    }

    @Test
    void theBooksPnlPerVixPointTendsToItsVev() {
        for (AlvhResult r : List.of(compute(TestSnapshots.shortWindows()), compute(alternatives()))) {
            ScenarioPnl p = r.book().pnl(null, new Scenario(0, SMALL_MOVE, 0));
            Greeks hedged = r.risk().hedged();
            assertThat(p.hedgedUsd() / SMALL_MOVE).isCloseTo(hedged.vev(),
                    within(Math.abs(r.condor().vev()) * VEV_RELATIVE));
            assertThat(p.condorUsd() / SMALL_MOVE).isCloseTo(r.condor().vev(),
                    within(Math.abs(r.condor().vev()) * VEV_RELATIVE));
            assertThat(hedged.vev()).isCloseTo(r.residualVev(), within(USD));
        }
    }

    @Test
    void eachStructureListsItsLegsInTheMethodsOrder() {
        AlvhResult r = compute(alternatives());
        List<Position> fly = r.layers().get(0).positions();
        long n1 = r.layers().get(0).quantity();
        assertThat(fly).extracting(Position::quantity).containsExactly((double) n1, -2.0 * n1, (double) n1);
        List<Position> spread = r.layers().get(2).positions();
        assertThat(r.layers().get(2).active()).isTrue();
        long n3 = r.layers().get(2).quantity();
        assertThat(spread).extracting(Position::quantity).containsExactly((double) -n3, (double) n3);
        SpxOption shortPut = (SpxOption) spread.get(0).instrument();
        SpxOption longPut = (SpxOption) spread.get(1).instrument();
        assertThat(shortPut.right()).isEqualTo(Right.PUT);
        assertThat(shortPut.strike()).isLessThan(longPut.strike());
        List<Position> swap = r.layers().get(1).positions();
        assertThat(swap).singleElement().satisfies(p -> {
            assertThat(p.instrument()).isInstanceOf(VarianceSwap.class);
            assertThat(p.quantity()).isEqualTo((double) r.layers().get(1).quantity());
        });
    }

    @Test
    void anInactiveLayerListsItsLegsWithQuantityZeroAndContributesNothing() {
        AlvhResult r = compute(TestSnapshots.shortWindows(tree ->
                ((ObjectNode) tree.get("layer3")).put("threshold", 1e6)));
        LayerResult l3 = r.layers().get(2);
        assertThat(l3.active()).isFalse();
        assertThat(l3.positions()).isNotEmpty().allSatisfy(p -> assertThat(p.quantity()).isZero());
        assertThat(r.risk().layers().get(2)).isEqualTo(Greeks.ZERO);
        assertThat(r.scenarios().grid()).allSatisfy(p -> assertThat(p.layersUsd().get(2)).isZero());
    }

    @Test
    void percentHedgedIsTheAchievedVevOverTheHedgeBase() {
        AlvhResult r = compute(TestSnapshots.shortWindows());
        double achieved = r.layers().stream().mapToDouble(LayerResult::vevAchieved).sum();
        assertThat(r.risk().percentHedged()).isCloseTo(achieved / r.hedgeBase(), within(1e-12));
        assertThat(r.risk().condor().vev()).isCloseTo(r.condor().vev(), within(USD));
        assertThat(r.risk().condor().delta()).isCloseTo(r.condor().delta(), within(USD));
        assertThat(r.risk().condor().thetaPerDay()).isCloseTo(r.condor().theta(), within(USD));
    }

    @Test
    void theWorstPointsAreTheLowestOfThePathAtTheCondorsExpiry() {
        AlvhResult r = compute(TestSnapshots.shortWindows());
        List<ScenarioPnl> atExpiry = r.scenarios().coordinated().stream()
                .filter(p -> p.scenario().days() == r.condor().days()).toList();
        double lowest = atExpiry.stream().mapToDouble(ScenarioPnl::hedgedUsd).min().orElseThrow();
        assertThat(r.risk().worstHedgedUsd()).isEqualTo(lowest);
        assertThat(atExpiry).anySatisfy(p -> {
            assertThat(p.scenario().spxMove()).isEqualTo(r.risk().worstHedgedAtSpxMove());
            assertThat(p.hedgedUsd()).isLessThanOrEqualTo(lowest + PathAnalysis.WORST_TIE_USD);
        });
    }
}
