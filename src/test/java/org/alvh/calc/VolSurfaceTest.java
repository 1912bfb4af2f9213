package org.alvh.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.alvh.model.AlvhConfig;
import org.alvh.model.MarketHistory;
import org.junit.jupiter.api.Test;

/** The §8.2 surface and VIX option vol rule, with values worked out by hand. */
class VolSurfaceTest {
    private static final double EPS = 1e-12;
    private static final AlvhConfig.Surface DEFAULT = new AlvhConfig.Surface(0.75, 0.17, 0.06, 3.0, 0.5, 3.0);
    private static final AlvhConfig.Vix VIX = new AlvhConfig.Vix(1.0, 0.85, 0.40);

    private static MarketHistory market(double vix9d, double vix, double vix3m, double vix6m) {
        return new MarketHistory(new LocalDate[] {LocalDate.of(2018, 1, 2)}, new double[] {2700}, new double[] {vix},
                null, null, null, null, null, null, new double[] {vix9d}, new double[] {vix3m}, new double[] {vix6m},
                null);
    }

    /**
     * 9: 10, 30: 20: at 20 days the total variance is 10² × 9 + (20² × 30 − 10² × 9) × 11/21 = 6714.2857, so
     * σ_term = sqrt(6714.2857 / 20) = 18.322508; flat in vol before 9 and after the last point present.
     */
    @Test
    void termIsLinearInTotalVarianceAndFlatOutside() {
        VolSurface s = new VolSurface(DEFAULT, market(10, 20, Double.NaN, Double.NaN), 0, 2700, 0, 0);
        assertThat(s.termVolPoints(20)).isCloseTo(18.322507626258087, within(1e-9));
        assertThat(s.termVolPoints(5)).isEqualTo(10);
        assertThat(s.termVolPoints(30)).isCloseTo(20, within(EPS));
        assertThat(s.termVolPoints(400)).isEqualTo(20);
    }

    /** At the forward x = 0: σ = atmRatio × σ_term / 100 = 0.75 × 0.20 = 0.15. */
    @Test
    void atTheForwardTheVolIsTheAtmVol() {
        VolSurface s = new VolSurface(DEFAULT, market(Double.NaN, 20, Double.NaN, Double.NaN), 0, 2700, 0.02, 0.01);
        double forward = 2700 * Math.exp(0.01 * 30 / 365.0);
        assertThat(s.vol(forward, 30)).isCloseTo(0.15, within(EPS));
    }

    /**
     * Far below the forward x is clamped at −3: 1 + 0.17 × 3 + 0.06 × 9 = 2.05, σ = 0.15 × 2.05 = 0.3075; a
     * max ratio of 2 clamps it to 0.30.
     */
    @Test
    void moneynessAndRatioAreClamped() {
        VolSurface s = new VolSurface(DEFAULT, market(Double.NaN, 20, Double.NaN, Double.NaN), 0, 2700, 0, 0);
        assertThat(s.vol(500, 30)).isCloseTo(0.3075, within(EPS));
        AlvhConfig.Surface capped = new AlvhConfig.Surface(0.75, 0.17, 0.06, 3.0, 0.5, 2.0);
        VolSurface c = new VolSurface(capped, market(Double.NaN, 20, Double.NaN, Double.NaN), 0, 2700, 0, 0);
        assertThat(c.vol(500, 30)).isCloseTo(0.30, within(EPS));
    }

    /** max(0.40, VVIX/100 × min(1, sqrt(30/D))); without VVIX the default 0.85. */
    @Test
    void vixOptionVol() {
        assertThat(VolSurface.vixOptionVol(VIX, 100, 120)).isCloseTo(0.5, within(EPS));
        assertThat(VolSurface.vixOptionVol(VIX, 100, 10)).isCloseTo(1.0, within(EPS));
        assertThat(VolSurface.vixOptionVol(VIX, 60, 120)).isEqualTo(0.40);
        assertThat(VolSurface.vixOptionVol(VIX, Double.NaN, 30)).isEqualTo(0.85);
    }
}
