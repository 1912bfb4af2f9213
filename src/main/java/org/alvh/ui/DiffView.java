package org.alvh.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.table.DefaultTableCellRenderer;

import org.alvh.model.Problem;
import org.alvh.whatif.Attribution;
import org.alvh.whatif.Attribution.LayerAttribution;
import org.alvh.whatif.FigureChange;
import org.alvh.whatif.InputGroup;
import org.alvh.whatif.LayerMeasure;
import org.jfree.chart.ChartPanel;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Diff: what moved the hedge from A to B. A waterfall per layer (A's target VEV, the change each substitution
 * step makes, B's target VEV), the attribution table with the quantities beside the targets, and every audit
 * figure that changed. Filled by {@link WhatIfViews}; EDT only.
 */
final class DiffView {
    static final String NOT_COMPUTED = "not computed";

    private final JPanel root = new JPanel(new BorderLayout());
    private final JLabel heading = Tables.heading("Compare with… (File menu) a second snapshot or the saved parameters");
    private final JButton swap = new JButton("Swap A and B");
    private final JProgressBar progress = new JProgressBar();
    private final JTextArea notes = new JTextArea(2, 80);
    private final List<ChartPanel> charts = new ArrayList<>();
    private final Tables.RowModel attribution;
    private final Tables.RowModel figures = new Tables.RowModel(List.of("Group", "Figure", "A", "B", "Change"),
            List.of(String.class, String.class, Object.class, Object.class, Object.class));
    private final JTable attributionTable;
    private final JTable figuresTable = Tables.table(figures);
    private DiffOutcome shown;

    DiffView(ChartExporter exporter, UiPrefs prefs, Runnable onSwap) {
        root.setName("diffView");
        List<String> columns = new ArrayList<>(List.of("Layer", "Measure", "A"));
        for (InputGroup g : InputGroup.values()) {
            columns.add(g.label());
        }
        columns.add("B");
        columns.add("Total");
        List<Class<?>> types = new ArrayList<>();
        types.add(Integer.class);
        types.add(String.class);
        while (types.size() < columns.size()) {
            types.add(Object.class);
        }
        attribution = new Tables.RowModel(columns, types);
        attributionTable = Tables.table(attribution);
        attributionTable.setName("diffAttributionTable");
        figuresTable.setName("diffFiguresTable");
        figuresTable.setAutoCreateRowSorter(true);
        installRenderers();
        Tables.fit(attributionTable);
        Tables.fit(figuresTable);

        JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEFT, 8, 4));
        heading.setName("diffHeading");
        swap.setName("diffSwap");
        swap.setEnabled(false);
        swap.addActionListener(e -> onSwap.run());
        progress.setName("diffProgress");
        progress.setVisible(false);
        bar.add(heading);
        bar.add(swap);
        bar.add(progress);

        JPanel chartRow = new JPanel(new GridLayout(1, 3, 6, 0));
        for (int layer = 1; layer <= 3; layer++) {
            int l = layer;
            ChartPanel chart = exporter.panel("diffWaterfall" + layer, () -> "diff-layer" + l);
            charts.add(chart);
            chartRow.add(chart);
        }
        JPanel top = new JPanel(new BorderLayout());
        top.add(chartRow, BorderLayout.CENTER);
        notes.setName("diffNotes");
        notes.setEditable(false);
        notes.setLineWrap(true);
        notes.setWrapStyleWord(true);
        notes.setOpaque(false);
        notes.setBorder(BorderFactory.createEmptyBorder(2, 8, 2, 8));
        top.add(notes, BorderLayout.SOUTH);

        JPanel tables = new JPanel(new BorderLayout());
        JScrollPane attributionScroll = new JScrollPane(attributionTable);
        attributionScroll.setPreferredSize(new java.awt.Dimension(400, attributionTable.getRowHeight() * 7 + 28));
        tables.add(attributionScroll, BorderLayout.NORTH);
        tables.add(new JScrollPane(figuresTable), BorderLayout.CENTER);
        JSplitPane split = Splits.create("diff", JSplitPane.VERTICAL_SPLIT, top, tables, 0.55, prefs);
        root.add(bar, BorderLayout.NORTH);
        root.add(split, BorderLayout.CENTER);
    }

    JComponent component() {
        return root;
    }

    void started(String label) {
        heading.setText(label + " …");
        progress.setIndeterminate(true);
        progress.setVisible(true);
        swap.setEnabled(false);
    }

    void stopped() {
        progress.setVisible(false);
        swap.setEnabled(shown != null);
        if (shown != null) {
            heading.setText(headline(shown));
        }
    }

    void show(DiffOutcome outcome) {
        shown = outcome;
        stopped();
        List<List<Object>> rows = new ArrayList<>();
        for (LayerAttribution a : outcome.attribution().layers()) {
            List<Object> row = new ArrayList<>(List.of(a.layer(), a.measure().label(), number(a.before())));
            for (Attribution.Step step : a.steps()) {
                row.add(step.change() == null ? NOT_COMPUTED : number(step.change()));
            }
            row.add(number(a.after()));
            row.add(number(a.total()));
            rows.add(row);
        }
        attribution.setRows(rows);
        Tables.fit(attributionTable);
        List<List<Object>> changed = new ArrayList<>();
        for (FigureChange c : outcome.diff().changes()) {
            Double change = c.numericChange();
            changed.add(java.util.Arrays.asList(c.group(), c.key(), c.before(), c.after(),
                    change == null ? c.kind() == FigureChange.Kind.CHANGED ? "" : c.kind().name().toLowerCase(
                            java.util.Locale.ROOT) : change));
        }
        figures.setRows(changed);
        Tables.fit(figuresTable);
        notes.setText(notes(outcome.attribution()));
        drawCharts();
    }

    void themeChanged() {
        installRenderers();
        drawCharts();
    }

    private void drawCharts() {
        if (shown == null) {
            return;
        }
        for (LayerAttribution a : shown.attribution().layers()) {
            if (a.measure() != LayerMeasure.TARGET_VEV || a.layer() < 1 || a.layer() > charts.size()) {
                continue;
            }
            DefaultCategoryDataset data = new DefaultCategoryDataset();
            data.addValue(value(a.before()), "VEV", "A");
            for (Attribution.Step step : a.steps()) {
                String label = step.group().label() + (step.change() == null ? " *" : "");
                data.addValue(step.change() == null ? 0 : step.change().doubleValue(), "VEV", label);
            }
            data.addValue(value(a.after()), "VEV", "B");
            String quantity = quantityLine(a.layer());
            charts.get(a.layer() - 1).setChart(WhatIfCharts.waterfall(data, "Layer " + a.layer() + " target VEV",
                    quantity + (anyMissing(a) ? "; * not computed, its effect is in the next bar" : ""), "VEV"));
        }
    }

    private static boolean anyMissing(LayerAttribution a) {
        return a.steps().stream().anyMatch(step -> step.change() == null);
    }

    private String quantityLine(int layer) {
        for (LayerAttribution a : shown.attribution().layers()) {
            if (a.layer() == layer && a.measure() == LayerMeasure.QUANTITY) {
                return "quantity " + whole(a.before()) + " → " + whole(a.after());
            }
        }
        return "";
    }

    private static String headline(DiffOutcome o) {
        return "A: " + o.labelA() + "  →  B: " + o.labelB() + "   (" + o.diff().changes().size()
                + " audit figures changed)";
    }

    private static String notes(Attribution attribution) {
        List<String> missing = new ArrayList<>();
        for (Attribution.Stage stage : attribution.stages()) {
            if (!stage.computed()) {
                missing.add(stage.group().label() + " (" + String.join("; ",
                        stage.problems().stream().map(Problem::toString).toList()) + ")");
            }
        }
        String order = "B's inputs replace A's one group at a time, in this order: " + String.join(", ",
                List.of(InputGroup.values()).stream().map(InputGroup::label).toList()) + "; each bar is the change"
                + " its step makes.";
        return missing.isEmpty() ? order
                : order + "\nNot computed (their effect is in the next computed step): " + String.join("; ", missing);
    }

    private static Object number(BigDecimal v) {
        return v == null ? Formats.UNAVAILABLE : v.doubleValue();
    }

    private static String whole(BigDecimal v) {
        return v == null ? Formats.UNAVAILABLE : v.toPlainString();
    }

    private static double value(BigDecimal v) {
        return v == null ? 0 : v.doubleValue();
    }

    private void installRenderers() {
        DefaultTableCellRenderer vev = Tables.numbers(2);
        DefaultTableCellRenderer whole = Tables.numbers(0);
        for (int c = 2; c < attributionTable.getColumnCount(); c++) {
            attributionTable.getColumnModel().getColumn(c).setCellRenderer((t, v, selected, focus, row, column) -> {
                boolean quantity = LayerMeasure.QUANTITY.label().equals(
                        t.getModel().getValueAt(t.convertRowIndexToModel(row), 1));
                return (quantity ? whole : vev).getTableCellRendererComponent(t, v, selected, focus, row, column);
            });
        }
        // values as the Audit view writes them, the exact value on hover
        for (int c = 2; c <= 4; c++) {
            figuresTable.getColumnModel().getColumn(c).setCellRenderer(AuditView.figureRenderer());
        }
        Tables.widths(figuresTable, 140, 260, 160, 160, 120);
    }
}
