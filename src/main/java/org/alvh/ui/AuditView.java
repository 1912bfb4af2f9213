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
import javax.swing.JTextArea;
import javax.swing.BorderFactory;
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
    private static final List<Class<?>> TYPES = List.of(String.class, String.class, Object.class, String.class,
            String.class);
    private static final Pattern LAYER = Pattern.compile("layers\\[(\\d+)]\\.?");
    private static final Pattern LEG = Pattern.compile("legs\\[(\\d+)]\\.?");
    static final int VALUE = 2;
    static final int INPUTS = 4;
    static final String ALL_GROUPS = "All groups";

    private final JPanel root = new JPanel(new BorderLayout());
    private final Tables.RowModel model = new Tables.RowModel(COLUMNS, TYPES);
    private final JTable table = Tables.table(model);
    private final JTextArea detail = new JTextArea(4, 40);
    private final TableRowSorter<Tables.RowModel> sorter = new TableRowSorter<>(model);
    private final JTextField search = new JTextField(24);
    private final JComboBox<String> group = new JComboBox<>(new String[] {ALL_GROUPS});
    private final JLabel count = new JLabel();
    private List<AuditTrail.Figure> figures = List.of();

    AuditView() {
        table.setName("auditTable");
        table.setFillsViewportHeight(true);
        table.setRowSorter(sorter);
        Tables.widths(table, 140, 200, 110, 330, 420);
        Tables.capFit(table, 3, 520);
        Tables.capFit(table, INPUTS, 620); // formula and inputs in full in the detail pane
        table.setDefaultRenderer(Object.class, figureRenderer());
        table.setDefaultRenderer(String.class, new javax.swing.table.DefaultTableCellRenderer() {
            @Override
            public java.awt.Component getTableCellRendererComponent(JTable t, Object value, boolean selected,
                                                                    boolean focus, int row, int column) {
                java.awt.Component c = super.getTableCellRendererComponent(t, value, selected, focus, row, column);
                int m = t.convertRowIndexToModel(row);
                setToolTipText(t.convertColumnIndexToModel(column) == INPUTS && m < figures.size()
                        ? "exact: " + exactInputs(figures.get(m)) : value == null ? null : value.toString());
                return c;
            }
        });
        table.getSelectionModel().addListSelectionListener(e -> showDetail());
        detail.setName("auditDetail");
        detail.setEditable(false);
        detail.setLineWrap(true);
        detail.setWrapStyleWord(true);
        detail.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
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
        root.add(new JScrollPane(detail), BorderLayout.SOUTH);
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
        Tables.fit(table);
        showDetail();
    }

    @Override
    public void themeChanged() {
        // tables follow the look and feel by themselves
    }

    private static List<List<Object>> rows(List<AuditTrail.Figure> figures) {
        List<List<Object>> rows = new ArrayList<>();
        for (AuditTrail.Figure f : figures) {
            String inputs = f.inputs().stream().map(i -> displayKey(i.name()) + " = " + readable(i.value()))
                    .collect(Collectors.joining(", "));
            rows.add(java.util.Arrays.asList(f.group(), displayKey(f.key()), f.value(), f.formula(), inputs));
        }
        return rows;
    }

    /** A trail key as the other views name things: {@code layers[0].ratio} is "Layer 1 ratio". */
    static String displayKey(String key) {
        String named = LAYER.matcher(key).replaceAll(m -> "Layer " + (Integer.parseInt(m.group(1)) + 1) + " ");
        return LEG.matcher(named).replaceAll(m -> "leg " + (Integer.parseInt(m.group(1)) + 1) + " ").trim();
    }

    /** A value as the other views write numbers ({@link Formats#readable}); flags and texts as they are. */
    /** Renders a figure as {@link #readable} writes it, numbers to the right, the exact value on hover. */
    static javax.swing.table.DefaultTableCellRenderer figureRenderer() {
        return new javax.swing.table.DefaultTableCellRenderer() {
            @Override
            protected void setValue(Object value) {
                setHorizontalAlignment(value instanceof Number ? RIGHT : LEFT);
                setText(readable(value));
                setToolTipText(value == null ? null : "exact: " + Formats.exact(value));
            }
        };
    }

    static String readable(Object value) {
        if (value == null) {
            return Formats.UNAVAILABLE;
        }
        if (value instanceof Double || value instanceof Float) {
            return Formats.readable(((Number) value).doubleValue());
        }
        if (value instanceof Number n) {
            return Formats.fixed(n.doubleValue(), 0);
        }
        if (value instanceof Boolean b) {
            return Formats.flag(b);
        }
        if (value instanceof List<?> l) {
            return l.stream().map(AuditView::readable).collect(Collectors.joining(", ", "[", "]"));
        }
        return Formats.exact(value);
    }

    private static String exactInputs(AuditTrail.Figure f) {
        return f.inputs().stream().map(i -> i.name() + " = " + Formats.exact(i.value()))
                .collect(Collectors.joining(", "));
    }

    /** The selected figure (the first shown when none is) in full: key, exact value, formula, exact inputs. */
    private void showDetail() {
        int row = table.getSelectedRow() >= 0 ? table.getSelectedRow() : table.getRowCount() > 0 ? 0 : -1;
        if (row < 0) {
            detail.setText("");
            return;
        }
        AuditTrail.Figure f = figures.get(table.convertRowIndexToModel(row));
        detail.setText(displayKey(f.key()) + " (" + f.key() + ") = " + Formats.exact(f.value()) + "\n"
                + f.formula() + (f.inputs().isEmpty() ? "" : "\ninputs: " + exactInputs(f)));
        detail.setCaretPosition(0);
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
                cells.add(c == VALUE ? Formats.exact(model.getValueAt(m, c))
                        : c == INPUTS ? exactInputs(figures.get(m)) : String.valueOf(model.getValueAt(m, c)));
            }
            sb.append(String.join("\t", cells)).append('\n');
        }
        return sb.toString();
    }
}
