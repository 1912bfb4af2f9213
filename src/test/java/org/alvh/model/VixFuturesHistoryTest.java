package org.alvh.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.alvh.model.VixFuturesHistory.Settlement;
import org.junit.jupiter.api.Test;

/** The §10.1 / §10.3 lookups of the VIX futures settlements, on a hand-made table. */
class VixFuturesHistoryTest {
    private static final LocalDate FEB = LocalDate.of(2018, 2, 14);
    private static final LocalDate MAR = LocalDate.of(2018, 3, 21);
    private static final LocalDate APR = LocalDate.of(2018, 4, 18);
    private static final LocalDate MON = LocalDate.of(2018, 2, 12);
    private static final LocalDate TUE = LocalDate.of(2018, 2, 13);

    /** Rows deliberately out of order; FEB has a settle on its expiry, MAR has none on TUE. */
    private static VixFuturesHistory table() {
        return new VixFuturesHistory(List.of(
                new Settlement(2, TUE, APR, 17.9),
                new Settlement(3, MON, MAR, 19.5),
                new Settlement(4, MON, FEB, 25.1),
                new Settlement(5, TUE, FEB, 24.0),
                new Settlement(6, FEB, FEB, 19.26),
                new Settlement(7, MON, APR, 18.2)));
    }

    @Test
    void settleOnADateIsThatRowsSettleOrNothing() {
        VixFuturesHistory h = table();

        assertThat(h.settle(FEB, TUE)).isEqualTo(OptionalDouble.of(24.0));
        assertThat(h.settle(MAR, TUE)).isEmpty();
        assertThat(h.settle(LocalDate.of(2018, 5, 16), MON)).isEmpty();
        assertThat(h.rows()).isEqualTo(6);
        assertThat(h.expiries()).containsExactly(FEB, MAR, APR);
    }

    @Test
    void lastSettleCarriesTheLatestEarlierSettle() {
        VixFuturesHistory h = table();

        assertThat(h.lastSettleOnOrBefore(MAR, TUE)).isEqualTo(OptionalDouble.of(19.5));
        assertThat(h.lastSettleOnOrBefore(MAR, LocalDate.of(2018, 3, 1))).isEqualTo(OptionalDouble.of(19.5));
        assertThat(h.lastSettleOnOrBefore(APR, TUE)).isEqualTo(OptionalDouble.of(17.9));
        assertThat(h.lastSettleOnOrBefore(APR, MON.minusDays(1))).isEmpty();
    }

    @Test
    void theCurveOfADateHoldsTheContractsSettledThatDayThatExpireLater() {
        VixFuturesHistory h = table();

        List<VixFuture> monday = h.curveOn(MON);
        assertThat(monday).extracting(VixFuture::expiry).containsExactly(FEB, MAR, APR);
        assertThat(monday).extracting(VixFuture::price).containsExactly(25.1, 19.5, 18.2);
        assertThat(monday).extracting(VixFuture::optionIv).containsOnlyNulls();
        assertThat(h.curveOn(TUE)).extracting(VixFuture::expiry).containsExactly(FEB, APR);
        assertThat(h.curveOn(FEB)).as("a contract on its expiry date is not in the curve").isEmpty();
        assertThat(h.curveOn(LocalDate.of(2018, 2, 10))).isEmpty();
    }

    @Test
    void finalSettlementIsTheSettleOnExpiryElseThatDatesVixClose() {
        VixFuturesHistory h = table();
        LocalDate[] dates = {MON, TUE, FEB, MAR, LocalDate.of(2018, 3, 23)};
        MarketHistory market = new MarketHistory(dates, new double[] {1, 1, 1, 1, 1},
                new double[] {25.6, 24.9, 19.3, 18.0, 17.0}, null, null, null, null, null, null);

        assertThat(h.finalSettlement(FEB, market)).isEqualTo(OptionalDouble.of(19.26));
        assertThat(h.finalSettlement(MAR, market)).as("no settle on expiry: vix_close(expiry)")
                .isEqualTo(OptionalDouble.of(18.0));
        assertThat(h.finalSettlement(LocalDate.of(2018, 3, 22), market))
                .as("an expiry that is not a market date: the first market date after it (§8.1)")
                .isEqualTo(OptionalDouble.of(17.0));
        assertThat(h.finalSettlement(APR, market)).as("after the last market date").isEmpty();
    }

    @Test
    void aDateAndExpiryPairMayAppearOnce() {
        assertThatThrownBy(() -> new VixFuturesHistory(List.of(new Settlement(2, MON, FEB, 20),
                new Settlement(3, MON, FEB, 21)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(MON.toString());
    }

    @Test
    void aSettleMustBePositiveAndNotAfterItsExpiry() {
        assertThatThrownBy(() -> new Settlement(2, MON, FEB, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Settlement(2, MAR, FEB, 20)).isInstanceOf(IllegalArgumentException.class);
    }
}
