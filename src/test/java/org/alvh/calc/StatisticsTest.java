package org.alvh.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The beta, average-correlation and rounding formulas against the shared vectors.md. */
class StatisticsTest {
    private static final double REFERENCE = 1e-10;

    @Test
    void averageCorrelation() {
        double[] w = {0.3, 0.4, 0.3};
        double[] s = {0.25, 0.35, 0.18};
        double ws = 0;
        double w2s2 = 0;
        for (int i = 0; i < 3; i++) {
            ws += w[i] * s[i];
            w2s2 += w[i] * w[i] * s[i] * s[i];
        }
        assertThat(AverageCorrelation.of(0.21 * 0.21, ws, w2s2)).isCloseTo(0.3609000452, within(REFERENCE));
    }

    @Test
    void averageCorrelationWithOneNameIsUnavailable() {
        assertThat(AverageCorrelation.of(0.04, 0.2, 0.04)).isNaN();
    }

    @Test
    void olsSlopeWithIntercept() {
        double[] x = {0.010, -0.020, 0.015, 0.005, -0.010, 0.007};
        double[] y = {0.012, -0.025, 0.020, 0.004, -0.015, 0.010};
        WindowStats ws = new WindowStats();
        for (int i = 0; i < x.length; i++) {
            ws.add(x[i], y[i]);
        }
        assertThat(ws.slope()).isCloseTo(1.2942937325, within(REFERENCE));
        assertThat(0.67 * ws.slope() + 0.33).as("Blume").isCloseTo(1.1971768007, within(REFERENCE));
    }

    @Test
    void rollingWindowEqualsAFreshWindow() {
        double[] x = {0.01, -0.02, 0.015, 0.005, -0.01, 0.007, 0.003, -0.004};
        double[] y = {0.012, Double.NaN, 0.02, 0.004, -0.015, 0.01, 0.002, -0.006};
        WindowStats rolling = new WindowStats();
        for (int i = 0; i < 5; i++) {
            rolling.add(x[i], y[i]);
        }
        for (int i = 5; i < 8; i++) {
            rolling.add(x[i], y[i]);
            rolling.remove(x[i - 5], y[i - 5]);
        }
        WindowStats fresh = new WindowStats();
        for (int i = 3; i < 8; i++) {
            fresh.add(x[i], y[i]);
        }
        assertThat(rolling.count()).isEqualTo(5);
        assertThat(rolling.slope()).isCloseTo(fresh.slope(), within(1e-12));
        assertThat(rolling.varianceY()).isCloseTo(fresh.varianceY(), within(1e-15));
    }

    @Test
    void constantIndexHasNoSlope() {
        WindowStats ws = new WindowStats();
        for (int i = 0; i < 50; i++) {
            ws.add(0.001, 0.001 * (i % 3));
        }
        assertThat(ws.slope()).isNaN();
    }

    @Test
    void roundingIsHalfUp() {
        assertThat(Rounding.halfUp(2384.05, 5)).isEqualTo(2385);
        assertThat(Rounding.halfUp(2382.5, 5)).isEqualTo(2385);
        assertThat(Rounding.halfUp(38.808, 1.0)).isEqualTo(39);
        assertThat(Rounding.halfUp(-2.5, 1.0)).isEqualTo(-2);
        assertThat(Rounding.halfUp(1102.5, 100)).isEqualTo(1100);
    }
}
