package org.alvh.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.assertj.swing.core.matcher.JButtonMatcher;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;

/**
 * Compare with… opens the Diff view with the attribution waterfall; the Sensitivity view computes the tornado
 * charts when shown. Both computed off the EDT (the thread-violation repaint manager is installed). Screenshots of
 * both in both themes go to target/screenshots.
 */
class WhatIfGuiTest extends GuiTestSupport {
    private static final Path CALM = Path.of("sample-data", "spx-2017-06-15-calm");
    /** The window's USD: sign, dollar, grouped whole part and cents ({@code −$1,849.97}). */
    private static final String USD = "−?\\$\\d{1,3}(,\\d{3})*\\.\\d{2}";

    @Test
    void comparingWithASecondSnapshotShowsTheWaterfallPerLayer() {
        GuiActionRunner.execute(() -> frame.whatIf().compareWithSnapshot(CALM));
        awaitWhatIf();

        assertThat(window.table("diffAttributionTable").rowCount()).isEqualTo(6);
        assertThat(window.table("diffFiguresTable").rowCount()).isGreaterThan(50);
        assertThat(window.label("diffHeading").text()).startsWith("A: spx-2017-06-15-calm");
        // figures are written as in the Audit view (spot 2432.46 -> 2648.94), not as raw doubles
        org.assertj.swing.fixture.JTableFixture figures = window.table("diffFiguresTable");
        int spot = figures.cell("spot").row();
        assertThat(figures.valueAt(org.assertj.swing.data.TableCell.row(spot).column(2))).isEqualTo("2,432.46");
        assertThat(figures.valueAt(org.assertj.swing.data.TableCell.row(spot).column(4))).isEqualTo("216.48");
        for (int layer = 1; layer <= 3; layer++) {
            ChartPanel chart = window.panel("diffWaterfall" + layer).targetCastedTo(ChartPanel.class);
            CategoryPlot plot = GuiActionRunner.execute(() -> chart.getChart().getCategoryPlot());
            // A, the five steps, B
            assertThat(plot.getDataset().getColumnCount()).isEqualTo(7);
        }
        screenshot("diff-light");
        window.menuItemWithPath("View", "Dark theme").click();
        robot.waitForIdle();
        screenshot("diff-dark");
        window.menuItemWithPath("View", "Light theme").click();
    }

    @Test
    void comparingWithTheSavedParametersOfAnUneditedSessionChangesNothing() {
        window.menuItemWithPath("File", "Compare with…").click();
        answerOptionPane(pane -> pane.button(JButtonMatcher.withText("The saved parameters")), null);
        awaitWhatIf();

        assertThat(window.table("diffFiguresTable").rowCount()).isZero();
        assertThat(window.label("diffHeading").text()).contains("default parameters", "(0 audit figures changed)");
    }

    @Test
    void theSensitivityIsComputedWhenItsViewIsShown() {
        window.tabbedPane("views").selectTab("Sensitivity");
        awaitWhatIf();

        window.tabbedPane("sensitivityLayers").selectTab(1);
        assertThat(window.table("sensitivityTable2").rowCount()).isPositive();
        assertThat(window.table("sensitivityTable2").valueAt(org.assertj.swing.data.TableCell.row(0).column(0)))
                .isEqualTo("layer2.base");
        screenshot("sensitivity-light");
        window.menuItemWithPath("View", "Dark theme").click();
        robot.waitForIdle();
        screenshot("sensitivity-dark");
        window.menuItemWithPath("View", "Light theme").click();
    }

    /**
     * Issue 12: the view shows the hedged worst P&L of §9, on its own tab (a figure of the book, not of a layer):
     * after each bump and its change, in the window's USD format, with a tornado. The VIX floor moves no layer but moves the worst P&L, one way each side:
     * the condor's legs are valued at their expiry there (no vol left), while the long-vega layers gain when a
     * higher floor holds the VIX up on the path's rallies, so a higher floor can only raise the worst P&L.
     */
    @Test
    void theSensitivityShowsTheHedgedWorstPnlPerParameter() {
        window.tabbedPane("views").selectTab("Sensitivity");
        awaitWhatIf();

        window.tabbedPane("sensitivityLayers").selectTab(SensitivityView.WORST_TAB);
        org.assertj.swing.fixture.JTableFixture worst = window.table("sensitivityWorstTable");
        assertThat(worst.target().getColumnName(3)).isEqualTo("Worst P&L");
        assertThat(worst.target().getColumnName(4)).isEqualTo("Δ worst");
        int floor = -1;
        for (int r = 0; r < worst.rowCount(); r++) {
            if (worst.valueAt(org.assertj.swing.data.TableCell.row(r).column(0)).equals("scenario.vixFloor")) {
                floor = r;
            }
        }
        assertThat(floor).as("scenario.vixFloor among the parameters that move the worst P&L").isNotNegative();
        for (int c : new int[] {3, 4, 6, 7}) {
            assertThat(worst.valueAt(org.assertj.swing.data.TableCell.row(floor).column(c))).matches(USD);
        }
        assertThat(worst.valueAt(org.assertj.swing.data.TableCell.row(floor).column(4))).startsWith("−$");
        assertThat(worst.valueAt(org.assertj.swing.data.TableCell.row(floor).column(7))).startsWith("$");
        ChartPanel tornado = (ChartPanel) window.panel("sensitivityTornadoWorst").target();
        CategoryPlot plot = GuiActionRunner.execute(() -> tornado.getChart().getCategoryPlot());
        assertThat(plot.getDataset().getColumnKeys()).contains("scenario.vixFloor");
        screenshot("sensitivity-worst-light");
        window.menuItemWithPath("View", "Dark theme").click();
        robot.waitForIdle();
        screenshot("sensitivity-worst-dark");
        window.menuItemWithPath("View", "Light theme").click();
    }

    private void awaitWhatIf() {
        Pause.pause(new Condition("the what-if work to finish") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> !frame.whatIf().isBusy());
            }
        }, WAIT);
        robot.waitForIdle();
    }
}
