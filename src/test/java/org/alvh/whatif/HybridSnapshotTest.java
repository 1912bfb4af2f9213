package org.alvh.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.alvh.model.Constituent;
import org.alvh.model.LoadResult;
import org.alvh.model.Snapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HybridSnapshotTest {
    private static Snapshot calm;
    private static Snapshot selloff;

    @BeforeAll
    static void read() {
        calm = Samples.read(Samples.CALM);
        selloff = Samples.read(Samples.SELLOFF);
    }

    @Test
    void pricesComeWithTheMarketAndAreLaidOutByTickerOverTheConstituentsInUse() {
        LoadResult<Snapshot> hybrid = HybridSnapshot.of(selloff, calm, EnumSet.of(InputGroup.MARKET_AND_PRICES));
        assertThat(hybrid.ok()).isTrue();
        Snapshot s = hybrid.value();
        assertThat(s.market()).isSameAs(calm.market());
        assertThat(s.constituents()).isEqualTo(selloff.constituents());
        assertThat(s.condor()).isEqualTo(selloff.condor());
        assertThat(s.futures()).isEqualTo(selloff.futures());
        assertThat(s.events()).isEqualTo(calm.events());
        List<String> calmTickers = calm.constituents().stream().map(Constituent::ticker).toList();
        int shared = 0;
        int missing = 0;
        for (int i = 0; i < s.constituents().size(); i++) {
            int j = calmTickers.indexOf(s.constituents().get(i).ticker());
            if (j >= 0) {
                assertThat(s.prices().row(i)).isEqualTo(calm.prices().row(j));
                shared++;
            } else {
                assertThat(s.prices().hasPrices(i)).isFalse();
                missing++;
            }
        }
        assertThat(shared).isPositive();
        assertThat(shared + missing).isEqualTo(selloff.constituents().size());
    }

    @Test
    void aCondorThatExpiredBeforeTheOtherMarketsAsOfDateIsAProblemOfCondorCsv() {
        LoadResult<Snapshot> hybrid = HybridSnapshot.of(calm, selloff, EnumSet.of(InputGroup.MARKET_AND_PRICES));
        assertThat(hybrid.ok()).isFalse();
        assertThat(hybrid.errors()).singleElement()
                .satisfies(p -> assertThat(p.location()).isEqualTo("condor.csv:" + calm.condor().get(0).line()));
    }
}
