package org.alvh.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.alvh.calc.AlvhResult;
import org.alvh.io.AuditJson;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.JTextComponentFixture;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;

/**
 * The Risk view (METHOD.md §9) shows the grid of the loaded snapshot with the audit's numbers, in both themes;
 * changing {@code scenario.vixPerSpxDown} in Parameters redraws the condor view's payoff chart.
 */
class RiskGuiTest extends GuiTestSupport {

    @Test
    void theHeatMapShowsTheAuditsGridAtEachHorizonInBothThemes() {
        JsonNode audit = new ObjectMapper().valueToTree(AuditJson.toTree(engine()));
        JsonNode grid = audit.get("scenarios").get("grid");
        shortcut(KeyEvent.VK_8);
        List<Integer> horizons = GuiActionRunner.execute(() -> frame.result().scenarios().horizons());
        int perHorizon = grid.size() / horizons.size();
        for (int h = 0; h < horizons.size(); h++) {
            window.comboBox("riskHorizon").selectItem(h);
            robot.waitForIdle();
            XYZDataset shown = heatMap();
            assertThat(shown.getItemCount(0)).isEqualTo(perHorizon);
            for (int i = 0; i < perHorizon; i++) {
                JsonNode cell = grid.get(h * perHorizon + i);
                assertThat(cell.get("days").asInt()).isEqualTo(horizons.get(h));
                assertThat(shown.getZValue(0, i)).as("cell %d at %d days", i, horizons.get(h))
                        .isEqualTo(cell.get("hedgedUsd").asDouble());
            }
        }
        window.comboBox("riskComponent").selectItem("Condor alone");
        robot.waitForIdle();
        assertThat(heatMap().getZValue(0, 0)).isEqualTo(grid.get((horizons.size() - 1) * perHorizon)
                .get("condorUsd").asDouble());
        window.comboBox("riskHorizon").selectItem(0);
        window.comboBox("riskComponent").selectItem("Hedged book");
        robot.waitForIdle();
        assertThat(window.label("riskStress").text()).contains("% hedged", "worst hedged", "break-evens")
                .doesNotContain("True", "False", "None");
        screenshot("risk-light");
        window.menuItemWithPath("View", "Dark theme").click();
        robot.waitForIdle();
        screenshot("risk-dark");
        window.menuItemWithPath("View", "Light theme").click();
        robot.waitForIdle();
    }

    @Test
    void changingVixPerSpxDownRedrawsThePayoffChart() {
        AlvhResult before = GuiActionRunner.execute(() -> frame.result());
        shortcut(KeyEvent.VK_4);
        double lowBefore = payoffHedgedAtLowestSpot();
        shortcut(KeyEvent.VK_6);
        JTextComponentFixture down = window.textBox("param.scenario.vixPerSpxDown");
        down.requireText("1.75");
        down.deleteText().enterText("3");
        AlvhResult after = awaitNewResult(before);
        assertThat(after.config().scenario().vixPerSpxDown()).isEqualTo(3.0);
        shortcut(KeyEvent.VK_4);
        robot.waitForIdle();
        // at -30 % the VIX now rises 90 points instead of 52.5: the long-vol hedges gain more
        assertThat(payoffHedgedAtLowestSpot()).isGreaterThan(lowBefore);
        assertThat(payoffHedgedAtLowestSpot()).isEqualTo(after.scenarios().coordinated().get(0).hedgedUsd());
    }

    @Test
    void theCondorViewShowsTheHedgedFiguresBesideTheUnhedged() {
        AlvhResult r = GuiActionRunner.execute(() -> frame.result());
        shortcut(KeyEvent.VK_4);
        javax.swing.JTable figures = window.table("tradeFiguresTable").target();
        java.util.Map<String, String> hedged = new java.util.HashMap<>();
        java.util.Map<String, String> unhedged = new java.util.HashMap<>();
        GuiActionRunner.execute(() -> {
            for (int row = 0; row < figures.getRowCount(); row++) {
                unhedged.put((String) figures.getValueAt(row, 0), (String) figures.getValueAt(row, 1));
                hedged.put((String) figures.getValueAt(row, 0), (String) figures.getValueAt(row, 2));
            }
        });
        assertThat(figures.getColumnName(2)).isEqualTo("With hedges (§9 path)");
        assertThat(hedged.get("Return on risk")).isEqualTo(Formats.percent(r.hedgedReturnOnRisk(), 2));
        assertThat(unhedged.get("Return on risk")).isEqualTo(Formats.percent(r.condor().returnOnRisk(), 2));
        assertThat(hedged.get("Max loss")).startsWith(Formats.usd(r.risk().worstHedgedUsd()) + " at SPX ");
        assertThat(unhedged.get("Max loss")).isEqualTo(Formats.usd(r.condor().maxLossUsd()));
        assertThat(hedged.get("Break-evens")).isEqualTo(CondorView.hedgedBreakEvens(r.risk()));
        assertThat(hedged.get("% hedged (Σ achieved VEV / H)")).isEqualTo(Formats.percent(r.risk().percentHedged(), 1));
        screenshot("condor-hedged-figures");
    }

    private XYZDataset heatMap() {
        ChartPanel panel = (ChartPanel) window.panel("riskHeatMap").target();
        return GuiActionRunner.execute(() -> (XYZDataset) ((XYPlot) panel.getChart().getPlot()).getDataset());
    }

    /** The "with hedges today" curve at the lowest SPX of the path. */
    private double payoffHedgedAtLowestSpot() {
        ChartPanel panel = (ChartPanel) window.panel("payoffChart").target();
        return GuiActionRunner.execute(() -> {
            XYDataset data = ((XYPlot) panel.getChart().getPlot()).getDataset();
            for (int s = 0; s < data.getSeriesCount(); s++) {
                if ("with hedges today".equals(data.getSeriesKey(s))) {
                    return data.getYValue(s, 0);
                }
            }
            throw new IllegalStateException("no hedged-today series");
        });
    }
}
