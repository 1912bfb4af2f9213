package org.alvh.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.alvh.model.AlvhConfig;
import org.alvh.model.History;
import org.junit.jupiter.api.Test;

/**
 * §8.1: a variance swap held over days is worth {@code (σ_mix² − K_v²) / (2 K_v)} per USD of vega notional, with
 * {@code σ_mix² = (e/D0) σ_real² + ((D0 − e)/D0) σ_impl(D0 − e)²}.
 */
class VarianceSwapMarkTest {
    private static final double EPS = 1e-9;
    private static final LocalDate START = LocalDate.of(2018, 1, 2);
    private static final LocalDate VX = LocalDate.of(2018, 2, 14);
    private static final AlvhConfig DEFAULTS = TinyHistory.config("{}");

    /** SPX 100, 101, 99.99 on 2, 3, 4 January; one future at 22 each day (the curve is flat at 22). */
    private final History history = new TinyHistory().day(START, 100, 20).day(101, 20).day(99.99, 20)
            .settle(START, VX, 22).settle(START.plusDays(1), VX, 22).settle(START.plusDays(2), VX, 22).build();

    private static Structure swap(double volStrike) {
        return new Structure(StructureKind.SPX_VARIANCE_SWAP, START.plusDays(45), List.of(volStrike), null, START, 45);
    }

    /** On its start date a swap struck on the curve is worth 0. */
    @Test
    void aNewSwapIsWorthNothing() {
        assertThat(new MarketDay(history, DEFAULTS, 0).price(swap(22))).isCloseTo(0, within(EPS));
    }

    /**
     * After e = 2 days: log returns ln(1.01) and ln(0.99), mean square 1.000091e-4, σ_real = 100 √(252 × that) =
     * 15.875235; σ_mix² = 2/45 × 15.875235² + 43/45 × 22² = 473.689916; strike 20: (473.689916 − 400) / 40 =
     * 1.842248 per USD.
     */
    @Test
    void realizedAndImpliedMixOverTheTenor() {
        assertThat(new MarketDay(history, DEFAULTS, 2).price(swap(20))).isCloseTo(1.8422478910201832, within(1e-9));
    }

    /** Its VEV per USD is s(D_left): 43 days left on 2 January + 2, s = sqrt(30/43). */
    @Test
    void vevIsTheTenorScaleOfTheDaysLeft() {
        assertThat(new MarketDay(history, DEFAULTS, 2).vevPerUnit(swap(20))).isCloseTo(Math.sqrt(30.0 / 43), within(EPS));
    }
}
