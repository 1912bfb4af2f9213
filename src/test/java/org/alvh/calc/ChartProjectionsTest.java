package org.alvh.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;

import org.alvh.io.config.ConfigReader;
import org.alvh.io.SnapshotReader;
import org.alvh.model.LoadResult;
import org.alvh.model.Snapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The small projections of a result that the window draws (PayoffProfile, VegaProfile, SectorBreakdown,
 * TriggerLine), checked against the identities they must satisfy on the bundled sample, not against a copy
 * of their own code.
 */
class ChartProjectionsTest {
    /** Sums of a few doubles. */
    private static final double SUM = 1e-9;
    /** Dollar amounts of a few hundred thousand. */
    private static final double USD = 1e-6;

    private static AlvhResult result;

    @BeforeAll
    static void compute() {
        LoadResult<Snapshot> read = new SnapshotReader().read(Path.of("sample-data", "spx-2018-02-05"));
        assertThat(read.ok()).isTrue();
        result = AlvhEngine.compute(read.value(), ConfigReader.defaults());
    }

    @Test
    void theCondorAtExpiryEarnsTheCreditBetweenTheShortsAndLosesTheMaxLossOutsideTheWings() {
        PayoffProfile p = PayoffProfile.of(result);
        CondorResult c = result.condor();
        double k1 = c.legs().get(0).strike();
        double k2 = c.legs().get(1).strike();
        double k3 = c.legs().get(2).strike();
        double k4 = c.legs().get(3).strike();
        for (PayoffProfile.Point point : p.points()) {
            if (point.spot() >= k2 && point.spot() <= k3) {
                assertThat(point.condorAtExpiry()).isCloseTo(c.creditUsd(), within(USD));
            }
            if (point.spot() <= k1 || point.spot() >= k4) {
                assertThat(point.condorAtExpiry()).isCloseTo(-c.maxLossUsd(), within(USD));
            }
        }
        assertThat(p.points().get(0).spot()).isLessThan(k1);
        assertThat(p.points().get(p.points().size() - 1).spot()).isGreaterThan(k4);
    }

    @Test
    void withoutAVixMoveTheHedgesAreWorthTodayWhatTheyCost() {
        // no VIX move: futures earn nothing and VIX calls are worth their model premium (= their unit price)
        PayoffProfile flat = PayoffProfile.of(result, 0.0, 5);
        assertThat(flat.points()).hasSize(5);
        for (PayoffProfile.Point point : flat.points()) {
            assertThat(point.hedgedToday() - point.condorToday()).isCloseTo(0.0, within(USD));
        }
    }

    @Test
    void theVixMoveIsFlooredSoALongVixCallNeverLosesMoreThanItsCost() {
        PayoffProfile p = PayoffProfile.of(result, 5.0, 41);
        double cost = result.hedgeCostUsd();
        for (PayoffProfile.Point point : p.points()) {
            assertThat(point.hedgedAtExpiry() - point.condorAtExpiry()).isGreaterThanOrEqualTo(-cost - USD
                    - futuresLoss(point.spot()));
        }
    }

    private static double futuresLoss(double spot) {
        // VX futures are linear and can lose more than their (zero) cost: bound by VEV x the largest VIX fall
        return result.layers().stream().filter(l -> l.active() && l.right() == null)
                .mapToDouble(l -> Math.abs(l.vevAchieved()) * result.market().vix()).sum();
    }

    @Test
    void vegaBarsAddUpToTheResidual() {
        VegaProfile v = VegaProfile.of(result);
        List<VegaProfile.Bar> bars = v.bars();
        assertThat(bars).extracting(VegaProfile.Bar::label)
                .containsExactly("Condor", "Layer 1", "Layer 2", "Layer 3", "Residual");
        assertThat(bars.get(0).vev()).isEqualTo(result.condor().vev());
        assertThat(bars.get(0).spxVega()).isEqualTo(result.condor().vega());
        double sum = bars.subList(0, 4).stream().mapToDouble(VegaProfile.Bar::vev).sum();
        assertThat(bars.get(4).vev()).isCloseTo(sum, within(SUM));
        assertThat(bars.get(4).spxVega() * v.volScale()).isCloseTo(bars.get(4).vev(), within(SUM));
    }

    @Test
    void sectorWeightsSumToOneAndContributionsToTheRawWeightedBeta() {
        List<SectorBreakdown.Sector> sectors = SectorBreakdown.of(result.beta().constituents());
        assertThat(sectors.stream().mapToDouble(SectorBreakdown.Sector::basketWeight).sum()).isCloseTo(1.0,
                within(SUM));
        assertThat(sectors.stream().mapToDouble(SectorBreakdown.Sector::contribution).sum())
                .isCloseTo(result.beta().raw(), within(SUM));
        assertThat(sectors.stream().mapToInt(SectorBreakdown.Sector::inBasket).sum())
                .isEqualTo((int) result.beta().constituents().stream().filter(ConstituentBeta::inBasket).count());
        assertThat(sectors).isSortedAccordingTo((a, b) -> Double.compare(b.basketWeight(), a.basketWeight()));
    }

    @Test
    void theZscoreTriggerLineIsCrossedExactlyWhenTheTriggerFires() {
        TriggerLine line = TriggerLine.of(result);
        TriggerLine.Point last = line.points().get(line.points().size() - 1);
        assertThat(last.date()).isEqualTo(result.market().asOf());
        boolean crossed = result.effective().effective() >= last.level();
        assertThat(crossed).isEqualTo(result.effective().tailTrigger());
        assertThat(last.level() - result.beta().baseline())
                .isCloseTo(result.config().layer3().threshold() * result.beta().shiftSd(), within(SUM));
    }
}
