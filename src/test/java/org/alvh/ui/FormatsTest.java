package org.alvh.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * How the window writes numbers, pinned as literals. Surefire runs with {@code -Duser.language=de}, where a
 * locale-dependent format would write {@code 1.234,57}: these literals also check that Formats ignores it.
 */
class FormatsTest {

    @Test
    void fixedRoundsWithGroupingAndADecimalPoint() {
        assertThat(Formats.fixed(1234.567, 2)).isEqualTo("1,234.57");
        assertThat(Formats.fixed(1234.5, 0)).isEqualTo("1,235");
        assertThat(Formats.fixed(-0.125, 4)).isEqualTo("-0.1250");
        assertThat(Formats.fixed(null, 2)).isEqualTo("—");
        assertThat(Formats.fixed(Double.NaN, 2)).isEqualTo("—");
    }

    @Test
    void usdBillionsPercentAndMegabytes() {
        assertThat(Formats.usd(1234.5)).isEqualTo("$1,234.50");
        assertThat(Formats.usd(-1234.5)).isEqualTo("−$1,234.50");
        assertThat(Formats.usd(null)).isEqualTo("—");
        assertThat(Formats.billions(816.5e9)).isEqualTo("$816.50 bn");
        assertThat(Formats.percent(0.4104, 2)).isEqualTo("41.04 %");
        assertThat(Formats.percent(0.43, 0)).isEqualTo("43 %");
        assertThat(Formats.percent(Double.NaN, 2)).isEqualTo("—");
        assertThat(Formats.megabytes(297_700_000)).isEqualTo("297.7 MB");
        assertThat(Formats.megabytes(1_234_567_890)).isEqualTo("1,234.6 MB");
    }

    @Test
    void exactWritesTheShortestRoundTripDecimalWithoutExponent() {
        assertThat(Formats.exact(3196.0000000000005)).isEqualTo("3196.0000000000005");
        assertThat(Formats.exact(13600.0)).isEqualTo("13600");
        assertThat(Formats.exact(-2.5)).isEqualTo("-2.5");
        assertThat(Formats.exact(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(Formats.exact(1e15)).isEqualTo("1000000000000000");
        // Double.toString gives "1.0E-7": the shortest plain form has no trailing zero
        assertThat(Formats.exact(1e-7)).isEqualTo("0.0000001");
        assertThat(Formats.exact(-2.5e-5)).isEqualTo("-0.000025");
        assertThat(Formats.exact(0.5f)).isEqualTo("0.5");
    }

    @Test
    void exactWritesNullForWhatJsonCannotHoldAndRecursesIntoListsAndMaps() {
        assertThat(Formats.exact(Double.NaN)).isEqualTo("null");
        assertThat(Formats.exact(Double.POSITIVE_INFINITY)).isEqualTo("null");
        assertThat(Formats.exact(null)).isEqualTo("null");
        assertThat(Formats.exact(List.of(1.0, 2.5))).isEqualTo("[1, 2.5]");
        assertThat(Formats.exact(Map.of("k", 0.25))).isEqualTo("{k: 0.25}");
        assertThat(Formats.exact("text")).isEqualTo("text");
        assertThat(Formats.exact(42)).isEqualTo("42");
    }

    @Test
    void flagsNeverShowUnavailableAsFalse() {
        assertThat(Formats.flag(true)).isEqualTo("true");
        assertThat(Formats.flag(false)).isEqualTo("false");
        assertThat(Formats.flag(null)).isEqualTo("unavailable");
    }
}
