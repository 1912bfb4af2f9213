package org.alvh.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.alvh.calc.HedgeStructure;
import org.alvh.calc.LayerResult;
import org.alvh.calc.Rationale;
import org.alvh.model.AlvhConfig;
import org.alvh.model.History;
import org.alvh.model.Right;
import org.junit.jupiter.api.Test;

/** §10.3: when a held hedge is kept, and why it rolls. */
class HedgeRuleTest {
    private static final LocalDate T = LocalDate.of(2018, 1, 2);
    private static final AlvhConfig DEFAULTS = TinyHistory.config("{}");
    private static final LocalDate JAN = LocalDate.of(2018, 1, 17);
    private static final LocalDate FEB = LocalDate.of(2018, 2, 14);
    private static final LocalDate MAR = LocalDate.of(2018, 3, 21);

    private final History history = new TinyHistory().day(T, 2700, 10).settle(T, JAN, 10.5).settle(T, FEB, 12)
            .settle(T, MAR, 13).build();
    private final MarketDay day = new MarketDay(history, DEFAULTS, 0);

    /** 2018-01-02 to 2018-02-14 is 43 days: at least 30, and 22 is exactly 10 % from 20 (|22 − 20| ≤ 0.1 × 20). */
    @Test
    void aCallExactlyTenPercentFromTheEnginesStrikeIsKept() {
        assertThat(HedgeRule.notKept(day, 2, call(FEB, 22), engine("VIX_CALL", FEB, 20), DEFAULTS)).isNull();
    }

    @Test
    void aCallFartherThanTheToleranceRolls() {
        assertThat(HedgeRule.notKept(day, 2, call(FEB, 23), engine("VIX_CALL", FEB, 20), DEFAULTS))
                .isEqualTo("strike 23 not within 0.1 of the engine's 20");
    }

    /** 2018-01-02 to 2018-01-17 is 15 days, below layer 2's window [30, 60]. */
    @Test
    void aCallWithTooFewDaysLeftRolls() {
        assertThat(HedgeRule.notKept(day, 2, call(JAN, 14), engine("VIX_CALL", FEB, 14), DEFAULTS))
                .isEqualTo("days left 15 < 30");
    }

    /** Layer 1 looks at minDays (7) instead: a 15-day butterfly is kept. */
    @Test
    void layerOneUsesMinDays() {
        Structure fly = new Structure(StructureKind.VIX_CALL_BUTTERFLY, JAN, List.of(10.0, 15.0, 20.0), Right.CALL,
                null, 0);
        assertThat(HedgeRule.notKept(day, 1, new Holding(fly, 3, 0), engine("VIX_CALL_BUTTERFLY", FEB, 11),
                DEFAULTS)).isNull();
    }

    @Test
    void aFutureRollsToTheEnginesContract() {
        Structure vx = new Structure(StructureKind.VX_FUTURE, JAN, List.of(), null, null, 0);
        assertThat(HedgeRule.notKept(day, 1, new Holding(vx, 1, 10), engine("VX_FUTURE", FEB, null), DEFAULTS))
                .isEqualTo("contract 2018-01-17 is not the engine's 2018-02-14");
        Structure same = new Structure(StructureKind.VX_FUTURE, FEB, List.of(), null, null, 0);
        assertThat(HedgeRule.notKept(day, 1, new Holding(same, 1, 10), engine("VX_FUTURE", FEB, null), DEFAULTS))
                .isNull();
    }

    @Test
    void anotherKindRolls() {
        assertThat(HedgeRule.notKept(day, 3, call(MAR, 17), engine("SPX_PUT_SPREAD", MAR, 2160.0), DEFAULTS))
                .isEqualTo("instrument VIX_CALL is not the engine's SPX_PUT_SPREAD");
    }

    /**
     * A kept structure is resized with its own VEV_unit: a VX future of 43 days has b(43) = 0.55 + (0.42 − 0.55) ×
     * 13/30 = 0.493667, VEV_unit 493.667; a target of 1,500 gives floor(1500 / 493.667 + 0.5) = 3.
     */
    @Test
    void aKeptFutureIsResizedWithItsOwnVev() {
        Structure vx = new Structure(StructureKind.VX_FUTURE, FEB, List.of(), null, null, 0);
        double vev = day.vevPerUnit(vx);
        assertThat(vev).isCloseTo(1000 * (0.55 - 0.13 * 13 / 30), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(day.resize(vx, 1500, vev)).isEqualTo(3);
    }

    private static Holding call(LocalDate expiry, double strike) {
        return new Holding(new Structure(StructureKind.VIX_CALL, expiry, List.of(strike), Right.CALL, null, 0), 10, 0);
    }

    private static LayerResult engine(String instrument, LocalDate expiry, Number strike) {
        List<Double> strikes = strike == null ? List.of() : List.of(strike.doubleValue());
        return new LayerResult(2, HedgeStructure.valueOf(instrument), expiry, strikes, null, 1.0, 100.0, List.of(),
                null, null, 0.4, true, 1000, 10, 1000, 0, new Rationale(List.of()));
    }
}
