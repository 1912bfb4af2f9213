package org.alvh.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.KeyboardFocusManager;
import java.awt.event.KeyEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.table.TableColumn;

import org.alvh.calc.AlvhResult;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JFileChooserFinder;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13, "a trader's day, without friction": the window at 1280×800 as a new user meets it. */
class TradersDayGuiTest extends GuiTestSupport {

    @Test
    void everyColumnOfEveryViewIsAtLeastAsWideAsItsContent() {
        int views = GuiActionRunner.execute(() -> tabs().getTabCount());
        List<String> narrow = new ArrayList<>();
        for (int v = 0; v < views; v++) {
            int index = v;
            GuiActionRunner.execute(() -> tabs().setSelectedIndex(index));
            robot.waitForIdle();
            for (JTable table : GuiActionRunner.execute(() -> tables(tabs().getSelectedComponent()))) {
                narrow.addAll(GuiActionRunner.execute(() -> narrowColumns(table)));
            }
        }
        assertThat(narrow).as("columns narrower than their header or cells").isEmpty();
        screenshot("layers-1280x800");
    }

    /** Columns (not capped for a detail pane or tooltip) whose width is below the widest header or cell. */
    private static List<String> narrowColumns(JTable table) {
        List<String> narrow = new ArrayList<>();
        int rows = Math.min(table.getRowCount(), Tables.FIT_ROWS);
        for (int c = 0; c < table.getColumnCount(); c++) {
            if (table.getClientProperty(Tables.MAX_FIT + c) != null) {
                continue;
            }
            TableColumn column = table.getColumnModel().getColumn(c);
            // contentWidth adds a padding of 10 px: the text itself needs that much less
            int needed = Tables.contentWidth(table, c, rows) - 10;
            if (column.getWidth() < needed) {
                narrow.add(table.getName() + "." + column.getHeaderValue() + " " + column.getWidth() + " < " + needed);
            }
        }
        return narrow;
    }

    @Test
    void theLayersViewAndTheStatusLineSayHowMuchIsHedged() {
        AlvhResult result = GuiActionRunner.execute(() -> frame.result());
        // identity, not the code under test: residual = VEV_c + Σ achieved, so Σ achieved / H = (residual − VEV_c) / H
        double expected = (result.residualVev() - result.condor().vev()) / result.hedgeBase();
        assertThat(result.risk().percentHedged()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-12));
        String percent = Formats.percent(expected, 1);
        window.label("layersHedged").requireText(percent);
        assertThat(window.label("statusMessage").text()).contains(percent + " hedged", "1 advisory,", "24 warnings");
        assertThat(window.textBox("layersRationale").text()).contains("Layer 1: r1", "Layer 3: r3",
                "VEV target holds the hedge base H").doesNotContain("True", "False", "None");
    }

    @Test
    void anEditedParameterShowsInTheTitleTheLayersHeaderAndTheExportedFiles(@TempDir Path dir) throws IOException {
        AlvhResult before = GuiActionRunner.execute(() -> frame.result());
        shortcut(KeyEvent.VK_6);
        window.textBox("param.layer1.base").deleteText().enterText("0.5");
        awaitNewResult(before);
        assertThat(frame.getTitle()).isEqualTo("ALVH Workstation — spx-2018-02-05 (2018-02-05) — edited parameters "
                + "(1 change)");
        shortcut(KeyEvent.VK_1);
        assertThat(window.label("layersParameters").text()).contains("layer1.base = 0.5 (default 0.4)");
        assertThat(window.label("statusMessage").text()).contains("edited parameters (1 change)");

        shortcut(KeyEvent.VK_E);
        JFileChooserFixture chooser = JFileChooserFinder.findFileChooser("saveChooser").withTimeout(10_000)
                .using(robot);
        Path sheet = dir.resolve("hedge-sheet-2018-02-05.csv");
        approve(chooser, sheet);
        Path about = dir.resolve("hedge-sheet-2018-02-05.about.csv");
        awaitFile(about);
        assertThat(about).content().contains("as_of,2018-02-05", "snapshot,spx-2018-02-05",
                "parameter_change,layer1.base = 0.5 (default 0.4)", "version,");
        window.label("statusMessage").requireText(java.util.regex.Pattern.compile("Exported the hedge sheet to .*"));
    }

    @Test
    void exportedFilesHaveTheUsersNormalPermissions(@TempDir Path dir) throws IOException {
        Path reference = Files.createFile(dir.resolve("reference.txt"));
        Set<PosixFilePermission> normal = Files.getPosixFilePermissions(reference);
        shortcut(KeyEvent.VK_E);
        JFileChooserFixture chooser = JFileChooserFinder.findFileChooser("saveChooser").withTimeout(10_000)
                .using(robot);
        Path sheet = dir.resolve("hedge.csv");
        approve(chooser, sheet);
        awaitFile(dir.resolve("hedge.about.csv"));
        awaitFile(sheet);
        assertThat(Files.getPosixFilePermissions(sheet)).isEqualTo(normal);
        assertThat(Files.getPosixFilePermissions(dir.resolve("hedge.about.csv"))).isEqualTo(normal);
    }

    @Test
    void theGlossaryAndTheMethodOpenFromTheHelpMenu() {
        window.menuItemWithPath("Help", "Glossary").click();
        DialogFixture glossary = WindowFinder.findDialog("glossaryDialog").withTimeout(10_000).using(robot);
        assertThat(documentText(glossary, "glossaryDialog.text")).contains("VEV", "shift*", "s(D)", "b(D)",
                "A/D breakdown", "REER spike", "% hedged");
        screenshot("glossary", glossary.target());
        pressInDialog(glossary.button("glossaryDialog.close"));

        window.menuItemWithPath("Help", "Method (METHOD.md)").click();
        DialogFixture method = WindowFinder.findDialog("methodDialog").withTimeout(10_000).using(robot);
        assertThat(documentText(method, "methodDialog.text")).contains("The three layers",
                "VIX-equivalent vega");
        pressInDialog(method.button("methodDialog.close"));
    }

    private static String documentText(DialogFixture dialog, String name) {
        return GuiActionRunner.execute(() -> {
            javax.swing.JEditorPane pane = (javax.swing.JEditorPane) dialog.robot().finder()
                    .findByName(dialog.target(), name);
            javax.swing.text.Document doc = pane.getDocument();
            try {
                return doc.getText(0, doc.getLength());
            } catch (javax.swing.text.BadLocationException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void warningsComeByImportanceWithTheRoutineOnesGroupedInOneLine() {
        shortcut(KeyEvent.VK_7);
        JTableFixture table = window.table("warningsTable");
        String[][] rows = table.contents();
        assertThat(rows[0][0]).isEqualTo(WarningGroups.RULE_OFF);
        assertThat(java.util.Arrays.asList(rows)).anySatisfy(r -> {
            assertThat(r[0]).isEqualTo(WarningGroups.LEFT_OUT);
            assertThat(r[2]).startsWith("BRK.B (Berkshire Hathaway)");
        });
        String[] group = rows[rows.length - 1];
        assertThat(group[0]).contains("routine (23)");
        assertThat(group[2]).startsWith("23 constituents have neither prices nor beta (excluded): APC, BF.B, ");
        assertThat(window.textBox("warningsNotes").text()).contains("1 advisory (", "24 warnings")
                .doesNotContain("1 advisories");

        table.cell(TableCell.row(rows.length - 1).column(2)).click();
        assertThat(table.rowCount()).isEqualTo(rows.length + 23);
        assertThat(table.valueAt(TableCell.row(rows.length).column(2))).isEqualTo(
                "APC has neither prices nor beta (excluded)");
        screenshot("warnings-grouped");
    }

    @Test
    void afterADialogClosesTheWindowHasTheKeyboardAgain() {
        window.menuItemWithPath("File", "Snapshot Info…").click();
        org.assertj.swing.fixture.JOptionPaneFixture info = org.assertj.swing.finder.JOptionPaneFinder
                .findOptionPane().withTimeout(10_000).using(robot);
        assertThat(GuiActionRunner.execute(() -> {
            Component area = info.robot().finder().findByName(info.target(), "snapshotInfo");
            return ((javax.swing.JTextArea) area).getText();
        })).contains("Opened from the bundled sample", "Notes: ");
        pressInDialog(info.okButton());
        Pause.pause(new Condition("the window to be focused") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() ->
                        KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusedWindow() == frame);
            }
        }, WAIT);
        // a shortcut works without clicking into the window first
        robot.pressKey(KeyEvent.VK_CONTROL);
        robot.pressAndReleaseKey(KeyEvent.VK_3);
        robot.releaseKey(KeyEvent.VK_CONTROL);
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(() -> tabs().getSelectedIndex())).isEqualTo(2);
    }

    @Test
    void theAuditNamesLayersAsTheOtherViewsAndShowsTheExactValueOnHover() {
        shortcut(KeyEvent.VK_5);
        window.textBox("auditSearch").enterText("Layer 1 quantity");
        JTableFixture audit = window.table("auditTable");
        assertThat(audit.rowCount()).isEqualTo(1);
        assertThat(audit.valueAt(TableCell.row(0).column(1))).isEqualTo("Layer 1 quantity");
        window.textBox("auditSearch").deleteText().enterText("hedgeBase");
        AlvhResult result = GuiActionRunner.execute(() -> frame.result());
        assertThat(audit.valueAt(TableCell.row(0).column(2))).isEqualTo(Formats.fixed(result.hedgeBase(), 2));
        String tip = GuiActionRunner.execute(() -> {
            JTable t = audit.target();
            javax.swing.JComponent c = (javax.swing.JComponent) t.prepareRenderer(t.getCellRenderer(0, 2), 0, 2);
            return c.getToolTipText();
        });
        assertThat(tip).isEqualTo("exact: " + Formats.exact(result.hedgeBase()));
    }

    @Test
    void exportChartIsDisabledWhereThereIsNoChartAndAnExportSaysSoInTheStatusLine(@TempDir Path dir) {
        shortcut(KeyEvent.VK_5);
        window.menuItem("menu.exportPng").requireDisabled();
        shortcut(KeyEvent.VK_1);
        window.menuItem("menu.exportPng").requireEnabled();
        window.menuItemWithPath("File", "Export Chart as SVG…").click();
        JFileChooserFixture chooser = JFileChooserFinder.findFileChooser("saveChooser").withTimeout(10_000)
                .using(robot);
        Path svg = dir.resolve("layers.svg");
        approve(chooser, svg);
        awaitFile(svg);
        Pause.pause(new Condition("the status line to confirm the export") {
            @Override
            public boolean test() {
                return window.label("statusMessage").text().startsWith("Exported the chart to ");
            }
        }, WAIT);
        assertThat(svg).content().contains("spx-2018-02-05, as of 2018-02-05");
    }

    @Test
    void startingWithABrokenSnapshotLeavesAnEmptyStateThatOpensTheBundledSample(@TempDir Path dir)
            throws IOException {
        window.cleanUp();
        GuiActionRunner.execute(() -> {
            for (java.awt.Window w : java.awt.Window.getWindows()) {
                w.dispose();
            }
        });
        robot = org.assertj.swing.core.BasicRobot.robotWithNewAwtHierarchy();
        frame = GuiActionRunner.execute(() -> App.create(prefs));
        window = new org.assertj.swing.fixture.FrameFixture(robot, frame);
        window.show(new java.awt.Dimension(1280, 800));
        Path broken = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(broken.resolve("market.csv"), "date,spx_close\n");
        GuiActionRunner.execute(() -> frame.open(broken));
        DialogFixture problems = WindowFinder.findDialog("problemsDialog").withTimeout(20_000).using(robot);
        assertThat(GuiActionRunner.execute(() -> ((javax.swing.JTextArea) problems.robot().finder()
                .findByName(problems.target(), "problemsDetail")).getText())).isNotEmpty();
        pressInDialog(problems.button("problemsClose"));
        window.panel("emptyState").requireVisible();
        assertThat(window.label("emptyStateReason").text()).contains(broken.toAbsolutePath().toString());
        window.button("emptyState.sample").requireText(EmptyState.OPEN_SAMPLE).click();
        awaitResult();
        window.table("hedgeSheetTable").requireVisible();
    }

    private JTabbedPane tabs() {
        return (JTabbedPane) window.tabbedPane("views").target();
    }

    private static List<JTable> tables(Component root) {
        List<JTable> found = new ArrayList<>();
        if (root instanceof JTable t) {
            found.add(t);
        } else if (root instanceof Container c) {
            for (Component child : c.getComponents()) {
                found.addAll(tables(child));
            }
        }
        return found;
    }

    private static void awaitFile(Path file) {
        Pause.pause(new Condition(file + " to be written") {
            @Override
            public boolean test() {
                try {
                    return Files.exists(file) && Files.size(file) > 0;
                } catch (IOException e) {
                    return false;
                }
            }
        }, WAIT);
    }
}
