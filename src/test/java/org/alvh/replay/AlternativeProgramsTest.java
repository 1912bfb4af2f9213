package org.alvh.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.alvh.io.HistoryReader;
import org.alvh.model.AlvhConfig;
import org.alvh.model.History;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The alternative instruments of §5 (VXM, the VIX call butterfly, the variance swap, the SPX put spread with the
 * level trigger) and a capital small enough to be ruined, replayed over the golden small history: the accounting
 * identities hold and the ruin rule of §10.3 is followed.
 */
class AlternativeProgramsTest {
    private static final Path HISTORY = Path.of("src/test/resources/golden-replay/small-2018/history.zip");
    private static final double USD = 1e-6;
    private static History history;

    @BeforeAll
    static void read() {
        history = new HistoryReader().read(HISTORY).value();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"layer1\": {\"instrument\": \"VXM_FUTURE\"}, \"layer2\": {\"instrument\": \"SPX_VARIANCE_SWAP\"},"
            + " \"layer3\": {\"instrument\": \"SPX_PUT_SPREAD\", \"trigger\": \"level\", \"threshold\": 1.0}}",
        "{\"layer1\": {\"instrument\": \"VIX_CALL_BUTTERFLY\"}, \"layer3\": {\"trigger\": \"level\","
            + " \"threshold\": 1.0}}"})
    void alternativeInstrumentsKeepTheBooks(String json) {
        AlvhConfig config = TinyHistory.config(json);
        ReplayResult r = ReplayEngine.run(history, config, null, null, () -> false, ReplayListener.NONE);
        assertThat(r.daily()).isNotEmpty();
        assertThat(r.warnings()).isEmpty();
        assertIdentities(r, config);
        for (int k = 1; k <= 3; k++) {
            int layer = k;
            assertThat(r.trades()).as("layer %d traded", k).anyMatch(t -> t.layer() == layer);
        }
    }

    /**
     * With 20,000 USD of capital a 10-lot condor with 50-point wings can lose more than the run holds: on the
     * first close whose equity is ≤ 0 everything is closed (reason ruin, the condor first), the run never
     * trades again and its equity stays constant; the summary names the date.
     */
    @ParameterizedTest
    @ValueSource(strings = {"hedged", "unhedged"})
    void aRuinedRunClosesEverythingAndStops(String runName) {
        AlvhConfig config = TinyHistory.config("{\"backtest\": {\"capital\": 20000}}");
        ReplayResult r = ReplayEngine.run(history, config, null, null, () -> false, ReplayListener.NONE);
        Run run = Run.valueOf(runName.toUpperCase(java.util.Locale.ROOT));
        LocalDate ruin = r.runs().get(run).ruinDate();
        assertThat(ruin).as("ruin date of the %s run", runName).isNotNull();

        List<Trade> ruinRows = r.trades().stream().filter(t -> t.run() == run && t.reason().equals("ruin")).toList();
        assertThat(ruinRows).isNotEmpty().allSatisfy(t -> {
            assertThat(t.date()).isEqualTo(ruin);
            assertThat(t.action()).isEqualTo(TradeAction.CLOSE);
        });
        assertThat(ruinRows.get(0).layer()).isZero();
        assertThat(r.trades()).noneMatch(t -> t.run() == run && t.date().isAfter(ruin));
        double atRuin = equity(r, run, ruin);
        assertThat(atRuin).isLessThanOrEqualTo(config.backtest().capital());
        r.daily().stream().filter(d -> d.date().isAfter(ruin))
                .forEach(d -> assertThat(run == Run.HEDGED ? d.hedgedEquity() : d.unhedgedEquity()).isEqualTo(atRuin));
        if (run == Run.HEDGED) {
            r.daily().stream().filter(d -> d.date().isAfter(ruin))
                    .forEach(d -> assertThat(d.betaStar()).as("no engine after the hedged ruin").isNull());
        }
        if (atRuin <= 0) {
            assertThat(r.runs().get(run).cagr()).isNull();
        }
        assertIdentities(r, config);
    }

    private static double equity(ReplayResult r, Run run, LocalDate date) {
        DailyRow row = r.daily().stream().filter(d -> d.date().equals(date)).findFirst().orElseThrow();
        return run == Run.HEDGED ? row.hedgedEquity() : row.unhedgedEquity();
    }

    /** The summary's P&L split adds up to each run's change in equity. */
    private static void assertIdentities(ReplayResult r, AlvhConfig config) {
        double capital = config.backtest().capital();
        RunSummary hedged = r.runs().get(Run.HEDGED);
        RunSummary unhedged = r.runs().get(Run.UNHEDGED);
        double layers = hedged.layers().stream().mapToDouble(RunSummary.LayerSummary::pnlUsd).sum();
        assertThat(hedged.condorPnlUsd() + layers).isCloseTo(hedged.finalEquity() - capital, within(USD));
        assertThat(unhedged.condorPnlUsd()).isCloseTo(unhedged.finalEquity() - capital, within(USD));
        DailyRow last = r.daily().get(r.daily().size() - 1);
        assertThat(last.hedgedEquity()).isEqualTo(hedged.finalEquity());
        assertThat(last.unhedgedEquity()).isEqualTo(unhedged.finalEquity());
    }
}
