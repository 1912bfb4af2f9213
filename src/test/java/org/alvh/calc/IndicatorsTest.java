package org.alvh.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** EMA, MACD and RSI against the shared vectors.md (StockCharts inputs, TA-Lib conventions). */
class IndicatorsTest {
    private static final double REFERENCE = 1e-9;

    private static final double[] STOCKCHARTS_EMA_INPUT = {22.27, 22.19, 22.08, 22.17, 22.18, 22.13, 22.23, 22.43,
        22.24, 22.29, 22.15, 22.39, 22.38, 22.61, 23.36, 24.05, 23.75, 23.83, 23.95, 23.63, 23.82, 23.87, 23.65,
        23.19, 23.10, 23.33, 22.68, 23.10, 22.40, 22.17};
    private static final double[] EMA10 = {22.2210000000, 22.2080909091, 22.2411652893, 22.2664079639,
        22.3288792432, 22.5163557445, 22.7952001546, 22.9688001265, 23.1253819216, 23.2753124813, 23.3398011211,
        23.4271100082, 23.5076354612, 23.5335199228, 23.4710617550, 23.4035959814, 23.3902148939, 23.2610849132,
        23.2317967471, 23.0805609749, 22.9150044340};

    @Test
    void emaClassicSeedsWithTheMean() {
        double[] ema = Indicators.ema(STOCKCHARTS_EMA_INPUT, 10);
        for (int i = 0; i < 9; i++) {
            assertThat(ema[i]).isNaN();
        }
        for (int i = 9; i < 30; i++) {
            assertThat(ema[i]).as("index %d", i).isCloseTo(EMA10[i - 9], within(REFERENCE));
        }
    }

    @Test
    void macdUsesTaLibSeeding() {
        double[] x = new double[60];
        for (int i = 0; i < 60; i++) {
            x[i] = Math.round((100 + 0.3 * i + 4 * Math.sin(i / 5.0)) * 100) / 100.0;
        }
        Indicators.Macd m = Indicators.macd(x, 12, 26, 9);
        assertThat(m.macd()[24]).isNaN();
        assertThat(m.macd()[25]).isFinite();
        assertThat(m.signal()[32]).isNaN();
        assertThat(m.macd()[33]).isCloseTo(1.2223049916, within(REFERENCE));
        assertThat(m.signal()[33]).isCloseTo(0.1976395434, within(REFERENCE));
        assertThat(m.hist()[33]).isCloseTo(1.0246654483, within(REFERENCE));
        assertThat(m.macd()[34]).isCloseTo(1.5336934850, within(REFERENCE));
        assertThat(m.hist()[34]).isCloseTo(1.0688431533, within(REFERENCE));
        assertThat(m.hist()[46]).isCloseTo(-0.0140573945, within(REFERENCE));
        assertThat(m.macd()[59]).isCloseTo(0.8010067820, within(REFERENCE));
        assertThat(m.signal()[59]).isCloseTo(1.0087573137, within(REFERENCE));
        assertThat(m.hist()[59]).isCloseTo(-0.2077505317, within(REFERENCE));
        double plainEmaDifference = Indicators.ema(x, 12)[33] - Indicators.ema(x, 26)[33];
        assertThat(plainEmaDifference).as("the seeding matters").isCloseTo(1.1951687239, within(REFERENCE));
    }

    @Test
    void wilderRsi() {
        double[] x = {44.34, 44.09, 44.15, 43.61, 44.33, 44.83, 45.10, 45.42, 45.84, 46.08, 45.89, 46.03, 45.61,
            46.28, 46.28, 46.00, 46.03, 46.41, 46.22, 45.64};
        double[] rsi = Indicators.rsi(x, 14);
        assertThat(rsi[13]).isNaN();
        double[] expected = {70.4641350211, 66.2496185536, 66.4809418347, 69.3468531629, 66.2947126589, 57.9150206701};
        for (int i = 0; i < expected.length; i++) {
            assertThat(rsi[14 + i]).isCloseTo(expected[i], within(REFERENCE));
        }
    }

    @Test
    void rsiIsFiftyWhenNothingMoves() {
        double[] flat = new double[20];
        java.util.Arrays.fill(flat, 10);
        assertThat(Indicators.rsi(flat, 14)[19]).isEqualTo(50.0);
    }
}
