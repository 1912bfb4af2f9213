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
