package org.alvh.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.alvh.model.ChainQuote;
import org.alvh.model.Constituent;
import org.alvh.model.MacroEvent;
import org.alvh.model.Problem;
import org.alvh.model.Snapshot;
import org.junit.jupiter.api.Test;

/** METHOD.md §2.6 and §5.1 rule by rule on hand-made snapshots. */
class ConfirmationRulesTest {
    private static final double EXACT = 1e-12;

    private static TestSnapshots twoMembers() {
        return new TestSnapshots(40).member("AAA", "Information Technology", 3e9, 1.2, null)
                .member("BBB", "Utilities", 1e9, 0.8, null);
    }

    private static Confirmations confirmations(Snapshot s, List<Problem> warnings) {
        return new Confirmations(s, TestSnapshots.shortWindows(), warnings, new AuditTrail());
    }

    @Test
    void eventsCountStrictlyAfterTUpToTheExpiryCaseInsensitivelyCapped() {
        TestSnapshots s = twoMembers();
        var t = s.asOf();
        var expiry = t.plusDays(45);
        s.events = List.of(new MacroEvent(2, t, "FOMC", "on T: not counted"),
                new MacroEvent(3, t.plusDays(1), "fomc", "counted"), new MacroEvent(4, t.plusDays(2), "CPI", "counted"),
                new MacroEvent(5, t.plusDays(3), "NFP", "other type"), new MacroEvent(6, t.plusDays(4), "PPI", "counted"),
                new MacroEvent(7, expiry, "CPI", "on expiry: counted"),
                new MacroEvent(8, expiry.plusDays(1), "CPI", "after expiry"));
        Factors.EventsFactor f = confirmations(s.build(), new ArrayList<>()).events(expiry);
        assertThat(f.count()).isEqualTo(4);
        assertThat(f.factor()).isCloseTo(1 + 0.05 * 3, within(EXACT)); // capped at 3
    }

    @Test
    void noEventsFileMeansFactorOneAndUnavailable() {
        List<Problem> warnings = new ArrayList<>();
        Factors.EventsFactor f = confirmations(twoMembers().build(), warnings).events(TestSnapshots.START.plusDays(90));
        assertThat(f.factor()).isEqualTo(1.0);
        assertThat(f.count()).isNull();
        assertThat(warnings).extracting(Problem::toString).contains("rule unavailable: events (no events.csv): m_evt = 1");
        assertThat(warnings).filteredOn(p -> p.message().contains("events"))
                .extracting(Problem::code).containsOnly(Problem.Code.RULE_UNAVAILABLE);
    }

    @Test
    void liquidityTestsOnlyTheSidesWithData() {
        TestSnapshots s = twoMembers();
        withFundamentals(s, 0, 0.8, null, 10.0, 8.0);
        withFundamentals(s, 1, 1.4, null, 20.0, 12.0);
        Factors.LiquidityFactor f = confirmations(s.build(), new ArrayList<>()).liquidity();
        // QR = (3·0.8 + 1·1.4) / 4 = 0.95 < 1.0 → amplifier; WACC has no data and is not tested
        assertThat(f.quickRatio()).isCloseTo(0.95, within(EXACT));
        assertThat(f.wacc()).isNull();
        assertThat(f.deteriorating()).isTrue();
        assertThat(f.factor()).isEqualTo(1.25);
    }

    @Test
    void sectorValuationsAreCapWeightedHarmonicMeans() {
        TestSnapshots s = twoMembers();
        withFundamentals(s, 0, null, null, 10.0, 8.0);
        withFundamentals(s, 1, null, null, 20.0, 12.0);
        Factors.SectorValuation v = confirmations(s.build(), new ArrayList<>()).valuation();
        assertThat(v.peCyclical()).isCloseTo(10.0, within(EXACT));
        assertThat(v.peDefensive()).isCloseTo(20.0, within(EXACT));
        // PE_all = 4 / (3/10 + 1/20) = 4 / 0.35
        assertThat(v.peAll()).isCloseTo(4 / 0.35, within(EXACT));
        assertThat(v.pcf()).isCloseTo(4 / (3 / 8.0 + 1 / 12.0), within(EXACT));
    }

    @Test
    void telecomIsAnAliasOfCommunicationServices() {
        TestSnapshots s = new TestSnapshots(40).member("TTT", "telecommunication services", 1e9, 1, null);
        withFundamentals(s, 0, null, null, 15.0, null);
        List<Problem> warnings = new ArrayList<>();
        Factors.SectorValuation v = confirmations(s.build(), warnings).valuation();
        assertThat(v.peCyclical()).isCloseTo(15.0, within(EXACT));
        assertThat(warnings).isEmpty();
    }

    @Test
    void breadthCountedFromPricesWhenTheColumnsAreAbsent() {
        TestSnapshots s = twoMembers();
        Factors.Breadth b = confirmations(s.build(), new ArrayList<>()).breadth();
        assertThat(b.source()).isEqualTo("prices.csv");
        // both members move with the index: AD(t) = 2 × (ups − downs of the index so far)
        double ad = 0;
        for (int t = 1; t < s.days; t++) {
            ad += 2 * Math.signum(s.spx[t] - s.spx[t - 1]);
        }
        assertThat(b.adT()).isEqualTo(ad);
    }

    @Test
    void breakdownWhenAdFallsBelowThePreviousMinimum() {
        TestSnapshots s = twoMembers();
        s.advances = new double[40];
        s.declines = new double[40];
        Arrays.fill(s.advances, 10);
        Arrays.fill(s.declines, 5);
        s.declines[39] = 200; // AD(t) = 5(t+1) before T; AD(T) = 39·5 − 190 = 5 < min over rows 19..38 = AD(19) = 100
        Factors.Breadth b = confirmations(s.build(), new ArrayList<>()).breadth();
        assertThat(b.source()).isEqualTo("market.csv");
        assertThat(b.adT()).isEqualTo(5.0);
        assertThat(b.previousMin()).isEqualTo(100.0);
        assertThat(b.breakdown()).isTrue();
    }

    @Test
    void reerSpikeComparesTwentyRowsBack() {
        TestSnapshots s = twoMembers();
        s.reer = new double[40];
        Arrays.fill(s.reer, 100);
        s.reer[39] = 102;
        Factors.ReerSpike r = confirmations(s.build(), new ArrayList<>()).reer();
        assertThat(r.change()).isCloseTo(0.02, within(EXACT));
        assertThat(r.spike()).isTrue();
        s.reer[19] = 0;
        List<Problem> warnings = new ArrayList<>();
        assertThat(confirmations(s.build(), warnings).reer().spike()).isNull();
        assertThat(warnings).hasSize(1);
    }

    @Test
    void defensiveRotationNeedsANegativeShiftAndARisingWeight() {
        TestSnapshots s = new TestSnapshots(40).member("AAA", "Information Technology", 1e9, 0.5, null)
                .member("UUU", "Utilities", 1e9, 3, null);
        Confirmations c = confirmations(s.build(), new ArrayList<>());
        // weights move with prices; the rule only fires when shift* < 0
        Factors.Rotation up = c.rotation(0.01);
        assertThat(up.defensiveRotation()).isFalse();
        assertThat(up.scale()).isEqualTo(1.0);
        double w = 1 / (1 + Math.pow(s.spx[19] / s.spx[39], 0.5) / Math.pow(s.spx[19] / s.spx[39], 3));
        assertThat(c.rotation(-0.01).weightChange()).isCloseTo(0.5 - w, within(1e-12));
    }

    @Test
    void parityMedianForwardAndEdges() {
        TestSnapshots s = twoMembers();
        var expiry = s.condor.get(0).expiry();
        s.chain = List.of(new ChainQuote(2, expiry, 2900, 130, 131, 20, 21),
                new ChainQuote(3, expiry, 3000, 60, 61, 49, 50),
                new ChainQuote(4, expiry, 3100, 20, 21, 108, 109));
        AlvhResult r = AlvhEngine.compute(s.build(), TestSnapshots.shortWindows());
        double g = Math.exp(r.market().rate() * r.condor().tau());
        double[] fSyn = {2900 + g * 110, 3000 + g * 11, 3100 + g * -88};
        Arrays.sort(fSyn);
        assertThat(r.parity().fRef()).isCloseTo(fSyn[1], within(1e-9));
        ParityCheck.Row row = r.parity().rows().get(0);
        assertThat(row.conversionEdge()).isCloseTo((130 - 21) - (fSyn[1] - 2900) / g, within(1e-9));
        assertThat(row.reversalEdge()).isCloseTo((fSyn[1] - 2900) / g - (131 - 20), within(1e-9));
    }

    @Test
    void tightenWingsHalvesEachWingToTheStrikeStep() {
        assertThat(Advisories.halvedWing(50, 5)).isEqualTo(25);
        assertThat(Advisories.halvedWing(25, 5)).isEqualTo(15); // 12.5 rounds half up to 15
        assertThat(Advisories.halvedWing(5, 5)).isEqualTo(5);   // at least one step
    }

    private static void withFundamentals(TestSnapshots s, int i, Double qr, Double wacc, Double pe, Double pcf) {
        Constituent c = s.constituents.get(i);
        s.constituents.set(i, new Constituent(c.line(), c.ticker(), c.name(), c.sector(), c.floatMarketCap(), c.beta(),
                c.impliedVol(), pe, pcf, qr, wacc));
    }
}
