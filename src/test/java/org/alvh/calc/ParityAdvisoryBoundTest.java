package org.alvh.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.alvh.model.Problem;
import org.junit.jupiter.api.Test;

/**
 * Issue 8 item 5: a chain with many flagged strikes lists only the {@link Advisories#MAX_PARITY_EDGES}
 * largest parity edges as advisories, in strike order, and counts the rest in one warning on chain.csv.
 * Before, every flagged strike became an advisory (printed, exported and shown).
 */
class ParityAdvisoryBoundTest {

    @Test
    void onlyTheLargestParityEdgesAreListedAndTheRestCounted() {
        List<ParityCheck.Row> rows = new ArrayList<>();
        int flagged = Advisories.MAX_PARITY_EDGES + 7;
        for (int k = 0; k < flagged; k++) {
            // conversion edge k points: the largest are the last MAX_PARITY_EDGES strikes
            rows.add(new ParityCheck.Row(2000 + 5 * k, 2600, k + 1, -1, true, false));
        }
        ParityCheck check = new ParityCheck(LocalDate.of(2018, 3, 16), 0.1, 2600, 1, rows);
        List<Problem> warnings = new ArrayList<>();

        List<Advisory.ParityEdge> edges = Advisories.parityEdges(check, warnings);

        assertThat(edges).hasSize(Advisories.MAX_PARITY_EDGES);
        assertThat(edges.get(0).strike()).isEqualTo(2000 + 5 * 7);
        assertThat(edges).extracting(Advisory.ParityEdge::strike).isSorted();
        assertThat(warnings).extracting(Problem::toString).containsExactly(
                "chain.csv: 7 more parity edges not listed as advisories (the 20 largest are)");
    }

    @Test
    void upToTheBoundEveryEdgeIsListedWithoutAWarning() {
        List<ParityCheck.Row> rows = List.of(new ParityCheck.Row(2600, 2600, 2, 3, true, true));
        List<Problem> warnings = new ArrayList<>();

        List<Advisory.ParityEdge> edges = Advisories.parityEdges(
                new ParityCheck(LocalDate.of(2018, 3, 16), 0.1, 2600, 1, rows), warnings);

        assertThat(edges).extracting(Advisory.ParityEdge::side).containsExactly("conversion", "reversal");
        assertThat(warnings).isEmpty();
    }
}
