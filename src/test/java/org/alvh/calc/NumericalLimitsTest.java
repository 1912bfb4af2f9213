package org.alvh.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.alvh.model.OptionLeg;
import org.alvh.model.Right;
import org.alvh.testing.FiniteOutputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The numerical limits of docs/adr/0004, one test per stated policy: each edge either has a defined finite
 * answer or is rejected by name, and no NaN or infinity reaches an output.
 */
class NumericalLimitsTest {
    private static final double SPOT = 3000;
    private static final double RATE = 0.02;
    private static final double YIELD = 0.015;
    /** No-arbitrage bounds hold to rounding, relative to spot. */
    private static final double BOUND_SLACK = 1e-9;
    private static final double EXACT = 1e-9;
    private static final int DAYS = 40;

    @ParameterizedTest(name = "{0} K/S {1} sigma {2} {3} days")
    @CsvSource({
            "CALL, 1,   0.0001, 1", "PUT, 1,   0.0001, 1", "CALL, 1,   5, 1", "PUT, 1,   5, 1",
            "CALL, 0.1, 0.0001, 1", "PUT, 0.1, 0.0001, 1", "CALL, 10,  0.0001, 1", "PUT, 10,  0.0001, 1",
            "CALL, 0.1, 5,      1", "PUT, 0.1, 5,      1", "CALL, 10,  5,      1", "PUT, 10,  5,      1",
            "CALL, 0.1, 0.2,   45", "PUT, 10,  0.2,   45", "CALL, 10,  5,   1095", "PUT, 0.1, 5,   1095",
    })
    void bsmAtTheEdgesIsFiniteAndWithinTheNoArbitrageBounds(Right right, double moneyness, double sigma, int days) {
        double k = SPOT * moneyness;
        double tau = days / 365.0;

        BlackScholes.Greeks g = BlackScholes.greeks(right, SPOT, k, RATE, YIELD, sigma, tau);

        assertThat(List.of(g.price(), g.delta(), g.gamma(), g.vega(), g.theta(), g.d1(), g.d2()))
                .allMatch(Double::isFinite);
        double spot = SPOT * Math.exp(-YIELD * tau);
        double strike = k * Math.exp(-RATE * tau);
        double lower = right == Right.CALL ? Math.max(0, spot - strike) : Math.max(0, strike - spot);
        double upper = right == Right.CALL ? spot : strike;
        double slack = BOUND_SLACK * SPOT;
        assertThat(g.price()).isBetween(lower - slack, upper + slack);
    }

    @ParameterizedTest(name = "tau {0} sigma {1}")
    @CsvSource({"0, 0.2", "-0.01, 0.2", "0.1, 0", "0.1, -0.2", "NaN, 0.2", "0.1, NaN", "Infinity, 0.2"})
    void pricersRejectTimeOrVolThatIsNotPositiveNamingTheValue(double tau, double sigma) {
        String shown = tau > 0 && Double.isFinite(tau) ? String.valueOf(sigma) : String.valueOf(tau);
        assertThatThrownBy(() -> BlackScholes.price(Right.CALL, SPOT, SPOT, RATE, YIELD, sigma, tau))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(shown);
        assertThatThrownBy(() -> Black76.price(Right.CALL, 20, 22, RATE, sigma, tau))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(shown);
    }

    @ParameterizedTest(name = "{0} at {1} (step {2})")
    @CsvSource({"0.2531, 1, 1", "0.49, 1, 1", "0.5, 1, 1", "1.3, 1, 1", "2, 5, 5", "2.6, 5, 5", "3001, 5, 3000"})
    void aStrikeNeverRoundsBelowOneStep(double x, double step, double expected) {
        assertThat(Rounding.strike(x, step)).isEqualTo(expected);
    }

    @Test
    void aFlatIndexLeavesNoSlopeSoTheBetaColumnIsUsed() {
        TestSnapshots s = new TestSnapshots(DAYS).member("AAA", "Energy", 3e9, 1.5, 1.2)
                .member("BBB", "Utilities", 1e9, 0.5, 0.7);
        Arrays.fill(s.spx, SPOT);

        AlvhResult r = AlvhEngine.compute(s.build(), TestSnapshots.shortWindows());

        assertThat(r.beta().basket()).extracting(BasketMember::beta).containsExactly(1.2, 0.7);
        FiniteOutputs.check(r);
    }

    @Test
    void aFlatIndexWithoutABetaColumnIsUnusableNotNaN() {
        TestSnapshots s = new TestSnapshots(DAYS).member("AAA", "Energy", 3e9, 1.5, null);
        Arrays.fill(s.spx, SPOT);

        assertThatThrownBy(() -> AlvhEngine.compute(s.build(), TestSnapshots.shortWindows()))
                .isInstanceOf(UnusableSnapshotException.class).hasMessageContaining("beta");
    }

    @Test
    void aFlatConstituentHasBetaZero() {
        TestSnapshots s = new TestSnapshots(DAYS).member("AAA", "Energy", 3e9, 0, null)
                .member("BBB", "Utilities", 1e9, 1, null);

        AlvhResult r = AlvhEngine.compute(s.build(), TestSnapshots.shortWindows());

        assertThat(r.beta().basket().get(0).beta()).isCloseTo(0, within(EXACT));
        assertThat(r.beta().raw()).isCloseTo(0.25, within(EXACT));
        FiniteOutputs.check(r);
    }

    @Test
    void oneConstituentHasNoAverageCorrelationAndNoAdjustment() {
        TestSnapshots s = new TestSnapshots(DAYS).member("AAA", "Energy", 3e9, 1.3, null);
        s.impliedCorrelation = new double[DAYS];
        Arrays.fill(s.impliedCorrelation, 0.4);

        AlvhResult r = AlvhEngine.compute(s.build(), TestSnapshots.shortWindows());

        assertThat(r.beta().realizedCorrelation()).isNull();
        assertThat(r.beta().correlationAdjustment()).isEqualTo(1.0);
        FiniteOutputs.check(r);
    }

    @Test
    void twoIdenticalConstituentsHaveAverageCorrelationOne() {
        // two copies of the index: σ_i = σ_I, u = (½, ½): ρ = (1 − ½) / (1 − ½) = 1, denominator well away from 0
        TestSnapshots s = new TestSnapshots(DAYS).member("AAA", "Energy", 3e9, 1, null)
                .member("BBB", "Energy", 3e9, 1, null);

        AlvhResult r = AlvhEngine.compute(s.build(), TestSnapshots.shortWindows());

        assertThat(r.beta().realizedCorrelation()).isCloseTo(1.0, within(EXACT));
        FiniteOutputs.check(r);
    }

    @Test
    void probabilityOfProfitWithABreakEvenBelowZeroIsFinite() {
        TestSnapshots s = new TestSnapshots(DAYS).member("AAA", "Energy", 3e9, 1, null);
        LocalDate expiry = s.asOf().plusDays(45);
        s.condor = List.of(new OptionLeg(2, Right.PUT, 40, expiry, 5, 0.24, null),
                new OptionLeg(3, Right.PUT, 50, expiry, -5, 0.21, null),
                new OptionLeg(4, Right.CALL, 2850, expiry, -5, 0.2, null),
                new OptionLeg(5, Right.CALL, 3850, expiry, 5, 0.13, null));

        AlvhResult r = AlvhEngine.compute(s.build(), TestSnapshots.shortWindows());

        assertThat(r.condor().breakEvenLow()).isNegative();
        assertThat(r.condor().probabilityOfProfit()).isBetween(0.0, 1.0);
        FiniteOutputs.check(r);
    }

    @Test
    void annualisedReturnOnRiskThatOverflowsIsNullWithAWarning() {
        TestSnapshots s = new TestSnapshots(DAYS).member("AAA", "Energy", 3e9, 1, null);
        LocalDate tomorrow = s.asOf().plusDays(1);
        double k = Math.round(s.spx[DAYS - 1] / 100) * 100.0;
        s.condor = List.of(new OptionLeg(2, Right.PUT, k - 200, tomorrow, 1, 0.2, 0.01),
                new OptionLeg(3, Right.PUT, k - 100, tomorrow, -1, 0.2, 60.0),
                new OptionLeg(4, Right.CALL, k + 100, tomorrow, -1, 0.2, 35.0),
                new OptionLeg(5, Right.CALL, k + 150, tomorrow, 1, 0.2, 0.01));

        AlvhResult r = AlvhEngine.compute(s.build(), TestSnapshots.shortWindows());

        assertThat(r.condor().returnOnRisk()).isGreaterThan(1);
        assertThat(r.condor().annualisedReturnOnRisk()).isNull();
        assertThat(r.warnings()).anyMatch(w -> w.message().startsWith("annualised return on risk unavailable"));
        FiniteOutputs.check(r);
    }
}
