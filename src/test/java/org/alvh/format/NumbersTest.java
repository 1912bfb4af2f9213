package org.alvh.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the product writes numbers: by hand-written expectations. */
class NumbersTest {

    @Test
    void shortestIsTheDecimalThatReadsBackWithoutAnExponent() {
        assertThat(Numbers.shortest(13600)).isEqualTo("13600");
        assertThat(Numbers.shortest(3196.0000000000005)).isEqualTo("3196.0000000000005");
        assertThat(Numbers.shortest(1e-7)).isEqualTo("0.0000001");
        assertThat(Numbers.shortest(Double.NaN)).isEqualTo("unavailable");
    }

    @Test
    void roundedRoundsTheShortestDecimalHalfAwayFromZero() {
        assertThat(Numbers.rounded(4794.000000000001, 2)).isEqualTo("4794");
        assertThat(Numbers.rounded(20591.6949, 2)).isEqualTo("20591.69");
        assertThat(Numbers.rounded(0.125, 2)).isEqualTo("0.13");
        assertThat(Numbers.rounded(-0.001, 2)).isEqualTo("0");
    }

    @Test
    void fixedAndGroupedNeverPrintANegativeZero() {
        assertThat(Numbers.fixed(-0.001, 2)).isEqualTo("0.00");
        assertThat(Numbers.fixed(-0.006, 2)).isEqualTo("-0.01");
        assertThat(Numbers.grouped(-0.0004, 3)).isEqualTo("0.000");
        assertThat(Numbers.grouped(-1234.567, 2)).isEqualTo("-1,234.57");
        assertThat(Numbers.fixed(-0.0, 0)).isEqualTo("0");
    }

    @Test
    void usdPutsTheSignBeforeTheDollarAndNeverOnZero() {
        assertThat(Numbers.usd(1234.5)).isEqualTo("$1,234.50");
        assertThat(Numbers.usd(-1234.5)).isEqualTo("-$1,234.50");
        assertThat(Numbers.usd(-0.004)).isEqualTo("$0.00");
    }

    @Test
    void percentAndFlags() {
        assertThat(Numbers.percent(0.4104, 2)).isEqualTo("41.04 %");
        assertThat(Numbers.percent(-0.00001, 1)).isEqualTo("0.0 %");
        assertThat(Numbers.flag(null)).isEqualTo("unavailable");
        assertThat(Numbers.flag(true)).isEqualTo("true");
    }
}
