package org.alvh.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.alvh.model.AlvhConfig;
import org.alvh.model.Problem;
import org.alvh.model.VixFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** METHOD.md §3 and §5 rule by rule: uplift, futures choice, b(D), s(D), sizing, inactive layers. */
class LayerRulesTest {
    private static final double EXACT = 1e-12;
    private final AlvhConfig config = TestSnapshots.config();

    @ParameterizedTest
    @CsvSource({"-0.5, 0", "0, 0", "0.01, 0.15", "0.02, 0.30", "0.06, 0.45", "0.10, 0.60", "0.5, 0.60"})
    void layerOneUpliftIsContinuousInTheShift(double shift, double uplift) {
        assertThat(new LayerSizer(config, new AuditTrail()).uplift(shift)).isCloseTo(uplift, within(EXACT));
    }

    @ParameterizedTest
    @CsvSource({"0, 1.0", "15, 0.775", "30, 0.55", "45, 0.485", "100, 0.3333333333333333", "180, 0.25", "400, 0.25"})
    void futuresBetaIsLinearBetweenPointsAndFlatOutside(int days, double beta) {
        assertThat(new VolScaling(config.volBeta()).futuresBeta(days)).isCloseTo(beta, within(EXACT));
    }

    @ParameterizedTest
    @CsvSource({"1, 3.0", "3, 3.0", "30, 1.0", "120, 0.5", "365, 0.5", "45, 0.816496580927726"})
    void tenorScaleIsClamped(int days, double scale) {
        assertThat(new VolScaling(config.volBeta()).tenorScale(days)).isCloseTo(scale, within(EXACT));
    }

    @Test
    void futuresChoiceNearestInWindowTiesToEarlierAndFallsBackWithAWarning() {
        var asOf = TestSnapshots.START;
        List<Problem> warnings = new ArrayList<>();
        FuturesCurve curve = new FuturesCurve(List.of(new VixFuture(2, asOf, 20, null),
                new VixFuture(3, asOf.plusDays(40), 21, null), new VixFuture(4, asOf.plusDays(50), 22, null),
                new VixFuture(5, asOf.plusDays(200), 23, null)), asOf, warnings);
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).toString()).contains("is not after the as-of date");
        // 40 and 50 are both 5 days from 45: the earlier expiry wins
        assertThat(curve.nearest(45, new AlvhConfig.DayWindow(30, 60)).orElseThrow().point().days()).isEqualTo(40);
        var outside = curve.nearest(105, new AlvhConfig.DayWindow(90, 150)).orElseThrow();
        assertThat(outside.insideWindow()).isFalse();
        assertThat(outside.point().days()).isEqualTo(50);
        assertThat(curve.firstWithAtLeast(41).orElseThrow().days()).isEqualTo(50);
        assertThat(curve.interpolate(45).orElseThrow()).isCloseTo(21.5, within(EXACT));
        assertThat(curve.interpolate(1).orElseThrow()).isEqualTo(21.0);
    }

    @Test
    void aCondorThatIsNotShortVegaGetsNoLayers() {
        TestSnapshots s = new TestSnapshots(40).member("AAA", "Information Technology", 3e9, 1.2, null);
        AlvhResult base = AlvhEngine.compute(s.build(), TestSnapshots.shortWindows());
        LayerSizer sizer = new LayerSizer(config, new AuditTrail());
        FuturesCurve curve = new FuturesCurve(s.futures, s.asOf(), new ArrayList<>());
        HedgeInstruments instruments = new HedgeInstruments(config,
                MarketState.of(base.market(), curve, new VolScaling(config.volBeta())), curve, new ArrayList<>());
        List<LayerResult> layers = sizer.size(0, 0.05, 1.2, 2.0, sizer.tailTrigger(1.2, 2.0), base.factors(),
                instruments);
        for (LayerResult l : layers) {
            assertThat(l.active()).isFalse();
            assertThat(l.quantity()).isZero();
            assertThat(l.vevTarget()).isZero();
            assertThat(l.ratio()).isPositive();
            assertThat(l.unitPrice()).as("instrument still named").isNotNull();
            assertThat(l.rationale().clauses()).contains(new Rationale.NotShortVega());
            assertThat(l.rationaleText()).contains("not short vega");
            assertThat(l.positions()).as("legs listed with quantity 0").isNotEmpty()
                    .allSatisfy(p -> assertThat(p.quantity()).isZero());
        }
    }

    @Test
    void quantitiesRoundHalfUpAndTheResidualIsShown() {
        TestSnapshots s = new TestSnapshots(40).member("AAA", "Information Technology", 3e9, 1.2, null);
        AlvhResult r = AlvhEngine.compute(s.build(), TestSnapshots.shortWindows());
        double residual = r.condor().vev();
        for (LayerResult l : r.layers()) {
            if (l.active()) {
                assertThat(l.quantity()).isEqualTo((long) Math.floor(l.vevTarget() / l.vevPerUnit() + 0.5));
                assertThat(Math.abs(l.vevAchieved() - l.vevTarget())).isLessThanOrEqualTo(l.vevPerUnit() / 2 + EXACT);
            }
            residual += l.vevAchieved();
        }
        assertThat(r.residualVev()).isCloseTo(residual, within(1e-9));
        assertThat(r.hedgeBase()).isCloseTo(-r.condor().vev(), within(EXACT));

        // METHOD.md §5 by hand from the result's inputs: H = max(0, −VEV_c), target_k = ratio_k × H
        double h = Math.max(0, -r.condor().vev());
        assertThat(h).as("the condor is short vega, so the layers above are sized").isPositive();
        assertThat(r.layers().get(0).active()).as("layer 1 active: the rounding checks above are not vacuous")
                .isTrue();
        assertThat(r.layers()).as("some active layer rounds to a non-zero quantity")
                .anyMatch(l -> l.active() && l.quantity() > 0);
        // r1 = layer1.base 0.40 + u(shift*) (shiftStart 0.02, shiftFull 0.10, upliftMin 0.30, upliftMax 0.60)
        double shift = r.effective().effectiveShift();
        double u = shift <= 0 ? 0
                : shift < 0.02 ? 0.30 * shift / 0.02
                : 0.30 + 0.30 * Math.min(1, (shift - 0.02) / 0.08);
        assertThat(r.layers().get(0).ratio()).isCloseTo(0.40 + u, within(1e-12));
        assertThat(r.layers().get(0).vevTarget()).isCloseTo((0.40 + u) * h, within(1e-12 * h));
        // r2 = layer2.base 0.40 × L × R: no PCF or P/E inputs, so L = 1; no defensive member, so R = 1
        assertThat(r.layers().get(1).active()).isTrue();
        assertThat(r.layers().get(1).vevTarget()).isCloseTo(0.40 * h, within(1e-12 * h));
        // layer 3 only when the tail trigger holds
        assertThat(r.layers().get(2).active()).isEqualTo(Boolean.TRUE.equals(r.effective().tailTrigger()));
        // layer 1: the first future with at least 7 days (10 days here), VX multiplier 1000 × b(10)
        LayerResult l1 = r.layers().get(0);
        assertThat(l1.expiry()).isEqualTo(s.asOf().plusDays(10));
        assertThat(l1.vevPerUnit()).isCloseTo(1000 * (1.0 - 0.45 * 10 / 30), within(1e-9));
        assertThat(r.layers().get(1).expiry()).isEqualTo(s.asOf().plusDays(45));
        assertThat(r.layers().get(1).strikes()).containsExactly(24.0); // 22 × 1.10 = 24.2 → 24
    }
}
