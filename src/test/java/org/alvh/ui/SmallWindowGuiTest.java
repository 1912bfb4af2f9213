package org.alvh.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Dimension;
import java.awt.Rectangle;
import javax.swing.JTable;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

/**
 * At 1024×700 (and at 1280×800 for the confirmations) nothing a trader needs is cut off or pushed out of the window: the Replay view's buttons, the
 * Layers view's hedged figures and roll line, and the trade-figure, greek and statistics tables in full.
 */
class SmallWindowGuiTest extends GuiTestSupport {

    private void resize(int width, int height) {
        GuiActionRunner.execute(() -> frame.setSize(new Dimension(width, height)));
        robot.waitForIdle();
    }

    /** Whether the component lies wholly inside the window's content. */
    private boolean inside(Component c) {
        return GuiActionRunner.execute(() -> {
            Rectangle bounds = SwingUtilities.convertRectangle(c.getParent(), c.getBounds(), frame.getContentPane());
            Rectangle content = new Rectangle(frame.getContentPane().getSize());
            return c.isShowing() && content.contains(bounds);
        });
    }

    /** Whether every column of the table is seen: the table is no wider than its viewport. */
    private boolean fitsItsViewport(JTable table) {
        return GuiActionRunner.execute(() -> table.getParent() instanceof JViewport viewport
                && table.getWidth() <= viewport.getExtentSize().width);
    }

    @Test
    void theReplayButtonsStayInTheWindow() {
        resize(1024, 700);
        window.tabbedPane("views").selectTab("Replay");
        robot.waitForIdle();

        for (String name : new String[] {"replayRun", "replayCancel", "replayExport", "replayProgram"}) {
            assertThat(inside(window.robot().finder().findByName(name))).as(name).isTrue();
        }
    }

    @Test
    void theLayersFooterShowsTheHedgedFiguresAndTheRollInFull() {
        resize(1024, 700);
        window.tabbedPane("views").selectTab("Layers");
        robot.waitForIdle();

        for (String name : new String[] {"layersHedgedReturnOnRisk", "layersResidual", "layersHedgeCost"}) {
            Component label = window.robot().finder().findByName(name);
            assertThat(inside(label)).as(name).isTrue();
            assertThat(GuiActionRunner.execute(() -> label.getWidth() >= label.getPreferredSize().width))
                    .as(name + " not squeezed").isTrue();
        }
        // the bundled sample's layer 1 future expires before the condor: the roll line is shown whole
        javax.swing.JLabel rolls = window.label("layersRolls").target();
        assertThat(GuiActionRunner.execute(rolls::getText)).contains("roll by");
        assertThat(inside(rolls)).isTrue();
        assertThat(GuiActionRunner.execute(() -> rolls.getWidth() >= rolls.getPreferredSize().width)).isTrue();
    }

    @Test
    void theTradeFiguresAndTheGreeksAreSeenInFull() {
        resize(1024, 700);
        GuiActionRunner.execute(() -> frame.openBundledSample()); // the tables fit when a result is shown
        awaitResult();
        window.tabbedPane("views").selectTab("Condor");
        robot.waitForIdle();
        assertThat(fitsItsViewport(window.table("tradeFiguresTable").target())).as("condor trade figures").isTrue();
        window.tabbedPane("views").selectTab("Risk");
        robot.waitForIdle();
        assertThat(fitsItsViewport(window.table("riskGreeks").target())).as("greeks").isTrue();
    }

    @Test
    void atTheUsualSizeTheConfirmationsAreSeenWithTheirRuleInFull() {
        window.tabbedPane("views").selectTab("Weighted beta");
        robot.waitForIdle();
        assertThat(fitsItsViewport(window.table("factorsTable").target())).as("confirmations").isTrue();
        window.table("factorsTable").selectRows(5);
        assertThat(window.textBox("factorsDetail").text()).startsWith("Events m_evt").contains("ε");
    }
}
