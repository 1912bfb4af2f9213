package org.alvh.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.alvh.model.Right;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Black-76 against the published values of the shared vectors.md. */
class Black76Test {
    private static final double PUBLISHED = 5e-7;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "Hull put,        PUT,  20,  20,  0.09, 0.25, 0.3333333333333333, 1.116641",
        "Hull call,       CALL, 620, 600, 0.05, 0.20, 0.5,                44.186853",
        "Haug call,       CALL, 19,  19,  0.10, 0.28, 0.75,               1.701051",
        "Haug put,        PUT,  19,  19,  0.10, 0.28, 0.75,               1.701051",
        "py_vollib,       CALL, 100, 100, 0.02, 0.2,  0.5,                5.581106724604814",
    })
    void priceMatchesReference(String source, Right right, double f, double k, double r, double sigma, double t,
                               double expected) {
        assertThat(Black76.price(right, f, k, r, sigma, t)).isCloseTo(expected, within(PUBLISHED));
    }

    @Test
    void vixLikeGreeks() {
        Black76.Greeks g = Black76.greeks(Right.CALL, 18, 20, 0.05, 0.90, 30.0 / 365);
        assertThat(g.price()).isCloseTo(1.105128, within(PUBLISHED));
        assertThat(g.delta()).isCloseTo(0.388397, within(PUBLISHED));
        assertThat(g.gamma()).isCloseTo(0.082272, within(PUBLISHED));
        assertThat(g.vega()).isCloseTo(0.019718, within(PUBLISHED));
        assertThat(g.theta()).isCloseTo(-0.029426, within(PUBLISHED));
    }

    @Test
    void deltaIsTheDerivativeWithRespectToTheFuture() {
        double h = 1e-4;
        Black76.Greeks g = Black76.greeks(Right.CALL, 35.28, 39, 0.02, 1.4643, 44.0 / 365);
        double fd = (Black76.price(Right.CALL, 35.28 + h, 39, 0.02, 1.4643, 44.0 / 365)
                - Black76.price(Right.CALL, 35.28 - h, 39, 0.02, 1.4643, 44.0 / 365)) / (2 * h);
        assertThat(g.delta()).isCloseTo(fd, within(1e-7));
    }
}
