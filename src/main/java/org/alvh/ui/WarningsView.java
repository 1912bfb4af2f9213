package org.alvh.ui;

import java.awt.BorderLayout;
import java.util.ArrayList;
import java.util.List;

import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;

import org.alvh.calc.Advisory;
import org.alvh.calc.AlvhResult;
import org.alvh.model.Problem;

/** Advisories and warnings (Ctrl+7): §5.1 advisories (shown, never applied) and every warning with its place. */
final class WarningsView implements ResultView {
    static final List<String> COLUMNS = List.of("Kind", "Where", "Message");

    private final JPanel root = new JPanel(new BorderLayout());
    private final JTable table = new JTable(new Tables.RowModel(COLUMNS,
            List.of(String.class, String.class, String.class), List.of()));
    private final JLabel notes = new JLabel(" ");

    WarningsView() {
        table.setName("warningsTable");
        table.setFillsViewportHeight(true);
        table.setAutoCreateRowSorter(true);
        notes.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
        root.add(notes, BorderLayout.NORTH);
        root.add(new JScrollPane(table), BorderLayout.CENTER);
    }

    @Override
    public String title() {
        return "Advisories & warnings";
    }

    @Override
    public JComponent component() {
        return root;
    }

    @Override
    public void show(AlvhResult result) {
        List<List<Object>> rows = new ArrayList<>();
        for (Advisory a : result.advisories()) {
            rows.add(List.of("advisory: " + a.type(), "", a.message()));
        }
        for (Problem p : result.warnings()) {
            rows.add(List.of(p.isError() ? "error" : "warning", p.location(), p.message()));
        }
        table.setModel(new Tables.RowModel(COLUMNS, List.of(String.class, String.class, String.class), rows));
        Tables.widths(table, 140, 200, 800);
        notes.setText("<html>" + result.advisories().size() + " advisories (shown and exported, never applied), "
                + result.warnings().size() + " warnings.</html>");
    }

    @Override
    public void themeChanged() {
        // the table follows the look and feel
    }
}
