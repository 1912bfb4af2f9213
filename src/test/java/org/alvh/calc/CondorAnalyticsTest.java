package org.alvh.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.alvh.model.AlvhConfig;
import org.alvh.model.OptionLeg;
import org.alvh.model.Right;
import org.junit.jupiter.api.Test;

/** METHOD.md §4 against the iron condor of the shared vectors.md and the published condor checks. */
class CondorAnalyticsTest {
    private static final double PUBLISHED = 5e-7;
    private static final LocalDate T = LocalDate.of(2024, 1, 2);

    private static CondorResult analyse(List<OptionLeg> legs, double spot, double r, double q) {
        MarketParameters m = new MarketParameters(T, spot, 18, r, q, true, true);
        NavigableMap<Integer, Double> fb = new TreeMap<>(java.util.Map.of(0, 1.0, 180, 0.25));
        return CondorAnalytics.analyse(legs, m, new VolScaling(new AlvhConfig.VolBeta(0.5, 3.0, fb)), new AuditTrail());
    }

    private static List<OptionLeg> vectorsCondor(Double p1, Double p2, Double p3, Double p4, Double vol) {
        LocalDate e = T.plusDays(30);
        return List.of(new OptionLeg(2, Right.PUT, 4700, e, 1, vol, p1), new OptionLeg(3, Right.PUT, 4800, e, -1, vol, p2),
                new OptionLeg(4, Right.CALL, 5200, e, -1, vol, p3), new OptionLeg(5, Right.CALL, 5300, e, 1, vol, p4));
    }

    @Test
    void vectorsIronCondor() {
        CondorResult c = analyse(vectorsCondor(null, null, null, null, 0.18), 5000, 0.05, 0.015);
        double[] prices = {12.492837, 27.881822, 37.217708, 19.152684};
        double[] deltas = {-0.100047, -0.191204, 0.248428, 0.147230};
        double[] vegas = {2.515716, 3.903145, 4.537312, 3.299498};
        double[] thetas = {-0.705036, -1.075451, -1.475204, -1.057816};
        for (int k = 0; k < 4; k++) {
            assertThat(c.legs().get(k).price()).isCloseTo(prices[k], within(PUBLISHED));
            assertThat(c.legs().get(k).delta()).isCloseTo(deltas[k], within(PUBLISHED));
            assertThat(c.legs().get(k).vega()).isCloseTo(vegas[k], within(PUBLISHED));
            assertThat(c.legs().get(k).theta()).isCloseTo(thetas[k], within(PUBLISHED));
        }
        assertThat(c.creditPerShare()).isCloseTo(33.454008, within(PUBLISHED));
        assertThat(c.maxLossUsd() / 100).isCloseTo(66.545992, within(PUBLISHED));
        assertThat(c.breakEvenLow()).isCloseTo(4766.545992, within(PUBLISHED));
        assertThat(c.breakEvenHigh()).isCloseTo(5233.454008, within(PUBLISHED));
        assertThat(c.probabilityOfProfit()).isCloseTo(0.6341431457, within(1e-9));
        assertThat(c.vega() / 100).isCloseTo(-2.625243, within(PUBLISHED));
        assertThat(c.theta() / 100).isCloseTo(0.787804, within(PUBLISHED));
        // D = 30: s(D) = 1, VEV = vega
        assertThat(c.vev()).isCloseTo(c.vega(), within(1e-12));
        assertThat(c.returnOnRisk()).isCloseTo(33.454008 / 66.545992, within(1e-7));
    }

    @Test
    void publishedBreakEvensAndMaxLoss() {
        LocalDate e = T.plusDays(30);
        // shorts 95/105 with credit 1.15 -> break-evens 93.85 / 106.15; $5 wings with credit 1.64 -> max loss $336
        List<OptionLeg> legs = List.of(new OptionLeg(2, Right.PUT, 90, e, 1, 0.3, 0.50),
                new OptionLeg(3, Right.PUT, 95, e, -1, 0.3, 1.32), new OptionLeg(4, Right.CALL, 105, e, -1, 0.3, 1.18),
                new OptionLeg(5, Right.CALL, 110, e, 1, 0.3, 0.36));
        CondorResult c = analyse(legs, 100, 0.02, 0);
        assertThat(c.creditPerShare()).isCloseTo(1.64, within(1e-12));
        assertThat(c.maxLossUsd()).isCloseTo(336, within(1e-9));
        List<OptionLeg> legs2 = List.of(new OptionLeg(2, Right.PUT, 90, e, 1, 0.3, 0.40),
                new OptionLeg(3, Right.PUT, 95, e, -1, 0.3, 1.00), new OptionLeg(4, Right.CALL, 105, e, -1, 0.3, 0.80),
                new OptionLeg(5, Right.CALL, 110, e, 1, 0.3, 0.25));
        CondorResult c2 = analyse(legs2, 100, 0.02, 0);
        assertThat(c2.breakEvenLow()).isCloseTo(93.85, within(1e-9));
        assertThat(c2.breakEvenHigh()).isCloseTo(106.15, within(1e-9));
    }

    @Test
    void pricesOnlyAreSolvedForTheirVolatilityAndGiveTheSameGreeks() {
        CondorResult fromVol = analyse(vectorsCondor(null, null, null, null, 0.18), 5000, 0.05, 0.015);
        CondorResult fromPrice = analyse(vectorsCondor(12.492837, 27.881822, 37.217708, 19.152684, null),
                5000, 0.05, 0.015);
        for (int k = 0; k < 4; k++) {
            assertThat(fromPrice.legs().get(k).ivSource()).isEqualTo("solved");
            assertThat(fromPrice.legs().get(k).impliedVol()).isCloseTo(0.18, within(1e-6));
        }
        assertThat(fromPrice.vev()).isCloseTo(fromVol.vev(), within(1e-3));
    }

    @Test
    void aDebitIsNotAShortIronCondor() {
        assertThatThrownBy(() -> analyse(vectorsCondor(30.0, 27.0, 37.0, 40.0, 0.18), 5000, 0.05, 0.015))
                .isInstanceOf(UnusableSnapshotException.class).hasMessageContaining("not a short iron condor");
    }
}
