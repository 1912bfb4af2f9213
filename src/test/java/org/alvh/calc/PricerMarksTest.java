package org.alvh.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Map;
import org.alvh.model.Right;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The per-unit marks the replay takes from the pricers ({@link SpxOptionPricer#unitPrice},
 * {@link SpxOptionPricer#unitVega}, {@link VixOptionPricer#unitPrice}): intrinsic value from the expiry on, parity
 * before it, vega against a central difference of the price, and the pricers' own dollar values at T.
 */
class PricerMarksTest {
    /** Parity and intrinsic values, index points. */
    private static final double POINTS = 1e-9;
    /** Central difference of the price over ± {@link #VOL_STEP} in vol, relative to vega. */
    private static final double VEGA_RELATIVE = 1e-6;
    private static final double VOL_STEP = 1e-4;

    private static final LocalDate T = LocalDate.of(2018, 2, 5);
    private static final LocalDate D30 = LocalDate.of(2018, 3, 7);
    private static final double F30 = 22;

    private static MarketState market(LocalDate asOf) {
        return new MarketState(asOf, 2650, 20, 0.02, 0.015, Map.of(D30, F30), PricersTest.market().scaling());
    }

    @ParameterizedTest
    @CsvSource({"PUT, 2700, 50", "PUT, 2600, 0", "CALL, 2600, 50", "CALL, 2700, 0"})
    void anSpxOptionIsWorthItsIntrinsicValueFromItsExpiryOn(Right right, double strike, double intrinsic) {
        assertThat(SpxOptionPricer.unitPrice(new SpxOption(right, strike, T, Double.NaN), market(T)))
                .isCloseTo(intrinsic, within(POINTS));
        assertThat(SpxOptionPricer.unitPrice(new SpxOption(right, strike, T, 0.2), market(T.plusDays(3))))
                .isCloseTo(intrinsic, within(POINTS));
    }

    @Test
    void anSpxOptionBeforeItsExpiryKeepsPutCallParity() {
        MarketState m = market(T);
        double tau = 30 / 365.0;
        double call = SpxOptionPricer.unitPrice(new SpxOption(Right.CALL, 2600, D30, 0.18), m);
        double put = SpxOptionPricer.unitPrice(new SpxOption(Right.PUT, 2600, D30, 0.18), m);
        assertThat(call - put).isCloseTo(2650 * Math.exp(-0.015 * tau) - 2600 * Math.exp(-0.02 * tau),
                within(POINTS));
    }

    @Test
    void theUnitPriceIsTheDollarValueAtTheOriginPerShare() {
        MarketState m = market(T);
        SpxOption put = new SpxOption(Right.PUT, 2500, D30, 0.22);
        assertThat(100 * SpxOptionPricer.unitPrice(put, m))
                .isCloseTo(SpxOptionPricer.valueUsd(put, ShockedMarket.origin(m)), within(1e-9));
        VixOption call = new VixOption(Right.CALL, 25, D30, 0.9);
        assertThat(100 * VixOptionPricer.unitPrice(call, m))
                .isCloseTo(VixOptionPricer.valueUsd(call, ShockedMarket.origin(m)), within(1e-9));
    }

    @Test
    void theUnitVegaIsTheVolDerivativeOfTheUnitPricePerVolPoint() {
        MarketState m = market(T);
        double up = SpxOptionPricer.unitPrice(new SpxOption(Right.PUT, 2500, D30, 0.22 + VOL_STEP), m);
        double down = SpxOptionPricer.unitPrice(new SpxOption(Right.PUT, 2500, D30, 0.22 - VOL_STEP), m);
        double perVolPoint = (up - down) / (2 * VOL_STEP) / 100;
        double vega = SpxOptionPricer.unitVega(new SpxOption(Right.PUT, 2500, D30, 0.22), m);
        assertThat(vega).isCloseTo(perVolPoint, within(VEGA_RELATIVE * Math.abs(perVolPoint)));
    }

    @Test
    void aVixOptionIsPricedOnTheFutureOfItsExpiry() {
        MarketState m = market(T);
        double tau = 30 / 365.0;
        double call = VixOptionPricer.unitPrice(new VixOption(Right.CALL, 20, D30, 0.9), m);
        double put = VixOptionPricer.unitPrice(new VixOption(Right.PUT, 20, D30, 0.9), m);
        assertThat(call - put).isCloseTo(Math.exp(-0.02 * tau) * (F30 - 20), within(POINTS));
        assertThat(VixOptionPricer.unitPrice(new VixOption(Right.CALL, 20, D30, Double.NaN), market(D30)))
                .isCloseTo(F30 - 20, within(POINTS));
    }
}
