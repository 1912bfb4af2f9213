package org.alvh.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;

class NormalTest {
    /** The series / continued-fraction erfc the approximation replaced, as an independent reference. */
    private static double reference(double x) {
        return 0.5 * Erf.erfc(-x / Math.sqrt(2.0));
    }

    @Test
    void publishedValues() {
        // N(0) = 1/2 exactly; N(1) and N(-1.96) from tables of the normal distribution (Abramowitz & Stegun 26.2)
        assertThat(Normal.cdf(0)).isEqualTo(0.5);
        assertThat(Normal.cdf(1)).isCloseTo(0.841344746068542948585, within(1e-16));
        assertThat(Normal.cdf(-1.96)).isCloseTo(0.024997895148220435, within(1e-17));
        assertThat(Normal.cdf(-10)).isCloseTo(7.619853024160526e-24, within(1e-37));
    }

    /**
     * N(x) to 20 significant digits, computed with 40-digit arithmetic (mpmath {@code ncdf}) at the double nearest
     * each x: the range of the method's strikes and scenarios and the far tails, every branch of the approximation.
     */
    private static final double[][] EXACT = {
        {-37.5, 4.6053530095819548438e-308}, {-30, 4.9067139271481870595e-198}, {-20, 2.7536241186062336951e-89},
        {-12.5, 3.7325642988777133772e-36}, {-8, 6.2209605742717841235e-16},
        {-5.65685424949238, 7.7086289501400319403e-9}, {-5, 2.8665157187919391167e-7},
        {-3.5, 0.00023262907903552503635}, {-2, 0.0227501319481792072}, {-1, 0.15865525393145705141},
        {-0.66291, 0.25369409838973993983}, {-0.3, 0.38208857781104736693}, {0.1, 0.53982783727702898367},
        {0.5, 0.69146246127401310364}, {0.9, 0.81593987465324051735}, {1.5, 0.933192798731141934},
        {2.5, 0.99379033467422386483}, {4, 0.99996832875816688008}, {6, 0.99999999901341235496},
    };

    @Test
    void agreesWithHighPrecisionValuesToARelative1e15() {
        for (double[] row : EXACT) {
            double x = row[0];
            assertThat(Math.abs(Normal.cdf(x) - row[1]) / row[1]).as("N(%s)", x).isLessThan(1e-15);
        }
    }

    @Test
    void agreesWithTheErfcReferenceWithinThatReferencesOwnAccuracy() {
        // Commons Math's erfc is itself good to about 3e-13 relative in the far lower tail, 1e-15 elsewhere
        for (double x = -38; x <= 38; x += 0.001953125) { // every branch boundary is crossed, 1/512 apart
            double expected = reference(x);
            if (expected > 1e-300) {
                double tolerance = x < -8 ? 1e-12 : 1e-14;
                assertThat(Math.abs(Normal.cdf(x) - expected) / expected).as("N(%s)", x).isLessThan(tolerance);
            }
        }
    }

    @Test
    void lowerAndUpperTailsAreComplementary() {
        for (double x = 0; x <= 8; x += 0.01) {
            assertThat(Normal.cdf(x) + Normal.cdf(-x)).isCloseTo(1.0, within(2e-16));
        }
    }

    @Test
    void theBranchBoundariesAreContinuous() {
        for (double boundary : new double[] {0.66291, Math.sqrt(32)}) {
            for (double sign : new double[] {-1, 1}) {
                double below = Normal.cdf(sign * Math.nextDown(boundary));
                double above = Normal.cdf(sign * Math.nextUp(boundary));
                // the two sides differ by N'(x)·2ulp(x) plus the two approximations' errors
                assertThat(Math.abs(above - below) / Math.min(below, above)).isLessThan(3e-14);
            }
        }
    }

    @Test
    void beyondTheRangeOfDoublesItIsZeroOrOneAndNaNStaysNaN() {
        assertThat(Normal.cdf(-40)).isZero();
        assertThat(Normal.cdf(40)).isEqualTo(1.0);
        assertThat(Normal.cdf(Double.NEGATIVE_INFINITY)).isZero();
        assertThat(Normal.cdf(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
        assertThat(Normal.cdf(Double.NaN)).isNaN();
    }
}
