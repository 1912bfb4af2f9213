package org.alvh.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.alvh.model.AlvhConfig;
import org.alvh.model.Right;
import org.junit.jupiter.api.Test;

/** The alternative instruments of METHOD.md §5 priced and converted to VEV by hand. */
class AlternativeInstrumentsTest {
    private static final double EXACT = 1e-9;

    /** {@link TestSnapshots#shortWindows()} with one key changed (it throws, listing them, on config errors). */
    private static AlvhConfig with(String section, String key, String value) {
        return TestSnapshots.shortWindows(tree -> ((ObjectNode) tree.get(section)).put(key, value));
    }

    private static AlvhResult compute(AlvhConfig config) {
        TestSnapshots s = new TestSnapshots(40).member("AAA", "Information Technology", 3e9, 1.2, null);
        return AlvhEngine.compute(s.build(), config);
    }

    @Test
    void callButterflyIsLongKShortTwoKPlusWLongKPlusTwoW() {
        AlvhResult r = compute(with("layer1", "instrument", "VIX_CALL_BUTTERFLY"));
        LayerResult l1 = r.layers().get(0);
        // first future with at least 7 days: 10 days, F = 21, option_iv 0.9; K = 21, w = 5
        assertThat(l1.strikes()).containsExactly(21.0, 26.0, 31.0);
        double tau = 10 / 365.0;
        double rate = r.market().rate();
        Black76.Greeks a = Black76.greeks(Right.CALL, 21, 21, rate, 0.9, tau);
        Black76.Greeks b = Black76.greeks(Right.CALL, 21, 26, rate, 0.9, tau);
        Black76.Greeks c = Black76.greeks(Right.CALL, 21, 31, rate, 0.9, tau);
        double beta = 1.0 - 0.45 * 10 / 30;
        assertThat(l1.unitPrice()).isCloseTo(a.price() - 2 * b.price() + c.price(), within(EXACT));
        double vev = 100 * (a.delta() - 2 * b.delta() + c.delta()) * beta;
        assertThat(vev).as("an ATM butterfly at 90% vol still has a small positive delta").isPositive();
        assertThat(l1.vevPerUnit()).isCloseTo(vev, within(EXACT));
        assertThat(l1.unavailable()).isNull();
    }

    @Test
    void miniFutureHasOneTenthOfTheVegaOfTheFullFuture() {
        AlvhResult full = compute(TestSnapshots.shortWindows());
        AlvhResult mini = compute(with("layer1", "instrument", "VXM_FUTURE"));
        assertThat(mini.layers().get(0).vevPerUnit()).isCloseTo(full.layers().get(0).vevPerUnit() / 10, within(EXACT));
    }

    @Test
    void varianceSwapNotionalRoundsToTheConfiguredStep() {
        AlvhResult r = compute(with("layer2", "instrument", "SPX_VARIANCE_SWAP"));
        LayerResult l2 = r.layers().get(1);
        double s45 = Math.sqrt(30.0 / 45);
        assertThat(l2.vevPerUnit()).isCloseTo(s45, within(EXACT));
        // METHOD.md §5 by hand: target_2 = r2 × H, r2 = layer2.base 0.40 × L 1 (no PCF or P/E inputs) × R 1 (no
        // defensive member), H = max(0, −VEV_c); active, so the rounding checks below are not vacuous
        double h = Math.max(0, -r.condor().vev());
        assertThat(h).isPositive();
        assertThat(l2.active()).isTrue();
        assertThat(l2.vevTarget()).isCloseTo(0.40 * h, within(1e-12 * h));
        assertThat(l2.quantity()).isPositive();
        assertThat(l2.quantity() % 100).isZero();
        assertThat(l2.quantity()).isEqualTo((long) (Math.floor(l2.vevTarget() / s45 / 100 + 0.5) * 100));
        // vol strike: the curve at 45 days is the 45-day future itself (22 points)
        assertThat(l2.unitPrice()).isCloseTo(22.0, within(EXACT));
        assertThat(l2.costUsd()).isZero();
        assertThat(l2.expiry()).isEqualTo(TestSnapshots.START.plusDays(39 + 45));
    }

    @Test
    void putSpreadStrikesVolsAndVev() {
        AlvhResult r = compute(with("layer3", "instrument", "SPX_PUT_SPREAD"));
        LayerResult l3 = r.layers().get(2);
        double spot = r.market().spot();
        double kLong = Rounding.halfUp(spot * 0.9, 5);
        double kShort = Rounding.halfUp(spot * 0.8, 5);
        assertThat(l3.strikes()).containsExactly(kShort, kLong);
        double tau = 105 / 365.0;
        double vix = r.market().vix() / 100;
        var longPut = BlackScholes.greeks(Right.PUT, spot, kLong, r.market().rate(), r.market().dividendYield(),
                vix + 0.04, tau);
        var shortPut = BlackScholes.greeks(Right.PUT, spot, kShort, r.market().rate(), r.market().dividendYield(),
                vix + 0.08, tau);
        assertThat(l3.unitPrice()).isCloseTo(longPut.price() - shortPut.price(), within(EXACT));
        assertThat(l3.vevPerUnit()).isCloseTo(100 * (longPut.vega() - shortPut.vega()) * 0.5345224838248488,
                within(1e-9));
    }
}
