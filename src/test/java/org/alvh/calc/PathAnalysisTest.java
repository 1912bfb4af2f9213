package org.alvh.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** METHOD.md §9: the worst point and the break-evens of a P&L path, on hand-made paths. */
class PathAnalysisTest {
    private static final double EXACT = 1e-12;

    @Test
    void aSignChangeBetweenNeighboursIsInterpolatedLinearly() {
        // -10 at -2 %, +10 at -1 %: zero half way, at -1.5 %; +30 at 1 %, -10 at 2 %: zero at 1.75 %
        assertThat(PathAnalysis.breakEvens(new double[] {-2, -1, 0, 1, 2}, new double[] {-10, 10, 20, 30, -10}))
                .containsExactly(-1.5, 1.75);
    }

    @Test
    void aRunOfZerosBetweenOppositeSignsIsOneBreakEvenAtItsFirstPoint() {
        assertThat(PathAnalysis.breakEvens(new double[] {-2, -1, 0, 1, 2}, new double[] {8, 0, 0, 0, -3}))
                .containsExactly(-1.0);
    }

    @Test
    void aTouchOfZeroAndZerosAtTheEndsAreNotBreakEvens() {
        assertThat(PathAnalysis.breakEvens(new double[] {-2, -1, 0, 1, 2}, new double[] {5, 0, 5, 0, 5})).isEmpty();
        assertThat(PathAnalysis.breakEvens(new double[] {-1, 0, 1}, new double[] {0, 5, 0})).isEmpty();
        assertThat(PathAnalysis.breakEvens(new double[] {-1, 0, 1}, new double[] {0, -5, -1})).isEmpty();
    }

    @Test
    void worstTiesWithinOneCentGoToTheLowestMove() {
        PathAnalysis.Worst w = PathAnalysis.worst(new double[] {-2, -1, 0, 1}, new double[] {3, -100.004, 7, -100.01});
        assertThat(w.spxMove()).isEqualTo(-1.0);
        assertThat(w.pnlUsd()).isCloseTo(-100.01, within(EXACT));
    }

    @Test
    void aLossMoreThanOneCentLowerWins() {
        PathAnalysis.Worst w = PathAnalysis.worst(new double[] {-2, -1, 0, 1}, new double[] {3, -100, 7, -100.02});
        assertThat(w.spxMove()).isEqualTo(1.0);
        assertThat(w.pnlUsd()).isEqualTo(-100.02);
    }
}
