package org.alvh.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.alvh.model.Right;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The implied vol solved from a model price gives back the vol; prices outside the bounds have no root. */
class ImpliedVolatilityTest {
    private static final double ROUND_TRIP = 1e-8;

    @ParameterizedTest
    @CsvSource({"CALL, 5000, 5300, 0.18, 0.0821917808219178", "PUT, 5000, 4700, 0.18, 0.0821917808219178",
        "PUT, 2648.94, 2295, 0.4032, 0.10684931506849316", "CALL, 100, 100, 0.05, 1.0", "PUT, 100, 60, 2.5, 0.5",
        "CALL, 100, 100, 4.9, 0.25"})
    void roundTrip(Right right, double s, double k, double sigma, double t) {
        double price = BlackScholes.price(right, s, k, 0.02, 0.015, sigma, t);
        assertThat(ImpliedVolatility.solve(right, price, s, k, 0.02, 0.015, t).orElseThrow())
                .isCloseTo(sigma, within(ROUND_TRIP));
    }

    @ParameterizedTest
    @CsvSource({"CALL, 0.0", "CALL, -1", "CALL, 5001", "PUT, 1e9"})
    void noRootOutsideTheArbitrageBounds(Right right, double price) {
        assertThat(ImpliedVolatility.solve(right, price, 5000, 4800, 0.02, 0.015, 0.1)).isEmpty();
    }
}
