package org.alvh.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.event.KeyEvent;

import javax.swing.JTable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.formdev.flatlaf.FlatClientProperties;

import org.alvh.calc.AlvhResult;
import org.alvh.io.config.ConfigReader;
import org.alvh.model.AlvhConfig;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.JTextComponentFixture;
import org.junit.jupiter.api.Test;

/** Editing a parameter recomputes (debounced); invalid input is outlined; Reset asks before discarding. */
class ParametersGuiTest extends GuiTestSupport {

    @Test
    void editingLayer1BaseChangesLayer1sTargetAsTheEngineDoes() {
        AlvhResult before = GuiActionRunner.execute(() -> frame.result());
        shortcut(KeyEvent.VK_6);
        JTextComponentFixture base = window.textBox("param.layer1.base");
        base.requireText("0.4");
        base.deleteText().enterText("0.8");
        AlvhResult after = awaitNewResult(before);

        ObjectNode overrides = ConfigReader.defaultsTree().objectNode();
        overrides.putObject("layer1").put("base", 0.8);
        AlvhConfig config = new ConfigReader().fromTree(overrides).value();
        double expected = engine(config).layers().get(0).vevTarget();
        assertThat(after.layers().get(0).vevTarget()).isEqualTo(expected);
        assertThat(after.layers().get(0).ratio() - before.layers().get(0).ratio()).isCloseTo(0.4, within(1e-12));
        shortcut(KeyEvent.VK_1);
        JTable sheet = window.table("hedgeSheetTable").target();
        assertThat(GuiActionRunner.execute(() -> (Double) sheet.getModel().getValueAt(4, 10))).isEqualTo(expected);
        assertThat(GuiActionRunner.execute(() -> frame.parameters().isDirty())).isTrue();
    }

    @Test
    void aLayerSwitchedOffIsGreyedWithItsReason() {
        AlvhResult before = GuiActionRunner.execute(() -> frame.result());
        shortcut(KeyEvent.VK_6);
        window.textBox("param.layer3.threshold").deleteText().enterText("9");
        AlvhResult after = awaitNewResult(before);
        assertThat(after.layers().get(2).active()).isFalse();
        shortcut(KeyEvent.VK_1);
        JTable sheet = window.table("hedgeSheetTable").target();
        HedgeSheetModel model = GuiActionRunner.execute(() -> (HedgeSheetModel) sheet.getModel());
        assertThat(GuiActionRunner.execute(() -> model.inactive(6))).isTrue();
        assertThat(GuiActionRunner.execute(() -> (String) model.getValueAt(6, 13)))
                .isEqualTo(after.layers().get(2).rationaleText());
        java.awt.Component cell = GuiActionRunner.execute(() -> sheet.prepareRenderer(
                sheet.getCellRenderer(6, 2), 6, 2));
        assertThat(cell.getFont().isItalic()).isTrue();
        assertThat(GuiActionRunner.execute(cell::getForeground))
                .isEqualTo(GuiActionRunner.execute(() -> javax.swing.UIManager.getColor("Alvh.inactive.foreground")));
        // the same renderer paints an active layer next: none of the grey stays behind
        java.awt.Component active = GuiActionRunner.execute(() -> sheet.prepareRenderer(
                sheet.getCellRenderer(4, 2), 4, 2));
        assertThat(active).isSameAs(cell);
        assertThat(active.getFont().isItalic()).isFalse();
        assertThat(GuiActionRunner.execute(active::getForeground))
                .isEqualTo(GuiActionRunner.execute(sheet::getForeground));
        assertThat(GuiActionRunner.execute(active::getBackground))
                .isEqualTo(GuiActionRunner.execute(sheet::getBackground));
        screenshot("layers-inactive-layer3");
    }

    @Test
    void anInvalidValueIsOutlinedAndNotApplied() {
        AlvhResult before = GuiActionRunner.execute(() -> frame.result());
        shortcut(KeyEvent.VK_6);
        JTextComponentFixture minObs = window.textBox("param.beta.minObservations");
        minObs.deleteText().enterText("400");
        robot.waitForIdle();
        assertThat(minObs.target().getClientProperty(FlatClientProperties.OUTLINE))
                .isEqualTo(FlatClientProperties.OUTLINE_ERROR);
        assertThat(minObs.target().getToolTipText()).contains("beta.minObservations");
        JTextComponentFixture base = window.textBox("param.layer1.base");
        base.deleteText().enterText("abc");
        robot.waitForIdle();
        assertThat(base.target().getClientProperty(FlatClientProperties.OUTLINE))
                .isEqualTo(FlatClientProperties.OUTLINE_ERROR);
        screenshot("parameters-invalid");
        org.assertj.swing.timing.Pause.pause(ParametersView.DEBOUNCE_MS * 3L);
        assertThat(GuiActionRunner.execute(() -> frame.result())).isSameAs(before);

        window.button("params.Resettodefaults").click();
        answerOptionPane(pane -> pane.buttonWithText("Discard"), "The parameters have unsaved changes.\nSave them before resetting to the defaults?");
        org.assertj.swing.timing.Pause.pause(new org.assertj.swing.timing.Condition("the defaults to be shown") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> "0.4".equals(base.target().getText()));
            }
        }, WAIT);
        assertThat(base.target().getClientProperty(FlatClientProperties.OUTLINE)).isNull();
        assertThat(GuiActionRunner.execute(() -> frame.parameters().isDirty())).isFalse();
    }

    @Test
    void listValuedKeysAreEditedAsJsonTextAndCheckedLikeTheOthers() {
        shortcut(KeyEvent.VK_6);
        JTextComponentFixture moves = window.textBox("param.scenario.spxMoves");
        moves.requireText("[-20,-15,-10,-7,-5,-3,-1,0,1,3,5]");
        assertThat(moves.target().getToolTipText()).contains("JSON text: a list in [ ]");
        // an element out of range: the field of its list is outlined with the reason
        type(moves, "[-10, 0, 2000]");
        robot.waitForIdle();
        assertThat(moves.target().getClientProperty(FlatClientProperties.OUTLINE))
                .isEqualTo(FlatClientProperties.OUTLINE_ERROR);
        assertThat(moves.target().getToolTipText()).contains("scenario.spxMoves[2] must be");
        // not JSON at all
        type(moves, "[-10, 0");
        robot.waitForIdle();
        assertThat(moves.target().getToolTipText()).contains("is not a JSON list, e.g. [-20,");
        // a valid list is applied after the pause
        type(moves, "[-10, 0, 10]");
        robot.waitForIdle();
        assertThat(moves.target().getClientProperty(FlatClientProperties.OUTLINE)).isNull();
        JTextComponentFixture horizons = window.textBox("param.scenario.horizonDays");
        type(horizons, "[7, 14]");
        org.assertj.swing.timing.Pause.pause(new org.assertj.swing.timing.Condition("the lists to be applied") {
            @Override
            public boolean test() {
                AlvhConfig c = GuiActionRunner.execute(() -> frame.parameters().config());
                return c.scenario().spxMoves().equals(java.util.List.of(-10.0, 0.0, 10.0))
                        && c.scenario().horizonDays().equals(java.util.List.of(7, 14));
            }
        }, WAIT);
        type(window.textBox("param.scenario.historical"), "[{\"name\": \"x\", \"spxPercent\": -150,"
                + " \"vixPoints\": 5, \"days\": 3}]");
        robot.waitForIdle();
        assertThat(window.textBox("param.scenario.historical").target().getToolTipText())
                .contains("scenario.historical[0].spxPercent must be");
        window.textBox("param.scenario.vixMoves").requireText("[-5,0,5,10,20,35]");
    }

    /** Sets the text as typing would (the robot's keyboard map has no brackets under Xvfb). */
    private void type(JTextComponentFixture field, String text) {
        GuiActionRunner.execute(() -> field.target().setText(text));
    }
}
