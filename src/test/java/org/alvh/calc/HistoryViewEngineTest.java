package org.alvh.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.alvh.io.AuditJson;
import org.alvh.model.AlvhConfig;
import org.alvh.model.MarketHistory;
import org.alvh.model.PriceMatrix;
import org.alvh.model.Snapshot;
import org.junit.jupiter.api.Test;

/**
 * The engine on a snapshot cut from a longer history by views ({@link MarketHistory#upTo},
 * {@link PriceMatrix#upTo}) gives, at every date, exactly what it gives on a snapshot holding copies of the rows
 * up to that date: nothing in {@code calc} reads past a view's size. The views share the arrays (identity), so
 * standing at a date costs no copy of the history.
 */
class HistoryViewEngineTest {
    private static final int DAYS = 70;

    /** Members listed all along, one listed late (NaN before day 55), one without prices; A/D columns. */
    private static Snapshot fullHistory() {
        TestSnapshots s = new TestSnapshots(DAYS)
                .member("AAA", "Information Technology", 3e9, 1.2, null)
                .noisyMember("BBB", "Utilities", 2e9, 0.7, 0.01, 7)
                .noisyMember("LATE", "Financials", 2.5e9, 1.5, 0.01, 11)
                .member("NOPX", "Energy", 1e9, Double.NaN, 0.9);
        double[] late = s.priceRows.get(2);
        Arrays.fill(late, 0, 55, Double.NaN);
        s.advances = new double[DAYS];
        s.declines = new double[DAYS];
        for (int t = 0; t < DAYS; t++) {
            s.advances[t] = 200 + (t * 37) % 150;
            s.declines[t] = 250 - (t * 53) % 170;
        }
        return s.build();
    }

    private static Snapshot at(Snapshot full, int t, MarketHistory market, PriceMatrix prices) {
        return new Snapshot(full.name(), full.notes(), full.constituents(),
                TestSnapshots.defaultCondor(full.market().date(t).plusDays(45)), market, full.futures(), prices,
                full.chain(), full.events(), full.warnings());
    }

    private static Snapshot viewAt(Snapshot full, int t) {
        return at(full, t, full.market().upTo(t), full.prices().upTo(t + 1));
    }

    private static Snapshot copyAt(Snapshot full, int t) {
        MarketHistory m = full.market();
        int n = t + 1;
        MarketHistory market = new MarketHistory(Arrays.copyOf(m.dates(), n), Arrays.copyOf(m.spxClose(), n),
                Arrays.copyOf(m.vixClose(), n), Arrays.copyOf(m.advances(), n), Arrays.copyOf(m.declines(), n),
                null, null, null, null);
        double[][] rows = new double[full.prices().constituents()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = Arrays.copyOf(full.prices().row(i), n);
        }
        return at(full, t, market, new PriceMatrix(rows, n));
    }

    @Test
    void theEngineOnAViewEqualsTheEngineOnCopiesAtEveryDate() {
        Snapshot full = fullHistory();
        AlvhConfig config = TestSnapshots.shortWindows();
        for (int t = 40; t < DAYS; t++) {
            byte[] onView = AuditJson.toBytes(AlvhEngine.compute(viewAt(full, t), config));
            byte[] onCopy = AuditJson.toBytes(AlvhEngine.compute(copyAt(full, t), config));
            assertThat(new String(onView, java.nio.charset.StandardCharsets.UTF_8)).as("date index " + t)
                    .isEqualTo(new String(onCopy, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Test
    void aSnapshotAtADateSharesTheHistorysArrays() {
        Snapshot full = fullHistory();
        Snapshot at = viewAt(full, 45);

        assertThat(at.market().size()).isEqualTo(46);
        assertThat(at.market().spxClose()).isSameAs(full.market().spxClose());
        assertThat(at.market().vixClose()).isSameAs(full.market().vixClose());
        assertThat(at.market().advances()).isSameAs(full.market().advances());
        assertThat(at.market().dates()).isSameAs(full.market().dates());
        for (int i = 0; i < full.prices().constituents(); i++) {
            assertThat(at.prices().row(i)).isSameAs(full.prices().row(i));
        }
    }

    @Test
    void aMemberListedAfterTheDateIsNotPricedAtTheDate() {
        Snapshot full = fullHistory();
        AlvhResult before = AlvhEngine.compute(viewAt(full, 50), TestSnapshots.shortWindows());

        assertThat(before.beta().constituents()).filteredOn(c -> c.ticker().equals("LATE"))
                .singleElement().satisfies(c -> assertThat(c.eligible()).isFalse());
    }
}
