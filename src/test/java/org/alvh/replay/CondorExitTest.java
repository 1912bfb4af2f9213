package org.alvh.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.alvh.model.AlvhConfig;
import org.alvh.model.History;
import org.junit.jupiter.api.Test;

/**
 * The §10.3 exit rules on a condor opened at S = 2000, flat 20 % vol, 45 days (legs 1820/1870/2150/2200, a credit
 * of a few thousand USD for 10 lots).
 */
class CondorExitTest {
    private static final LocalDate JAN_2 = LocalDate.of(2018, 1, 2);
    private static final String FLAT_NO_DAYS = "{\"market\": {\"riskFreeRate\": 0, \"dividendYield\": 0},"
            + " \"surface\": {\"atmRatio\": 1, \"skew\": 0, \"smile\": 0}, \"backtest\": {\"exitDays\": 0}}";

    @Test
    void notOnTheEntryDate() {
        Fixture f = new Fixture(TinyHistory.FLAT, 2000, 0.5);
        assertThat(CondorExit.reason(f.legs, JAN_2, f.credit, f.entryDay(), f.config.backtest())).isNull();
    }

    /** 2018-01-26 is 21 days before 2018-02-16: days left 21 <= exitDays 21 comes first, whatever the marks. */
    @Test
    void daysLeft() {
        Fixture f = new Fixture(TinyHistory.FLAT, 2000, 0.5);
        MarketDay jan26 = f.dayOn(LocalDate.of(2018, 1, 26), 2000, 0.5);
        assertThat(CondorExit.reason(f.legs, JAN_2, f.credit, jan26, f.config.backtest()))
                .isEqualTo("days left 21 <= exitDays 21");
    }

    /** The next day at vol 0.5 % and S unchanged every leg is far out of the money: the cost to close is ~0. */
    @Test
    void takeProfit() {
        Fixture f = new Fixture(FLAT_NO_DAYS, 2000, 0.5);
        assertThat(CondorExit.reason(f.legs, JAN_2, f.credit, f.next, f.config.backtest()))
                .startsWith("take profit: mark 0.00 <= 0.5 x credit ");
    }

    /**
     * At S = 1700 and vol 0.5 % the put spread is worth its width: the cost to close is 50 × 100 × 10 = 50,000,
     * and 50,000 − credit ≥ 2 × credit for any credit up to 16,667.
     */
    @Test
    void stopLoss() {
        Fixture f = new Fixture(FLAT_NO_DAYS, 1700, 0.5);
        assertThat(f.credit).isBetween(0.0, 50_000 / 3.0);
        assertThat(CondorExit.reason(f.legs, JAN_2, f.credit, f.next, f.config.backtest()))
                .startsWith("stop loss: loss " + String.format(java.util.Locale.ROOT, "%.2f", 50_000 - f.credit)
                        + " >= 2 x credit ");
    }

    /** With the three rules off a condor is only closed by its expiry. */
    @Test
    void allOff() {
        Fixture f = new Fixture("{\"market\": {\"riskFreeRate\": 0, \"dividendYield\": 0}, \"surface\": "
                + "{\"atmRatio\": 1, \"skew\": 0, \"smile\": 0}, \"backtest\": {\"exitDays\": 0, \"takeProfit\": 0,"
                + " \"stopLoss\": 0}}", 1700, 0.5);
        assertThat(CondorExit.reason(f.legs, JAN_2, f.credit, f.next, f.config.backtest())).isNull();
    }

    /** A condor opened on 2018-01-02; the next day's close at the given SPX and VIX. */
    private static final class Fixture {
        final AlvhConfig config;
        final History history;
        final List<Holding> legs;
        final double credit;
        final MarketDay next;

        Fixture(String json, double nextSpx, double nextVix) {
            config = TinyHistory.config(json);
            history = new TinyHistory().day(JAN_2, 2000, 20).day(nextSpx, nextVix).build();
            MarketDay entry = entryDay();
            legs = new CondorRule(config, history.market()).pick(entry).orElseThrow();
            Book book = new Book(Run.HEDGED, config.backtest(), new java.util.ArrayList<>());
            book.openCondor(entry, legs, "entry");
            credit = book.condorEntryCreditUsd();
            next = new MarketDay(history, config, 1);
        }

        MarketDay entryDay() {
            return new MarketDay(history, config, 0);
        }

        MarketDay dayOn(LocalDate date, double spx, double vix) {
            return new MarketDay(new TinyHistory().day(date, spx, vix).build(), config, 0);
        }
    }
}
