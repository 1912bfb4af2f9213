package org.alvh.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.alvh.model.AlvhConfig;
import org.alvh.model.History;
import org.alvh.model.Right;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** §10.3 costs and accounting of one run, on hand-made markets. */
class BookTest {
    private static final double EPS = 1e-9;
    private static final LocalDate JAN_2 = LocalDate.of(2018, 1, 2);
    private static final LocalDate VX_FEB = LocalDate.of(2018, 2, 14);
    private static final AlvhConfig DEFAULTS = TinyHistory.config("{}");

    /**
     * Default costs: SPX option 0.25 × 100 + 1 = 26 per contract; VX 0.025 × 1000 + 1 = 26; VXM 0.025 × 100 + 1
     * = 3.5; VIX option 0.05 × 100 + 1 = 6 per leg contract (a butterfly is four, a put spread two at 26); a swap
     * 0.25 per USD of notional, no commission.
     */
    @ParameterizedTest
    @CsvSource({"SPX_OPTION, 10, 260", "SPX_OPTION, -10, 260", "VX_FUTURE, 3, 78", "VXM_FUTURE, 2, 7",
        "VIX_CALL, 30, 180", "VIX_CALL_BUTTERFLY, 2, 48", "SPX_PUT_SPREAD, 3, 156", "SPX_VARIANCE_SWAP, -1000, 250"})
    void costs(StructureKind kind, double units, double expectedUsd) {
        Book book = new Book(Run.HEDGED, DEFAULTS.backtest(), new ArrayList<>());
        assertThat(book.cost(kind, units)).isCloseTo(expectedUsd, within(EPS));
    }

    /**
     * A VX position adjusted twice: 2 at 15, then +3 at 18 (F_entry = (2 × 15 + 3 × 18) / 5 = 16.8, mark at 20 =
     * 1000 × 5 × 3.2 = 16,000), then down to 1 at 17 (4 closed: 1000 × 0.2 × 4 = 800 to cash, F_entry stays), then
     * to −2 at 19 (a change of sign: the 1 left closes for 1000 × 2.2 = 2200, −2 open at 19).
     */
    @Test
    void aFuturePositionAdjustedTwiceKeepsTheAverageEntry() {
        TinyHistory t = new TinyHistory().day(JAN_2, 2700, 10).day(2700, 10).day(2700, 10).day(2700, 10).day(2700, 10);
        double[] settles = {15, 18, 20, 17, 19};
        for (int i = 0; i < settles.length; i++) {
            t.settle(t.date(i), VX_FEB, settles[i]);
        }
        History h = t.build();
        List<Trade> trades = new ArrayList<>();
        Book book = new Book(Run.HEDGED, DEFAULTS.backtest(), trades);
        Structure vx = new Structure(StructureKind.VX_FUTURE, VX_FEB, List.of(), null, null, 0);

        book.openHedge(day(h, 0), 1, vx, 2, "entry");
        book.resizeHedge(day(h, 1), 1, 5, "rebalance: kept");
        assertThat(book.hedge(1).entryPrice()).isCloseTo(16.8, within(EPS));
        assertThat(book.hedgeMarkUsd(day(h, 2), 1)).isCloseTo(16_000, within(1e-6));

        book.resizeHedge(day(h, 3), 1, 1, "rebalance: kept");
        assertThat(book.hedge(1).entryPrice()).isCloseTo(16.8, within(EPS));
        assertThat(book.cash()).isCloseTo(1_000_000 - 26 * (2 + 3 + 4) + 800, within(1e-6));

        book.resizeHedge(day(h, 4), 1, -2, "rebalance: kept");
        assertThat(book.hedge(1).quantity()).isEqualTo(-2);
        assertThat(book.hedge(1).entryPrice()).isEqualTo(19);
        assertThat(book.cash()).isCloseTo(1_000_000 - 26 * (2 + 3 + 4 + 3) + 800 + 2200, within(1e-6));
        assertThat(trades).extracting(Trade::action).containsExactly(TradeAction.OPEN, TradeAction.ADJUST,
                TradeAction.ADJUST, TradeAction.ADJUST);
        assertThat(trades).extracting(Trade::quantity).containsExactly(2.0, 3.0, -4.0, -3.0);
    }

    /**
     * A condor bought at its marks costs 4 × 260 and moves cash by minus its value; at expiry with S = 2160 the
     * short 2150 call settles at 10 points, the other legs at 0, for no cost: cash = capital − 1040 + credit −
     * 10 × 100 × 10, and the equity is that cash.
     */
    @Test
    void aCondorSettlesAtIntrinsicAtExpiry() {
        TinyHistory t = new TinyHistory().day(JAN_2, 2000, 20);
        History h = t.build();
        AlvhConfig flat = TinyHistory.config(TinyHistory.FLAT);
        List<Trade> trades = new ArrayList<>();
        Book book = new Book(Run.UNHEDGED, flat.backtest(), trades);
        MarketDay entry = new MarketDay(h, flat, 0);
        List<Holding> legs = new CondorRule(flat, h.market()).pick(entry).orElseThrow();
        book.openCondor(entry, legs, "entry");
        double credit = book.condorEntryCreditUsd();
        assertThat(book.cash()).isCloseTo(1_000_000 - 1040 + credit, within(1e-6));
        assertThat(book.equity(entry)).isCloseTo(1_000_000 - 1040, within(1e-6));

        History atExpiry = new TinyHistory().day(LocalDate.of(2018, 2, 16), 2160, 20).build();
        MarketDay expiry = new MarketDay(atExpiry, flat, 0);
        book.closeCondor(expiry, TradeAction.EXPIRE, "expiry reached");

        assertThat(book.cash()).isCloseTo(1_000_000 - 1040 + credit - 10_000, within(1e-6));
        List<Trade> settled = trades.subList(4, 8);
        assertThat(settled).extracting(Trade::price).containsExactly(0.0, 0.0, 10.0, 0.0);
        assertThat(settled).extracting(Trade::costUsd).containsOnly(0.0);
        assertThat(settled).extracting(Trade::quantity).containsExactly(-10.0, 10.0, 10.0, -10.0);
        assertThat(book.holdsCondor()).isFalse();
        assertThat(book.equity(expiry)).isEqualTo(book.cash());
    }

    /** A put spread's mark at expiry is its intrinsic value: long 0.9 S put less short 0.8 S put. */
    @Test
    void aPutSpreadSettlesAtIntrinsic() {
        History h = new TinyHistory().day(LocalDate.of(2018, 4, 2), 2200, 30).build();
        MarketDay day = new MarketDay(h, DEFAULTS, 0);
        Structure spread = new Structure(StructureKind.SPX_PUT_SPREAD, LocalDate.of(2018, 4, 2),
                List.of(2160.0, 2430.0), Right.PUT, null, 0);
        assertThat(day.price(spread)).isEqualTo(230 - 0);
    }

    private static MarketDay day(History h, int i) {
        return new MarketDay(h, DEFAULTS, i);
    }
}
