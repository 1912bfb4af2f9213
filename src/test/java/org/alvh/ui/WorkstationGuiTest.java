package org.alvh.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.event.KeyEvent;
import java.util.List;
import java.util.Map;

import javax.swing.JTable;
import javax.swing.RowSorter;
import javax.swing.SortOrder;
import javax.swing.table.TableColumn;

import org.alvh.calc.AlvhResult;
import org.alvh.io.AuditJson;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.Test;

/** Opens the bundled sample, recomputes, and compares the window's tables with the engine's audit. */
class WorkstationGuiTest extends GuiTestSupport {
    private static final double EXACT = 0;

    @Test
    void closingTheWindowStopsItsBackgroundThreads() throws Exception {
        java.util.Set<Thread> before = Thread.getAllStackTraces().keySet();
        MainFrame other = GuiActionRunner.execute(() -> App.create(prefs));
        GuiActionRunner.execute(other::openBundledSample); // reads and computes on its own threads
        long end = System.nanoTime() + 60_000_000_000L;
        while (GuiActionRunner.execute(() -> other.result() == null) && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        java.util.List<Thread> started = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !before.contains(t) && t.getName().startsWith("alvh-")).toList();
        assertThat(started).as("the window's pipeline threads").isNotEmpty();

        GuiActionRunner.execute(other::dispose);

        for (Thread t : started) {
            t.join(10_000);
            assertThat(t.isAlive()).as(t.getName()).isFalse();
        }
    }

    @Test
    void opensTheBundledSampleWithItsNameAndDateInTheTitle() {
        assertThat(frame.getTitle()).isEqualTo("ALVH Workstation — spx-2018-02-05 (2018-02-05)");
        window.label("statusTiming").requireText(java.util.regex.Pattern.compile("Recomputed in \\d+ ms"));
    }

    @Test
    void recomputeWithF5AndTheButtonGivesTheNumbersOfTheAudit() {
        AlvhResult first = GuiActionRunner.execute(() -> frame.result());
        window.pressAndReleaseKeys(KeyEvent.VK_F5);
        AlvhResult second = awaitNewResult(first);
        window.button("tool.recompute").click();
        awaitNewResult(second);

        Map<String, Object> audit = AuditJson.toTree(engine());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> layers = (List<Map<String, Object>>) audit.get("layers");
        JTableFixture sheet = window.table("hedgeSheetTable");
        JTable table = sheet.target();
        for (int k = 0; k < 3; k++) {
            int row = 4 + k;
            Map<String, Object> layer = layers.get(k);
            assertThat(cell(table, row, 0)).isEqualTo("HEDGE");
            assertThat(((Number) cell(table, row, 1)).intValue()).isEqualTo(((Number) layer.get("layer")).intValue());
            assertThat(cell(table, row, 2)).isEqualTo(layer.get("instrument"));
            assertThat((Double) cell(table, row, 6)).isCloseTo(((Number) layer.get("quantity")).doubleValue(),
                    within(EXACT));
            assertThat((Double) cell(table, row, 8)).isCloseTo(((Number) layer.get("costUsd")).doubleValue(),
                    within(EXACT));
            assertThat((Double) cell(table, row, 10)).isCloseTo(((Number) layer.get("vevTarget")).doubleValue(),
                    within(EXACT));
            assertThat((Double) cell(table, row, 11)).isCloseTo(((Number) layer.get("vevAchieved")).doubleValue(),
                    within(EXACT));
            assertThat(cell(table, row, 12)).isEqualTo(String.valueOf(layer.get("active")));
        }
        assertThat((Double) cell(table, 7, 8)).isCloseTo(((Number) audit.get("hedgeCostUsd")).doubleValue(),
                within(EXACT));
        assertThat((Double) cell(table, 7, 11)).isCloseTo(((Number) audit.get("residualVev")).doubleValue(),
                within(EXACT));

        @SuppressWarnings("unchecked")
        Map<String, Object> condor = (Map<String, Object>) audit.get("condor");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> legs = (List<Map<String, Object>>) condor.get("legs");
        shortcut(KeyEvent.VK_4);
        assertThat(GuiActionRunner.execute(() -> ((javax.swing.JTabbedPane) window.tabbedPane("views").target())
                .getSelectedIndex())).isEqualTo(3);
        JTable legTable = window.table("legsTable").target();
        for (int i = 0; i < 4; i++) {
            assertThat((Double) cell(legTable, i, 2)).isEqualTo(((Number) legs.get(i).get("strike")).doubleValue());
            assertThat((Double) cell(legTable, i, 11)).isEqualTo(((Number) legs.get(i).get("vega")).doubleValue());
            assertThat((Double) cell(legTable, i, 9)).isEqualTo(((Number) legs.get(i).get("delta")).doubleValue());
        }
    }

    @Test
    void theAuditViewListsEveryFigureOfTheTrailAndSearches() {
        AlvhResult direct = engine();
        window.menuItem("menu.view5").click();
        JTableFixture audit = window.table("auditTable");
        assertThat(audit.rowCount()).isEqualTo(direct.trail().size());
        JTable target = audit.target();
        for (int i = 0; i < direct.trail().size(); i++) {
            assertThat(audit.valueAt(org.assertj.swing.data.TableCell.row(i).column(1)))
                    .isEqualTo(AuditView.displayKey(direct.trail().get(i).key()));
            assertThat(cell(target, i, 2)).as("the model keeps the engine's value").isEqualTo(
                    direct.trail().get(i).value());
        }
        window.textBox("auditSearch").enterText("hedgeBase");
        assertThat(audit.rowCount()).isPositive().isLessThan(direct.trail().size());
    }

    @Test
    void theConstituentsTableFiltersAndSorts() {
        window.menuItem("menu.view3").click();
        JTableFixture table = window.table("constituentsTable");
        int all = table.rowCount();
        window.comboBox("constituentsScope").selectItem(ConstituentsView.BASKET);
        assertThat(table.rowCount()).isEqualTo(engine().beta().basketSize()).isLessThan(all);
        window.textBox("constituentsFilter").enterText("AAPL");
        assertThat(table.rowCount()).isEqualTo(1);
        assertThat(table.valueAt(org.assertj.swing.data.TableCell.row(0).column(0))).isEqualTo("AAPL");
    }

    @Test
    void aNewResultKeepsTheColumnsSortOrderAndFilterOfTheTable() {
        window.menuItem("menu.view3").click();
        JTable table = window.table("constituentsTable").target();
        window.textBox("constituentsFilter").enterText("Information");
        List<RowSorter.SortKey> byBeta = List.of(new RowSorter.SortKey(5, SortOrder.DESCENDING));
        TableColumn name = GuiActionRunner.execute(() -> {
            table.getRowSorter().setSortKeys(byBeta);
            TableColumn column = table.getColumnModel().getColumn(1);
            column.setPreferredWidth(321);
            return column;
        });
        RowSorter<?> sorter = GuiActionRunner.execute(table::getRowSorter);
        List<Object> shown = visibleTickers(table);
        assertThat(shown).hasSizeGreaterThan(1);

        AlvhResult before = GuiActionRunner.execute(() -> frame.result());
        window.pressAndReleaseKeys(KeyEvent.VK_F5);
        awaitNewResult(before);

        assertThat(GuiActionRunner.execute(() -> table.getColumnModel().getColumn(1))).isSameAs(name);
        assertThat(GuiActionRunner.execute(name::getPreferredWidth)).isEqualTo(321);
        assertThat(GuiActionRunner.execute(table::getRowSorter)).isSameAs(sorter);
        assertThat(GuiActionRunner.execute(() -> sorter.getSortKeys())).isEqualTo(byBeta);
        assertThat(visibleTickers(table)).isEqualTo(shown);
    }

    private static List<Object> visibleTickers(JTable table) {
        return GuiActionRunner.execute(() -> {
            List<Object> tickers = new java.util.ArrayList<>();
            for (int row = 0; row < table.getRowCount(); row++) {
                tickers.add(table.getValueAt(row, 0));
            }
            return tickers;
        });
    }

    @Test
    void theAdvisoriesViewShowsTheWholeParityScan() {
        org.alvh.calc.ParityCheck parity = engine().parity();
        assertThat(parity).as("the sample has a chain at the condor's expiry").isNotNull();
        shortcut(KeyEvent.VK_7);
        JTable table = window.table("parityTable").target();
        assertThat(GuiActionRunner.execute(table::getRowCount)).isEqualTo(parity.rows().size()).isPositive();
        for (int i = 0; i < parity.rows().size(); i++) {
            org.alvh.calc.ParityCheck.Row row = parity.rows().get(i);
            assertThat(cell(table, i, 0)).isEqualTo(row.strike());
            assertThat(cell(table, i, 2)).isEqualTo(row.conversionEdge());
            assertThat(cell(table, i, 3)).isEqualTo(row.reversalEdge());
            assertThat(cell(table, i, 4)).isEqualTo(String.valueOf(row.conversionFlag()));
            assertThat(cell(table, i, 5)).isEqualTo(String.valueOf(row.reversalFlag()));
        }
        assertThat(window.textBox("parityHeading").text()).contains(parity.expiry().toString(),
                Formats.fixed(parity.fRef(), 2));
        screenshot("warnings-parity");
    }

    private static Object cell(JTable table, int row, int column) {
        return GuiActionRunner.execute(() -> table.getModel().getValueAt(row, column));
    }
}
