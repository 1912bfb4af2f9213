package org.alvh.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.alvh.model.Right;

/** Identities of the BSM pricer and its inverse over sensible random markets (STYLE.md practice 9). */
class PricingPropertyTest {
    /** Parity holds to rounding: relative to the larger of spot and strike. */
    private static final double PARITY_TOLERANCE = 1e-10;
    /** The implied vol solved from a model price gives back the vol. */
    private static final double VOL_TOLERANCE = 1e-6;
    /** Below this vega per share per vol point, relative to spot, the price barely depends on the vol. */
    private static final double MIN_RELATIVE_VEGA = 1e-5;
    private static final int TRIES = 200;
    /** Decimal places of the generated doubles. */
    private static final int SCALE = 6;

    @Property(tries = TRIES)
    void putCallParity(@ForAll @Scale(SCALE) @DoubleRange(min = 10, max = 5000) double s,
                       @ForAll @Scale(SCALE) @DoubleRange(min = 0.1, max = 10) double moneyness,
                       @ForAll @Scale(SCALE) @DoubleRange(min = -0.01, max = 0.10) double r,
                       @ForAll @Scale(SCALE) @DoubleRange(min = 0, max = 0.05) double q,
                       @ForAll @Scale(SCALE) @DoubleRange(min = 1e-4, max = 5) double sigma,
                       @ForAll @IntRange(min = 1, max = 3 * 365) int days) {
        double tau = days / 365.0;
        double k = s * moneyness;
        double call = BlackScholes.price(Right.CALL, s, k, r, q, sigma, tau);
        double put = BlackScholes.price(Right.PUT, s, k, r, q, sigma, tau);

        double forwardValue = s * Math.exp(-q * tau) - k * Math.exp(-r * tau);
        assertThat(call - put).isCloseTo(forwardValue,
                org.assertj.core.data.Offset.offset(PARITY_TOLERANCE * Math.max(s, k)));
    }

    @Property(tries = TRIES)
    void impliedVolOfAModelPriceIsTheVol(@ForAll Right right,
                                         @ForAll @Scale(SCALE) @DoubleRange(min = 100, max = 5000) double s,
                                         @ForAll @Scale(SCALE) @DoubleRange(min = 0.7, max = 1.3) double moneyness,
                                         @ForAll @Scale(SCALE) @DoubleRange(min = 0, max = 0.08) double r,
                                         @ForAll @Scale(SCALE) @DoubleRange(min = 0, max = 0.04) double q,
                                         @ForAll @Scale(SCALE) @DoubleRange(min = 0.05, max = 2) double sigma,
                                         @ForAll @IntRange(min = 7, max = 2 * 365) int days) {
        double tau = days / 365.0;
        double k = s * moneyness;
        Assume.that(BlackScholes.vega(s, k, r, q, sigma, tau) / s >= MIN_RELATIVE_VEGA);
        double price = BlackScholes.price(right, s, k, r, q, sigma, tau);

        OptionalDouble solved = ImpliedVolatility.solve(right, price, s, k, r, q, tau);

        assertThat(solved).isPresent();
        assertThat(solved.getAsDouble()).isCloseTo(sigma, org.assertj.core.data.Offset.offset(VOL_TOLERANCE));
    }
}
