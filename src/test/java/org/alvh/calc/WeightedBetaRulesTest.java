package org.alvh.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import org.alvh.model.Constituent;
import org.junit.jupiter.api.Test;

/**
 * METHOD.md §2.2–§2.5 on hand-made snapshots: a price {@code S^k} has beta k exactly, its returns have k times
 * the index's sd, so weights, the average correlation and the adjustment can be worked out on paper.
 */
class WeightedBetaRulesTest {
    private static final double EXACT = 1e-9;

    private static AlvhResult compute(TestSnapshots s) {
        return AlvhEngine.compute(s.build(), TestSnapshots.shortWindows());
    }

    @Test
    void capWeightedBetaOfKnownBetas() {
        TestSnapshots s = new TestSnapshots(40).member("AAA", "Information Technology", 3e9, 2, null)
                .member("BBB", "Utilities", 1e9, 1, null);
        AlvhResult r = compute(s);
        // weights at T are the float caps: 0.75 and 0.25
        assertThat(r.beta().basket()).extracting(BasketMember::ticker).containsExactly("AAA", "BBB");
        assertThat(r.beta().basket().get(0).weight()).isCloseTo(0.75, within(EXACT));
        assertThat(r.beta().basket().get(0).beta()).isCloseTo(2.0, within(EXACT));
        assertThat(r.beta().basket().get(1).beta()).isCloseTo(1.0, within(EXACT));
        assertThat(r.beta().raw()).isCloseTo(1.75, within(EXACT));
    }

    @Test
    void realizedCorrelationFromTheIdentity() {
        // σ_A = 2σ_I, σ_B = σ_I, u = (0.75, 0.25):
        // ρ = (1 − 4·0.5625 − 0.0625) / ((1.5 + 0.25)² − 4·0.5625 − 0.0625) = −1.3125 / 0.75 = −1.75
        TestSnapshots s = new TestSnapshots(40).member("AAA", "Information Technology", 3e9, 2, null)
                .member("BBB", "Utilities", 1e9, 1, null);
        AlvhResult r = compute(s);
        assertThat(r.beta().realizedCorrelation()).isCloseTo(-1.75, within(EXACT));
        assertThat(r.beta().impliedSource()).isEqualTo("none");
        assertThat(r.beta().correlationAdjustment()).isEqualTo(1.0);
        assertThat(r.beta().adjusted()).isCloseTo(1.75, within(EXACT));
    }

    @Test
    void adjustmentIsClampedAndUsesTheMarketColumnCarriedForward() {
        TestSnapshots s = new TestSnapshots(40).member("AAA", "Information Technology", 3e9, 1, null)
                .member("BBB", "Utilities", 1e9, 1, null);
        s.impliedCorrelation = new double[40];
        Arrays.fill(s.impliedCorrelation, Double.NaN);
        s.impliedCorrelation[5] = 0.6; // carried forward to T
        AlvhResult r = compute(s);
        // identical stocks: ρ_real = (1 − Σu²)/(1 − Σu²) = 1; adj = clamp(1 + (1 − 0.6), 0.5, 1.5) = 1.4
        assertThat(r.beta().realizedCorrelation()).isCloseTo(1.0, within(EXACT));
        assertThat(r.beta().impliedCorrelation()).isEqualTo(0.6);
        assertThat(r.beta().impliedSource()).isEqualTo("market");
        assertThat(r.beta().correlationAdjustment()).isCloseTo(1.4, within(EXACT));
        assertThat(r.beta().adjusted()).isCloseTo(1.4, within(EXACT));
    }

    @Test
    void constantSeriesHasNoShiftScore() {
        TestSnapshots s = new TestSnapshots(40).member("AAA", "Information Technology", 3e9, 1, null)
                .member("BBB", "Utilities", 1e9, 1, null);
        AlvhResult r = compute(s);
        assertThat(r.beta().shift()).isCloseTo(0, within(EXACT));
        assertThat(r.beta().shiftSd()).isZero();
        assertThat(r.effective().shiftScore()).isNull();
        assertThat(r.effective().tailTrigger()).isNull();
        assertThat(r.layers().get(2).active()).isFalse();
        assertThat(r.warnings()).extracting(Object::toString).anyMatch(w -> w.contains("shift score"));
    }

    @Test
    void impliedVolsAreTheSecondSource() {
        TestSnapshots s = new TestSnapshots(40).member("AAA", "Information Technology", 3e9, 1, null)
                .member("BBB", "Utilities", 1e9, 1, null);
        Constituent a = s.constituents.get(0);
        s.constituents.set(0, new Constituent(a.line(), a.ticker(), a.name(), a.sector(), a.floatMarketCap(), null,
                0.25, null, null, null, null));
        Constituent b = s.constituents.get(1);
        s.constituents.set(1, new Constituent(b.line(), b.ticker(), b.name(), b.sector(), b.floatMarketCap(), null,
                0.35, null, null, null, null));
        AlvhResult r = compute(s);
        double u1 = 0.75;
        double u2 = 0.25;
        double sigmaI = s.vix[39] / 100;
        double ws = u1 * 0.25 + u2 * 0.35;
        double w2s2 = u1 * u1 * 0.0625 + u2 * u2 * 0.1225;
        assertThat(r.beta().impliedSource()).isEqualTo("implied-vols");
        assertThat(r.beta().impliedCorrelation()).isCloseTo((sigmaI * sigmaI - w2s2) / (ws * ws - w2s2), within(EXACT));
    }

    @Test
    void topNChoosesTheLargestEligibleAndExcludesThoseWithNeitherPricesNorBeta() {
        TestSnapshots s = new TestSnapshots(40)
                .member("BIG", "Information Technology", 9e9, Double.NaN, null)   // neither prices nor beta
                .member("AAA", "Information Technology", 3e9, 2, null)
                .member("COL", "Utilities", 2e9, Double.NaN, 0.5)                 // beta column only
                .member("BBB", "Utilities", 1e9, 1, null);
        var cfg = TestSnapshots.shortWindows(tree -> ((ObjectNode) tree.get("weights")).put("topN", 2));
        assertThat(cfg.weights().topN()).isEqualTo(2);
        AlvhResult r = AlvhEngine.compute(s.build(), cfg);
        // basket = AAA (3e9) and COL (2e9): β_w = (3·2 + 2·0.5) / 5 = 1.4
        assertThat(r.beta().basket()).extracting(BasketMember::ticker).containsExactly("AAA", "COL");
        assertThat(r.beta().raw()).isCloseTo(1.4, within(EXACT));
        assertThat(r.warnings()).extracting(Object::toString)
                .contains("constituents.csv:2: BIG has neither prices nor beta (excluded)");
        assertThat(r.warnings()).filteredOn(p -> p.code() == org.alvh.model.Problem.Code.NO_PRICES_OR_BETA)
                .extracting(Object::toString).containsExactly("constituents.csv:2: BIG has neither prices nor beta (excluded)");
    }

    @Test
    void blumeAdjustsEachRegressionBetaOfTheEngine() {
        // AAA = S^2 (β 2 exactly), BBB = S × a random walk (β near 1, not exact), COL: beta column only
        TestSnapshots s = new TestSnapshots(40).member("AAA", "Information Technology", 3e9, 2, null)
                .noisyMember("BBB", "Utilities", 1e9, 1, 0.01, 7)
                .member("COL", "Utilities", 5e8, Double.NaN, 0.5);
        AlvhResult plain = compute(s);
        AlvhResult blume = AlvhEngine.compute(s.build(),
                TestSnapshots.shortWindows(tree -> ((ObjectNode) tree.get("beta")).put("blume", true)));
        assertThat(plain.config().beta().blume()).isFalse();
        assertThat(blume.config().beta().blume()).isTrue();

        ConstituentBeta aaa = blume.beta().constituents().get(0);
        ConstituentBeta bbb = blume.beta().constituents().get(1);
        ConstituentBeta col = blume.beta().constituents().get(2);
        // by hand: 0.67 × 2 + 0.33 = 1.67
        assertThat(aaa.betaSource()).isEqualTo("regression");
        assertThat(aaa.beta()).isCloseTo(1.67, within(EXACT));
        // 0.67 β_raw + 0.33 with β_raw of the blume=false run, bit for bit
        double rawB = plain.beta().constituents().get(1).beta();
        assertThat(rawB).isNotCloseTo(1.0, within(1e-3));
        assertThat(bbb.betaSource()).isEqualTo("regression");
        assertThat(bbb.beta()).isEqualTo(0.67 * rawB + 0.33);
        // the engine applies it to the regression slope only: the beta column is taken as given
        assertThat(col.betaSource()).isEqualTo("column");
        assertThat(col.beta()).isEqualTo(0.5);
        assertThat(plain.beta().constituents().get(2).beta()).isEqualTo(0.5);
        // and the weighted beta follows: caps at T are the float caps, 3 : 1 : 0.5
        assertThat(blume.beta().raw()).isCloseTo((3 * 1.67 + 1 * (0.67 * rawB + 0.33) + 0.5 * 0.5) / 4.5,
                within(EXACT));
    }

    @Test
    void seriesHoldsTheDatesWithAFullWindow() {
        TestSnapshots s = new TestSnapshots(40).member("AAA", "Information Technology", 3e9, 2, null);
        AlvhResult r = compute(s);
        // W = 10: index t >= 10 has 10 returns; dates 10..39 → 30 points; MACD(5,20,5) seeds at 19, signal at 23
        assertThat(r.beta().series()).hasSize(30);
        assertThat(r.beta().series().get(0).date()).isEqualTo(s.dates[10]);
        assertThat(r.beta().series().get(18).smoothed()).isNull();
        assertThat(r.beta().series().get(19).smoothed()).isNotNull();
        assertThat(r.beta().series().get(22).signal()).isNull();
        assertThat(r.beta().series().get(23).signal()).isNotNull();
        assertThat(r.beta().shiftCount()).isEqualTo(11);
    }
}
