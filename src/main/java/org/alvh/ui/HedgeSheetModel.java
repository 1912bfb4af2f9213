package org.alvh.ui;

import java.util.ArrayList;
import java.util.List;

import javax.swing.table.AbstractTableModel;

import org.alvh.calc.AlvhResult;
import org.alvh.io.HedgeSheet;
import org.alvh.io.SpreadsheetCsv;

/**
 * The hedge sheet as a table: the very cells of {@link HedgeSheet#rows} (the CSV export writes the same
 * cells), with the three strike columns shown as one. Numbers stay numbers (Double), text stays text.
 * Confined to the event dispatch thread.
 */
final class HedgeSheetModel extends AbstractTableModel {
    static final String[] COLUMNS = {"Section", "Layer", "Instrument", "Expiry", "Strikes", "Right", "Quantity",
        "Unit price", "Cost (USD)", "VEV / unit", "VEV target", "VEV achieved", "Active", "Rationale"};
    /** Sheet column of each table column; -1 for the joined strikes. */
    private static final int[] SOURCE = {0, 1, 2, 3, -1, 7, 8, 9, 10, 11, 12, 13, 14, 15};
    static final int ACTIVE = 12;

    private List<List<SpreadsheetCsv.Cell>> rows = List.of();
    /** The joined strikes of each row, built once per result rather than on every paint. */
    private List<String> strikes = List.of();

    /**
     * Replaces the rows with those of {@code result} (none for null). The columns never change, so the
     * table keeps its column model, renderers and widths: only the cells repaint.
     */
    void show(AlvhResult result) {
        rows = result == null ? List.of() : HedgeSheet.rows(result);
        strikes = rows.stream().map(HedgeSheetModel::strikes).toList();
        fireTableDataChanged();
    }

    /** The strikes present in sheet columns 4 to 6, joined, e.g. {@code 2500 / 2600}. */
    private static String strikes(List<SpreadsheetCsv.Cell> cells) {
        List<String> present = new ArrayList<>();
        for (int i = 4; i <= 6; i++) {
            if (cells.get(i) instanceof SpreadsheetCsv.Num n) {
                present.add(SpreadsheetCsv.number(n.value()));
            }
        }
        return String.join(" / ", present);
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int column) {
        return COLUMNS[column];
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return switch (column) {
            case 1, 6, 7, 8, 9, 10, 11 -> Double.class;
            default -> String.class;
        };
    }

    @Override
    public Object getValueAt(int row, int column) {
        if (SOURCE[column] < 0) {
            return strikes.get(row);
        }
        SpreadsheetCsv.Cell cell = rows.get(row).get(SOURCE[column]);
        if (cell instanceof SpreadsheetCsv.Num n) {
            return n.value();
        }
        if (cell instanceof SpreadsheetCsv.Text t) {
            return t.value();
        }
        return null;
    }

    /** True for a HEDGE row whose layer is inactive. */
    boolean inactive(int row) {
        return "HEDGE".equals(getValueAt(row, 0)) && "false".equals(getValueAt(row, ACTIVE));
    }
}
