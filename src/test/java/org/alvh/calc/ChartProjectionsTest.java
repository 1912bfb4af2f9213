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
    void atExpiryTheCondorLosesExactlyAWingMoreBelowTheLongPutThanBetweenTheShorts() {
        PayoffProfile p = PayoffProfile.of(result);
        CondorResult c = result.condor();
        double k1 = c.legs().get(0).strike();
        double k2 = c.legs().get(1).strike();
        double k3 = c.legs().get(2).strike();
        double k4 = c.legs().get(3).strike();
        // between the shorts every leg expires worthless: the P&L is minus the book's model value at T
        double valueAtT = c.legs().stream().mapToDouble(l -> l.quantity() * 100 * l.modelPrice()).sum();
        for (PayoffProfile.Point point : p.points()) {
            if (point.spot() >= k2 && point.spot() <= k3) {
                assertThat(point.condorAtExpiry()).isCloseTo(-valueAtT, within(USD));
            }
            if (point.spot() <= k1) {
                assertThat(point.condorAtExpiry()).isCloseTo(-valueAtT - (k2 - k1) * 100 * c.contracts(),
                        within(USD));
            }
            if (point.spot() >= k4) {
                assertThat(point.condorAtExpiry()).isCloseTo(-valueAtT - (k4 - k3) * 100 * c.contracts(),
                        within(USD));
            }
        }
        assertThat(p.points().get(0).spot()).isLessThan(k1);
        assertThat(p.points().get(p.points().size() - 1).spot()).isGreaterThan(k3);
    }

    @Test
    void thePayoffCurvesAreTheAuditsCoordinatedPath() {
        PayoffProfile p = PayoffProfile.of(result);
        List<ScenarioPnl> path = result.scenarios().coordinated();
        assertThat(p.points()).hasSize(path.size() / 2);
        for (int i = 0; i < p.points().size(); i++) {
            PayoffProfile.Point point = p.points().get(i);
            ScenarioPnl now = path.get(i);
            ScenarioPnl atExpiry = path.get(i + p.points().size());
            assertThat(now.scenario().days()).isZero();
            assertThat(atExpiry.scenario().days()).isEqualTo(result.condor().days());
            assertThat(point.spxMove()).isEqualTo(now.scenario().spxMove());
            assertThat(point.hedgedToday()).isEqualTo(now.hedgedUsd());
            assertThat(point.hedgedAtExpiry()).isEqualTo(atExpiry.hedgedUsd());
            assertThat(point.condorToday()).isEqualTo(now.condorUsd());
        }
    }

    @Test
    void todayAtTheSpotThePathIsAtTheOriginSoEveryPnlIsZero() {
        PayoffProfile.Point atSpot = PayoffProfile.of(result).points().stream()
                .filter(point -> point.spxMove() == 0).findFirst().orElseThrow();
        assertThat(atSpot.vixMove()).isZero();
        assertThat(atSpot.condorToday()).isZero();
        assertThat(atSpot.hedgedToday()).isZero();
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
