package org.alvh.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.alvh.model.Right;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** BSM against published values (shared golden vectors.md), identities and finite differences. */
class BlackScholesTest {
    /** Published values are quoted to 6 decimals. */
    private static final double PUBLISHED = 5e-7;
    /** Central finite differences on a smooth function: error O(h^2). */
    private static final double FINITE_DIFFERENCE = 1e-5;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // source, right, S, K, r, q, sigma, T, price
        "Hull call,              CALL, 42,  40,  0.10, 0,     0.20, 0.5,        4.759422",
        "Hull put,               PUT,  42,  40,  0.10, 0,     0.20, 0.5,        0.808599",
        "Hull greeks example,    CALL, 49,  50,  0.05, 0,     0.20, 0.3846,     2.400461",
        "Haug p.4 put,           PUT,  100, 95,  0.10, 0.05,  0.20, 0.5,        2.464788",
        "Haug p.4 call,          CALL, 100, 95,  0.10, 0.05,  0.20, 0.5,        9.628984",
        "Haug call,              CALL, 60,  65,  0.08, 0,     0.30, 0.25,       2.133368",
        "SPX-like call,          CALL, 5000, 5000, 0.05, 0.015, 0.18, 0.0821917808219178, 109.982011",
        "SPX-like put,           PUT,  5000, 4800, 0.05, 0.015, 0.18, 0.0821917808219178, 27.881822",
    })
    void priceMatchesReference(String source, Right right, double s, double k, double r, double q, double sigma,
                               double t, double expected) {
        assertThat(BlackScholes.price(right, s, k, r, q, sigma, t)).isCloseTo(expected, within(PUBLISHED));
    }

    @Test
    void hullD1D2() {
        BlackScholes.Greeks g = BlackScholes.greeks(Right.CALL, 42, 40, 0.10, 0, 0.20, 0.5);
        assertThat(g.d1()).isCloseTo(0.769263, within(PUBLISHED));
        assertThat(g.d2()).isCloseTo(0.627841, within(PUBLISHED));
    }

    @Test
    void hullGreeks() {
        BlackScholes.Greeks g = BlackScholes.greeks(Right.CALL, 49, 50, 0.05, 0, 0.20, 0.3846);
        assertThat(g.delta()).isCloseTo(0.521602, within(PUBLISHED));
        assertThat(g.gamma()).isCloseTo(0.065545, within(PUBLISHED));
        assertThat(g.vega()).isCloseTo(0.121052, within(PUBLISHED));
        assertThat(g.thetaAnnual()).isCloseTo(-4.305390, within(PUBLISHED));
        assertThat(g.theta()).isCloseTo(-0.011796, within(PUBLISHED));
    }

    @Test
    void haugGreeks() {
        assertThat(BlackScholes.greeks(Right.PUT, 100, 95, 0.10, 0.05, 0.20, 0.5).delta())
                .isCloseTo(-0.264182, within(PUBLISHED));
        assertThat(BlackScholes.greeks(Right.CALL, 105, 100, 0.10, 0.10, 0.36, 0.5).delta())
                .isCloseTo(0.594629, within(PUBLISHED));
        BlackScholes.Greeks g = BlackScholes.greeks(Right.CALL, 55, 60, 0.10, 0, 0.30, 0.75);
        assertThat(g.gamma()).isCloseTo(0.027821, within(PUBLISHED));
        assertThat(g.vega()).isCloseTo(0.189358, within(PUBLISHED));
        BlackScholes.Greeks p = BlackScholes.greeks(Right.PUT, 430, 405, 0.07, 0.05, 0.20, 1.0 / 12);
        assertThat(p.thetaAnnual()).isCloseTo(-31.192350, within(PUBLISHED));
        assertThat(p.theta()).isCloseTo(-0.085458, within(PUBLISHED));
    }

    @Test
    void spxLikeGreeks() {
        double t = 30.0 / 365;
        BlackScholes.Greeks c = BlackScholes.greeks(Right.CALL, 5000, 5000, 0.05, 0.015, 0.18, t);
        assertThat(c.delta()).isCloseTo(0.531841, within(PUBLISHED));
        assertThat(c.gamma()).isCloseTo(0.001539, within(PUBLISHED));
        assertThat(c.vega()).isCloseTo(5.692654, within(PUBLISHED));
        assertThat(c.theta()).isCloseTo(-1.947722, within(PUBLISHED));
        BlackScholes.Greeks p = BlackScholes.greeks(Right.PUT, 5000, 4800, 0.05, 0.015, 0.18, t);
        assertThat(p.delta()).isCloseTo(-0.191204, within(PUBLISHED));
        assertThat(p.gamma()).isCloseTo(0.001055, within(PUBLISHED));
        assertThat(p.vega()).isCloseTo(3.903145, within(PUBLISHED));
        assertThat(p.theta()).isCloseTo(-1.075451, within(PUBLISHED));
    }

    @Test
    void putCallParityHaug() {
        double c = BlackScholes.price(Right.CALL, 100, 95, 0.10, 0.05, 0.20, 0.5);
        double p = BlackScholes.price(Right.PUT, 100, 95, 0.10, 0.05, 0.20, 0.5);
        assertThat(c - p).isCloseTo(7.164196, within(PUBLISHED));
        assertThat(c - p).isCloseTo(100 * Math.exp(-0.05 * 0.5) - 95 * Math.exp(-0.10 * 0.5), within(1e-12));
    }

    @ParameterizedTest
    @CsvSource({"CALL, 5000, 4700, 0.18", "PUT, 5000, 4700, 0.18", "CALL, 100, 130, 0.6", "PUT, 100, 80, 0.9",
        "CALL, 2648.94, 3005, 0.3632", "PUT, 2648.94, 2295, 0.4032"})
    void greeksAgreeWithFiniteDifferences(Right right, double s, double k, double sigma) {
        double r = 0.03;
        double q = 0.015;
        double t = 0.2;
        BlackScholes.Greeks g = BlackScholes.greeks(right, s, k, r, q, sigma, t);
        double hs = s * 1e-4;
        double up = BlackScholes.price(right, s + hs, k, r, q, sigma, t);
        double down = BlackScholes.price(right, s - hs, k, r, q, sigma, t);
        double mid = BlackScholes.price(right, s, k, r, q, sigma, t);
        assertThat(g.delta()).isCloseTo((up - down) / (2 * hs), within(FINITE_DIFFERENCE));
        assertThat(g.gamma()).isCloseTo((up - 2 * mid + down) / (hs * hs), within(FINITE_DIFFERENCE));
        double hv = 1e-5;
        double vegaFd = (BlackScholes.price(right, s, k, r, q, sigma + hv, t)
                - BlackScholes.price(right, s, k, r, q, sigma - hv, t)) / (2 * hv) * 0.01;
        assertThat(g.vega()).isCloseTo(vegaFd, within(FINITE_DIFFERENCE * Math.max(1, g.vega())));
        double ht = 1e-6;
        double thetaFd = -(BlackScholes.price(right, s, k, r, q, sigma, t + ht)
                - BlackScholes.price(right, s, k, r, q, sigma, t - ht)) / (2 * ht);
        assertThat(g.thetaAnnual()).isCloseTo(thetaFd, within(FINITE_DIFFERENCE * Math.max(1, Math.abs(thetaFd))));
    }

    @Test
    void rejectsNonPositiveTimeAndVolWithTheValueInTheMessage() {
        assertThatThrownBy(() -> BlackScholes.price(Right.CALL, 100, 100, 0.01, 0, 0.2, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 0.0");
        assertThatThrownBy(() -> BlackScholes.price(Right.CALL, 100, 100, 0.01, 0, Double.NaN, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
    }

    /** The delta-only function is the greeks' delta (a put: call delta − e^{−qτ}, parity of deltas). */
    @ParameterizedTest
    @CsvSource({"PUT, 2500, 2300, 0.18", "CALL, 2500, 2700, 0.14", "PUT, 100, 100, 0.3"})
    void deltaAloneIsTheGreeksDelta(Right right, double s, double k, double sigma) {
        double r = 0.02;
        double q = 0.015;
        double t = 45 / 365.0;
        assertThat(BlackScholes.delta(right, s, k, r, q, sigma, t))
                .isCloseTo(BlackScholes.greeks(right, s, k, r, q, sigma, t).delta(), within(1e-15));
        assertThat(BlackScholes.delta(Right.CALL, s, k, r, q, sigma, t) - BlackScholes.delta(Right.PUT, s, k, r, q,
                sigma, t)).isCloseTo(Math.exp(-q * t), within(1e-15));
    }
}
