package org.alvh.io.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.alvh.calc.AlvhEngine;
import org.alvh.cli.AlvhCommand;
import org.alvh.io.AuditJson;
import org.alvh.io.HistoryReader;
import org.alvh.io.SnapshotReader;
import org.alvh.io.config.ConfigReader;
import org.alvh.model.AlvhConfig;
import org.alvh.model.History;
import org.alvh.model.LoadResult;
import org.alvh.model.Snapshot;
import org.alvh.replay.DailyRow;
import org.alvh.replay.ReplayEngine;
import org.alvh.replay.ReplayListener;
import org.alvh.replay.ReplayResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code backtest HISTORY --dump-snapshot D --out DIR} writes the very snapshot the replay computes on at D
 * (METHOD.md §10.2): {@code compute} on the folder read back gives the same audit, byte for byte, as the engine
 * on the replay's own snapshot, and the same β* and shift score as the replay's daily row of that date.
 */
class SnapshotDumpTest {
    private static final Path HISTORY = Path.of("src/test/resources/golden-replay/small-2018/history.zip");
    private static History history;
    private static AlvhConfig config;
    private static ReplayResult replay;

    @TempDir
    Path tmp;

    @BeforeAll
    static void replayOnce() {
        LoadResult<History> read = new HistoryReader().read(HISTORY);
        assertThat(read.errors()).isEmpty();
        history = read.value();
        config = ConfigReader.defaults();
        replay = ReplayEngine.run(history, config, null, null, () -> false, ReplayListener.NONE);
    }

    /** The first entry, a rebalance in the February 2018 shock, a stop-loss exit date, a date without engine run. */
    @ParameterizedTest
    @ValueSource(strings = {"2017-09-28", "2018-02-05", "2018-01-11", "2018-02-06", "2018-06-29"})
    void computeOnTheDumpedFolderReproducesTheReplaysEngineRun(String date) throws Exception {
        Path out = tmp.resolve("snap");
        StringWriter err = new StringWriter();
        int exit = AlvhCommand.run(new String[] {"backtest", HISTORY.toString(), "--dump-snapshot", date, "--out",
            out.toString(), "-q"}, new PrintWriter(new StringWriter()), new PrintWriter(err, true));
        assertThat(exit).as("stderr: %s", err).isZero();

        LoadResult<Snapshot> dumped = new SnapshotReader().read(out);
        assertThat(dumped.errors()).isEmpty();
        Snapshot own = ReplayEngine.snapshotAt(history, config, null, LocalDate.parse(date)).orElseThrow();
        String fromFiles = new String(AuditJson.toBytes(AlvhEngine.compute(dumped.value(), config)),
                StandardCharsets.UTF_8);
        String fromReplay = new String(AuditJson.toBytes(AlvhEngine.compute(own, config)), StandardCharsets.UTF_8);
        assertThat(fromFiles).isEqualTo(fromReplay);

        DailyRow row = replay.daily().stream().filter(d -> d.date().toString().equals(date)).findFirst()
                .orElseThrow();
        if (row.betaStar() != null) {
            var result = AlvhEngine.compute(dumped.value(), config);
            assertThat(result.effective().effective()).isEqualTo(row.betaStar());
            assertThat(result.effective().shiftScore()).isEqualTo(row.shiftScore());
        }
    }

    @Test
    void aDateBeforeTheFirstEntryHoldsTheEntryRuleCondor() {
        Snapshot s = ReplayEngine.snapshotAt(history, config, null, LocalDate.of(2017, 8, 1)).orElseThrow();
        assertThat(s.asOf()).isEqualTo(LocalDate.of(2017, 8, 1));
        assertThat(s.condor()).hasSize(4);
        assertThat(s.condor().get(0).quantity()).isEqualTo(10);
        assertThat(s.condor().get(1).quantity()).isEqualTo(-10);
    }

    @Test
    void aDateThatIsNotAMarketDateIsBadInput() {
        StringWriter err = new StringWriter();
        int exit = AlvhCommand.run(new String[] {"backtest", HISTORY.toString(), "--dump-snapshot", "2018-02-03",
            "--out", tmp.resolve("x").toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err, true));
        assertThat(exit).isEqualTo(AlvhCommand.BAD_INPUT);
        assertThat(err.toString()).contains("2018-02-03");
    }
}
