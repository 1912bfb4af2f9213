package org.alvh.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.RowFilter;
import javax.swing.table.TableRowSorter;

import com.formdev.flatlaf.FlatClientProperties;

import org.alvh.calc.AlvhResult;
import org.alvh.calc.AuditTrail;

/**
 * Audit (Ctrl+5): exactly the engine's audit trail, every figure with its group (the METHOD.md section),
 * key, value, formula and inputs, in the order it was computed; searchable, filterable by group, copyable.
 */
final class AuditView implements ResultView {
    static final List<String> COLUMNS = List.of("Group", "Key", "Value", "Formula", "Inputs");
    private static final List<Class<?>> TYPES = List.of(String.class, String.class, String.class, String.class,
            String.class);
    static final String ALL_GROUPS = "All groups";

    private final JPanel root = new JPanel(new BorderLayout());
    private final Tables.RowModel model = new Tables.RowModel(COLUMNS, TYPES);
    private final JTable table = new JTable(model);
    private final TableRowSorter<Tables.RowModel> sorter = new TableRowSorter<>(model);
    private final JTextField search = new JTextField(24);
    private final JComboBox<String> group = new JComboBox<>(new String[] {ALL_GROUPS});
    private final JLabel count = new JLabel();
    private List<AuditTrail.Figure> figures = List.of();

    AuditView() {
        table.setName("auditTable");
        table.setFillsViewportHeight(true);
        table.setRowSorter(sorter);
        Tables.widths(table, 150, 210, 150, 330, 420);
        search.setName("auditSearch");
        search.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "search key, formula, input or value");
        search.putClientProperty(FlatClientProperties.TEXT_FIELD_SHOW_CLEAR_BUTTON, true);
        OnTextChange.listen(search, this::applyFilter);
        group.setName("auditGroup");
        group.addActionListener(e -> applyFilter());
        JButton copy = new JButton("Copy");
        copy.setName("auditCopy");
        copy.setToolTipText("Copy the rows shown (tab-separated) to the clipboard");
        copy.addActionListener(e -> Toolkit.getDefaultToolkit().getSystemClipboard()
                .setContents(new StringSelection(visibleText()), null));
        JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEFT, 8, 4));
        bar.add(new JLabel("Search:"));
        bar.add(search);
        bar.add(group);
        bar.add(copy);
        bar.add(count);
        root.add(bar, BorderLayout.NORTH);
        root.add(new JScrollPane(table), BorderLayout.CENTER);
    }

    @Override
    public String title() {
        return "Audit";
    }

    @Override
    public JComponent component() {
        return root;
    }

    @Override
    public void show(AlvhResult result) {
        figures = result.trail();
        model.setRows(rows(figures));
        Set<String> groups = new LinkedHashSet<>();
        groups.add(ALL_GROUPS);
        figures.forEach(f -> groups.add(f.group()));
        Object selected = group.getSelectedItem();
        group.setModel(new DefaultComboBoxModel<>(groups.toArray(String[]::new)));
        group.setSelectedItem(groups.contains(selected) ? selected : ALL_GROUPS);
        applyFilter();
    }

    @Override
    public void themeChanged() {
        // tables follow the look and feel by themselves
    }

    private static List<List<Object>> rows(List<AuditTrail.Figure> figures) {
        List<List<Object>> rows = new ArrayList<>();
        for (AuditTrail.Figure f : figures) {
            String inputs = f.inputs().stream().map(i -> i.name() + " = " + Formats.exact(i.value()))
                    .collect(Collectors.joining(", "));
            rows.add(List.of(f.group(), f.key(), Formats.exact(f.value()), f.formula(), inputs));
        }
        return rows;
    }

    private void applyFilter() {
        List<RowFilter<Tables.RowModel, Integer>> filters = new ArrayList<>();
        String text = search.getText().trim();
        if (!text.isEmpty()) {
            filters.add(RowFilter.regexFilter("(?i)" + Pattern.quote(text)));
        }
        Object g = group.getSelectedItem();
        if (g != null && !ALL_GROUPS.equals(g)) {
            filters.add(RowFilter.regexFilter("^" + Pattern.quote(g.toString()) + "$", 0));
        }
        sorter.setRowFilter(filters.isEmpty() ? null : RowFilter.andFilter(filters));
        count.setText(table.getRowCount() + " of " + figures.size() + " figures");
    }

    /** The rows shown, with a header, tab-separated. */
    String visibleText() {
        StringBuilder sb = new StringBuilder(String.join("\t", COLUMNS)).append('\n');
        for (int row = 0; row < table.getRowCount(); row++) {
            int m = table.convertRowIndexToModel(row);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < COLUMNS.size(); c++) {
                cells.add(String.valueOf(model.getValueAt(m, c)));
            }
            sb.append(String.join("\t", cells)).append('\n');
        }
        return sb.toString();
    }
}
