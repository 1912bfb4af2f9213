package org.alvh.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.timing.Pause.pause;

import java.awt.Point;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.alvh.replay.ReplayResult;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.alvh.replay.Run;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.timing.Condition;
import org.junit.jupiter.api.Test;

/**
 * The Replay tab driven as a new user would: a history, Run, the curves and the statistics; a long run
 * cancelled; the CNDR-like preset; screenshots in both themes.
 */
class ReplayGuiTest extends GuiTestSupport {
    private static final Path SMALL = Path.of("src/test/resources/golden-replay/small-2018/history.zip");

    @Test
    void runCancelAndPreset() {
        window.tabbedPane("views").selectTab("Replay");
        history(SMALL);
        window.button("replayRun").click();
        awaitStatus("market dates");
        assertThat(window.table("replayStats").rowCount()).isGreaterThan(10);
        window.tabbedPane("replayTables").selectTab("Trades");
        assertThat(window.table("replayTrades").rowCount()).isEqualTo(321);
        window.tabbedPane("replayTables").selectTab("Statistics");
        assertThat(GuiActionRunner.execute(() -> frame.replayView().shown().runs().get(Run.HEDGED).condors()))
                .isEqualTo(15);
        screenshot("light-replay");
        window.menuItemWithPath("View", "Dark theme").click();
        robot.waitForIdle();
        screenshot("dark-replay");
        window.menuItemWithPath("View", "Light theme").click();

        history(ReplayView.BUNDLED);
        window.button("replayRun").click();
        window.button("replayCancel").click();
        awaitStatus("cancelled");

        history(SMALL);
        window.comboBox("replayProgram").selectItem("Preset cndr-like");
        window.button("replayRun").click();
        awaitStatus("market dates");
        assertThat(GuiActionRunner.execute(() -> frame.replayView().shown().runs().get(Run.HEDGED).condors()))
                .isEqualTo(10);
        screenshot("light-replay-cndr");
    }

    @Test
    void layersChartAndClickADateOpensItsSnapshot() throws java.io.IOException {
        window.tabbedPane("views").selectTab("Replay");
        history(SMALL);
        window.button("replayRun").click();
        awaitStatus("market dates");
        XYPlot quantities = GuiActionRunner.execute(() -> (XYPlot) ((CombinedDomainXYPlot) frame.replayView()
                .layerChart().getChart().getPlot()).getSubplots().get(0));
        assertThat(GuiActionRunner.execute(() -> quantities.getDataset().getSeriesCount())).isEqualTo(3);
        assertThat(GuiActionRunner.execute(() -> frame.replayView().bannerText()))
                .contains("Hedged: ").contains("Unhedged: ").contains("Hedge paid for itself: ");
        screenshot("light-replay-layers");

        Path reports = Files.createTempDirectory("replay-reports");
        GuiActionRunner.execute(() -> frame.replayView().exportReports(reports));
        awaitStatus("Exported");
        assertThat(reports.resolve("daily.csv")).exists();
        assertThat(reports.resolve("trades.csv")).exists();
        assertThat(reports.resolve("summary.json")).exists();
        assertThat(Files.readAllLines(reports.resolve("daily.csv"))).hasSize(191); // a header and 190 market dates

        // a click in the middle of the layer chart's plot picks the market date under the pointer
        ChartPanel panel = GuiActionRunner.execute(() -> frame.replayView().layerChart());
        robot.click(panel, new Point(panel.getWidth() / 2, panel.getHeight() / 2));
        robot.waitForIdle();
        LocalDate picked = GuiActionRunner.execute(() -> frame.replayView().picked());
        assertThat(picked).isNotNull();
        ReplayResult r = GuiActionRunner.execute(() -> frame.replayView().shown());
        assertThat(r.daily().stream().map(d -> d.date())).contains(picked);
        pause(new Condition("the snapshot of " + picked + " is shown") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> frame.snapshot() != null && frame.result() != null
                        && picked.equals(frame.snapshot().asOf()));
            }
        }, Timeouts.LONG);
        assertThat(GuiActionRunner.execute(() -> window.tabbedPane("views").target().getSelectedIndex()))
                .isZero();
        screenshot("light-replay-day-layers");
    }

    private void awaitStatus(String text) {
        try {
            pause(new Condition("replay status contains " + text) {
                @Override
                public boolean test() {
                    return status().contains(text);
                }
            }, Timeouts.LONG);
        } catch (org.assertj.swing.exception.WaitTimedOutError e) {
            screenshot("replay-timeout");
            throw new AssertionError("status is <" + status() + ">", e);
        }
    }

    private void history(Path path) {
        GuiActionRunner.execute(() -> frame.replayView().setHistory(path));
    }

    private String status() {
        return GuiActionRunner.execute(() -> window.label("replayStatus").target().getText());
    }

    /** A replay of the small history takes a few seconds on a busy machine. */
    private static final class Timeouts {
        static final org.assertj.swing.timing.Timeout LONG = org.assertj.swing.timing.Timeout.timeout(120_000);
    }
}
