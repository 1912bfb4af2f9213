package org.alvh.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.alvh.model.AlvhConfig;
import org.alvh.model.History;
import org.alvh.model.Right;
import org.junit.jupiter.api.Test;

/** The §10.3 entry rule on hand-made markets. */
class CondorRuleTest {
    private static final LocalDate JAN_2 = LocalDate.of(2018, 1, 2);

    /**
     * Flat 20 % vol, r = q = 0, S = 2000, 45 days (2018-01-02 to the monthly expiry 2018-02-16): a put delta of
     * −0.16 needs {@code d1 = −N⁻¹(0.16) = 0.994458}, {@code ln(S/K) = d1 σ√τ − σ²τ/2 = 0.067368}, K = 1869.70,
     * so the grid strike 1870; the call {@code d1 = −0.994458} gives K = 2149.96, so 2150; longs 50 beyond.
     */
    @Test
    void shortStrikesByDeltaAndWingsByWidth() {
        History h = new TinyHistory().day(JAN_2, 2000, 20).build();
        AlvhConfig config = TinyHistory.config(TinyHistory.FLAT);
        List<Holding> legs = new CondorRule(config, h.market()).pick(new MarketDay(h, config, 0)).orElseThrow();

        assertThat(legs).extracting(l -> l.structure().firstStrike()).containsExactly(1820.0, 1870.0, 2150.0, 2200.0);
        assertThat(legs).extracting(l -> l.structure().right())
                .containsExactly(Right.PUT, Right.PUT, Right.CALL, Right.CALL);
        assertThat(legs).extracting(Holding::quantity).containsExactly(10.0, -10.0, -10.0, 10.0);
        assertThat(legs).allSatisfy(l -> assertThat(l.structure().expiry()).isEqualTo(LocalDate.of(2018, 2, 16)));
    }

    /**
     * longDelta 0.05 on the same market: {@code d1 = −N⁻¹(0.05) = 1.644854}, K = 2000 / e^{1.644854 × 0.070224 −
     * 0.002466} = 1786.2, so 1785 (1.2 away; 1790 is 3.8 away); the call K = 2000 e^{0.115508 + 0.002466} =
     * 2250.4, so 2250.
     */
    @Test
    void longStrikesByDelta() {
        History h = new TinyHistory().day(JAN_2, 2000, 20).build();
        AlvhConfig config = TinyHistory.config("{\"market\": {\"riskFreeRate\": 0, \"dividendYield\": 0},"
                + " \"surface\": {\"atmRatio\": 1, \"skew\": 0, \"smile\": 0}, \"backtest\": {\"longDelta\": 0.05}}");
        List<Holding> legs = new CondorRule(config, h.market()).pick(new MarketDay(h, config, 0)).orElseThrow();

        assertThat(legs).extracting(l -> l.structure().firstStrike()).containsExactly(1785.0, 1870.0, 2150.0, 2250.0);
    }

    /** 2018-01-20 with entryDays 41: 2018-02-16 is 27 days away, 2018-03-16 is 55: both 14 off, the earlier wins. */
    @Test
    void expiryTiesGoToTheEarlier() {
        History h = new TinyHistory().day(LocalDate.of(2018, 1, 19), 2000, 20).build();
        AlvhConfig config = TinyHistory.config("{\"backtest\": {\"entryDays\": 41}}");

        assertThat(new CondorRule(config, h.market()).expiry(LocalDate.of(2018, 1, 20)))
                .isEqualTo(LocalDate.of(2018, 2, 16));
    }

    /** Good Friday 2019-04-19 is the third Friday of April and not a market date: the expiry is Thursday the 18th. */
    @Test
    void aHolidayFridayMovesTheExpiryToTheMarketDateBefore() {
        TinyHistory t = new TinyHistory().day(LocalDate.of(2019, 4, 15), 2900, 13);
        for (int i = 0; i < 3; i++) {
            t.day(2900, 13); // 16, 17, 18
        }
        t.day(2900, 13); // 19, moved to the 22nd below
        History h = withoutGoodFriday(t);
        AlvhConfig config = TinyHistory.config("{}");
        CondorRule rule = new CondorRule(config, h.market());

        assertThat(rule.monthlyExpiry(YearMonth.of(2019, 4))).isEqualTo(LocalDate.of(2019, 4, 18));
        // a Friday after the last market date is used as it is
        assertThat(rule.monthlyExpiry(YearMonth.of(2019, 5))).isEqualTo(LocalDate.of(2019, 5, 17));
    }

    private static History withoutGoodFriday(TinyHistory t) {
        History h = t.build();
        LocalDate[] dates = h.market().dates().clone();
        for (int i = 0; i < dates.length; i++) {
            if (dates[i].equals(LocalDate.of(2019, 4, 19))) {
                dates[i] = LocalDate.of(2019, 4, 22);
            }
        }
        var m = new org.alvh.model.MarketHistory(dates, h.market().spxClose(), h.market().vixClose(), null, null,
                null, null, null, null);
        return new History(h.name(), "", dates[dates.length - 1], h.constituents(), m, null, null, h.futures(),
                List.of());
    }
}
