package org.alvh.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javax.swing.JTable;
import javax.swing.SwingUtilities;
import javax.swing.event.TableModelEvent;
import javax.swing.table.TableColumn;

import org.alvh.calc.AlvhEngine;
import org.alvh.calc.AlvhResult;
import org.alvh.io.config.ConfigReader;
import org.alvh.io.HedgeSheet;
import org.alvh.io.SnapshotReader;
import org.junit.jupiter.api.Test;

/** A new result replaces the rows only: the table keeps its columns (renderers, widths) and shows the sheet. */
class HedgeSheetModelTest {

    @Test
    void newResultChangesRowsNotColumns() throws Exception {
        AlvhResult result = AlvhEngine.compute(
                new SnapshotReader().read(GuiTestSupport.SAMPLE).value(), ConfigReader.defaults());
        List<Object> seen = new ArrayList<>();
        SwingUtilities.invokeAndWait(() -> {
            HedgeSheetModel model = new HedgeSheetModel();
            JTable table = new JTable(model);
            TableColumn firstColumn = table.getColumnModel().getColumn(0);
            List<TableModelEvent> events = new ArrayList<>();
            model.addTableModelListener(events::add);
            seen.add(model.getRowCount());
            model.show(result);
            seen.add(model.getRowCount());
            seen.add(table.getColumnModel().getColumn(0) == firstColumn);
            seen.add(events.get(0).getFirstRow() == TableModelEvent.HEADER_ROW);
            seen.add(model.getValueAt(0, 0));
            model.show(null);
            seen.add(model.getRowCount());
        });
        assertThat(seen).containsExactly(0, HedgeSheet.rows(result).size(), true, false, "CONDOR", 0);
    }
}
