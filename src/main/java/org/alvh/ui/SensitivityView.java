package org.alvh.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleConsumer;

import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingConstants;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.text.DefaultFormatterFactory;
import javax.swing.text.NumberFormatter;

import org.alvh.calc.LayerResult;
import org.alvh.whatif.Bump;
import org.alvh.whatif.LayerFigures;
import org.alvh.whatif.ParameterSensitivity;
import org.alvh.whatif.Sensitivity;
import org.jfree.chart.ChartPanel;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Sensitivity: every numeric parameter bumped down and up, one tab per layer with a tornado chart of the change
 * in the target VEV (largest swings first) and, beside it, the table of every parameter that moves the layer with
 * the quantities (which move in whole steps, so a target change need not change them, and a quantity can move
 * when the target does not). A last tab does the same for the hedged worst P&amp;L of METHOD.md §9 (a figure of
 * the whole book, USD): its tornado and the table of every parameter that moves it, with the worst P&amp;L after
 * each bump and its change; a parameter can move it without moving any layer (the scenario settings). Filled by
 * {@link WhatIfViews}; EDT only.
 */
final class SensitivityView {
    /** Parameters drawn in a tornado; the table lists them all. */
    static final int TORNADO_ROWS = 15;
    /** The title of the tab of the hedged worst P&amp;L. */
    static final String WORST_TAB = "Hedged worst P&L";
    /** The tornado's share of the worst P&amp;L tab's width: its table's eight columns need the rest at 1280 px. */
    private static final double WORST_CHART_SHARE = 0.35;

    private final JPanel root = new JPanel(new BorderLayout());
    private final JSpinner step = new JSpinner(new SpinnerNumberModel(Sensitivity.DEFAULT_STEP, 0.01, 0.5, 0.01));
    private final JButton compute = new JButton("Compute");
    private final JProgressBar progress = new JProgressBar(0, 100);
    /** Wraps beside the controls: the count of bumps not computed does not fit one line at 1280 pixels. */
    private final javax.swing.JTextArea heading = Tables.wrapping(
            "Computed for the open snapshot and the current parameters", false);
    private final JTabbedPane layers = new JTabbedPane();
    private final List<ChartPanel> charts = new ArrayList<>();
    private final List<Tables.RowModel> tables = new ArrayList<>();
    private final List<JTable> jtables = new ArrayList<>();
    private final ChartPanel worstChart;
    private final Tables.RowModel worstModel = new Tables.RowModel(List.of("Parameter", "Value", "Down",
            "Worst P&L", "Δ worst", "Up", "Worst P&L", "Δ worst"), List.of(String.class, Double.class, Double.class,
            Object.class, Object.class, Double.class, Object.class, Object.class));
    private final JTable worstTable = Tables.table(worstModel);
    private SensitivityOutcome shown;

    SensitivityView(ChartExporter exporter, UiPrefs prefs, DoubleConsumer onCompute) {
        root.setName("sensitivityView");
        step.setName("sensitivityStep");
        JSpinner.NumberEditor editor = new JSpinner.NumberEditor(step, "0.00");
        NumberFormatter format = new NumberFormatter(new DecimalFormat("0.00",
                DecimalFormatSymbols.getInstance(Locale.ROOT)));
        format.setValueClass(Double.class);
        format.setMinimum(0.01);
        format.setMaximum(0.5);
        editor.getTextField().setFormatterFactory(new DefaultFormatterFactory(format));
        step.setEditor(editor);
        compute.setName("sensitivityCompute");
        compute.addActionListener(e -> onCompute.accept(step()));
        progress.setName("sensitivityProgress");
        progress.setStringPainted(true);
        progress.setVisible(false);
        heading.setName("sensitivityHeading");
        heading.setBorder(javax.swing.BorderFactory.createEmptyBorder(6, 0, 4, 8));
        JPanel controls = new JPanel(new FlowLayout(FlowLayout.LEFT, 8, 4));
        controls.add(new JLabel("Relative step ±"));
        controls.add(step);
        controls.add(new JLabel("(whole numbers ±1)"));
        controls.add(compute);
        controls.add(progress);
        JPanel bar = new JPanel(new BorderLayout());
        bar.add(controls, BorderLayout.WEST);
        bar.add(heading, BorderLayout.CENTER);
        for (int layer = 1; layer <= 3; layer++) {
            int l = layer;
            ChartPanel chart = exporter.panel("sensitivityTornado" + layer, () -> "sensitivity-layer" + l);
            charts.add(chart);
            Tables.RowModel model = new Tables.RowModel(List.of("Parameter", "Value", "Down", "Δ VEV", "Qty",
                    "Up", "Δ VEV", "Qty"), List.of(String.class, Double.class,
                    Double.class, Object.class, Object.class, Double.class, Object.class, Object.class));
            tables.add(model);
            JTable table = Tables.table(model);
            table.setName("sensitivityTable" + layer);
            table.setAutoCreateRowSorter(true);
            jtables.add(table);
            Tables.fit(table);
            JSplitPane split = Splits.create("sensitivity" + layer, JSplitPane.HORIZONTAL_SPLIT, chart,
                    new JScrollPane(table), 0.45, prefs);
            layers.addTab("Layer " + layer, split);
        }
        worstChart = exporter.panel("sensitivityTornadoWorst", () -> "sensitivity-worst-hedged");
        worstTable.setName("sensitivityWorstTable");
        worstTable.setAutoCreateRowSorter(true);
        Tables.fit(worstTable);
        layers.addTab(WORST_TAB, Splits.create("sensitivityWorst", JSplitPane.HORIZONTAL_SPLIT, worstChart,
                new JScrollPane(worstTable), WORST_CHART_SHARE, prefs));
        layers.setName("sensitivityLayers");
        installRenderers();
        root.add(bar, BorderLayout.NORTH);
        root.add(layers, BorderLayout.CENTER);
    }

    JComponent component() {
        return root;
    }

    boolean isShowing() {
        return root.isShowing();
    }

    /** The relative step chosen. */
    double step() {
        return ((Number) step.getValue()).doubleValue();
    }

    /** The sensitivity shown, or null. */
    SensitivityOutcome shown() {
        return shown;
    }

    void started() {
        progress.setValue(0);
        progress.setString("0 %");
        progress.setVisible(true);
        heading.setText("Bumping every numeric parameter …");
    }

    void progress(int done, int total) {
        int percent = total == 0 ? 100 : (int) Math.round(100.0 * done / total);
        progress.setValue(percent);
        progress.setString(done + " of " + total + " parameters");
    }

    void stopped() {
        progress.setVisible(false);
        heading.setText(shown == null ? "Not computed" : headline(shown));
        heading.setToolTipText(heading.getText());
    }

    void show(SensitivityOutcome outcome) {
        shown = outcome;
        stopped();
        Sensitivity s = outcome.sensitivity();
        for (LayerResult layer : outcome.base().layers()) {
            int i = layer.layer() - 1;
            if (i < 0 || i >= tables.size()) {
                continue;
            }
            LayerFigures base = s.baseLayer(layer.layer());
            List<ParameterSensitivity> moving = moving(s, base);
            List<List<Object>> rows = new ArrayList<>();
            for (ParameterSensitivity p : moving) {
                List<Object> row = new ArrayList<>(List.of(p.key(), p.value()));
                cells(row, p.down(), base);
                cells(row, p.up(), base);
                rows.add(row);
            }
            tables.get(i).setRows(rows);
            Tables.fit(jtables.get(i));
            layers.setTitleAt(i, "Layer " + layer.layer() + " " + layer.instrument());
        }
        List<List<Object>> worstRows = new ArrayList<>();
        for (ParameterSensitivity p : movingWorst(s)) {
            List<Object> row = new ArrayList<>(List.of(p.key(), p.value()));
            worstCells(row, p.down(), s.baseWorstHedgedUsd());
            worstCells(row, p.up(), s.baseWorstHedgedUsd());
            worstRows.add(row);
        }
        worstModel.setRows(worstRows);
        Tables.fit(worstTable);
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
        Sensitivity s = shown.sensitivity();
        for (LayerFigures base : s.base()) {
            int i = base.layer() - 1;
            if (i < 0 || i >= charts.size()) {
                continue;
            }
            DefaultCategoryDataset data = new DefaultCategoryDataset();
            String down = downLabel(s);
            String up = upLabel(s);
            int drawn = 0;
            for (ParameterSensitivity p : moving(s, base)) {
                if (drawn == TORNADO_ROWS || swing(p, base) == 0) {
                    break;
                }
                data.addValue(change(p.down(), base), down, p.key());
                data.addValue(change(p.up(), base), up, p.key());
                drawn++;
            }
            charts.get(i).setChart(WhatIfCharts.tornado(data, "Layer " + base.layer() + ": change of the target VEV"
                    + " (base " + Formats.fixed(base.vevTarget(), 2) + ", quantity " + base.quantity() + ")", "VEV",
                    "No parameter moves this layer's target VEV"));
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        int drawn = 0;
        for (ParameterSensitivity p : movingWorst(s)) {
            if (drawn == TORNADO_ROWS) {
                break;
            }
            data.addValue(worstChange(p.down(), s.baseWorstHedgedUsd()), downLabel(s), p.key());
            data.addValue(worstChange(p.up(), s.baseWorstHedgedUsd()), upLabel(s), p.key());
            drawn++;
        }
        worstChart.setChart(WhatIfCharts.tornado(data, "Hedged worst P&L at the condor's expiry: change (base "
                + Formats.usd(s.baseWorstHedgedUsd()) + ")", "USD", "No parameter moves the hedged worst P&L"));
    }

    private static String downLabel(Sensitivity s) {
        return "down (×" + Formats.fixed(1 - s.relativeStep(), 2) + " or −1)";
    }

    private static String upLabel(Sensitivity s) {
        return "up (×" + Formats.fixed(1 + s.relativeStep(), 2) + " or +1)";
    }

    /** The parameters that move the hedged worst P&amp;L, largest swing first. */
    private static List<ParameterSensitivity> movingWorst(Sensitivity s) {
        List<ParameterSensitivity> moving = new ArrayList<>();
        for (ParameterSensitivity p : s.parameters()) {
            if (worstSwing(p, s.baseWorstHedgedUsd()) > 0) {
                moving.add(p);
            }
        }
        moving.sort(Comparator.comparingDouble((ParameterSensitivity p) -> -worstSwing(p, s.baseWorstHedgedUsd())));
        return moving;
    }

    private static double worstSwing(ParameterSensitivity p, double baseWorst) {
        return largest(p, b -> worstChange(b, baseWorst));
    }

    /** The larger size of the two bumps' changes (a bump not computed counts as no change). */
    private static double largest(ParameterSensitivity p, java.util.function.Function<Bump, Double> change) {
        double max = 0;
        for (Bump b : List.of(p.down(), p.up())) {
            Double c = change.apply(b);
            if (c != null) {
                max = Math.max(max, Math.abs(c));
            }
        }
        return max;
    }

    /** The change of the hedged worst P&amp;L after {@code bump}, USD; null when the bump was not computed. */
    private static Double worstChange(Bump bump, double baseWorst) {
        return bump.worstHedgedUsd() == null ? null : bump.worstHedgedUsd() - baseWorst;
    }

    private static void worstCells(List<Object> row, Bump bump, double baseWorst) {
        row.add(bump.value());
        if (bump.worstHedgedUsd() == null) {
            row.add(bump.outcome().name().toLowerCase(Locale.ROOT));
            row.add("");
            return;
        }
        row.add(bump.worstHedgedUsd());
        row.add(worstChange(bump, baseWorst));
    }

    /** The parameters that move the layer's target or quantity, largest target swing first. */
    private static List<ParameterSensitivity> moving(Sensitivity s, LayerFigures base) {
        List<ParameterSensitivity> moving = new ArrayList<>();
        for (ParameterSensitivity p : s.parameters()) {
            if (swing(p, base) > 0 || quantitySwing(p, base) > 0) {
                moving.add(p);
            }
        }
        moving.sort(Comparator.comparingDouble((ParameterSensitivity p) -> -swing(p, base))
                .thenComparingLong(p -> -quantitySwing(p, base)));
        return moving;
    }

    private static void cells(List<Object> row, Bump bump, LayerFigures base) {
        row.add(bump.value());
        LayerFigures l = bump.layer(base.layer());
        if (l == null) {
            row.add(bump.outcome().name().toLowerCase(Locale.ROOT));
            row.add("");
            return;
        }
        row.add(l.vevTarget() - base.vevTarget());
        long dq = l.quantity() - base.quantity();
        row.add(l.quantity() + (dq == 0 ? "" : dq > 0 ? " (+" + dq + ")" : " (" + dq + ")"));
    }

    private static Double change(Bump bump, LayerFigures base) {
        LayerFigures l = bump.layer(base.layer());
        return l == null ? null : l.vevTarget() - base.vevTarget();
    }

    private static double swing(ParameterSensitivity p, LayerFigures base) {
        return largest(p, b -> change(b, base));
    }

    private static long quantitySwing(ParameterSensitivity p, LayerFigures base) {
        long max = 0;
        for (Bump b : List.of(p.down(), p.up())) {
            LayerFigures l = b.layer(base.layer());
            if (l != null) {
                max = Math.max(max, Math.abs(l.quantity() - base.quantity()));
            }
        }
        return max;
    }

    private static String headline(SensitivityOutcome o) {
        long skipped = o.sensitivity().parameters().stream()
                .flatMap(p -> List.of(p.down(), p.up()).stream())
                .filter(b -> b.outcome() != Bump.Outcome.COMPUTED).count();
        return o.base().snapshotName() + " as of " + o.base().market().asOf() + ": "
                + o.sensitivity().parameters().size() + " parameters, step ±"
                + Formats.fixed(o.sensitivity().relativeStep(), 2) + "; " + skipped
                + " bumps not computed (refused by the validator, unusable, or a zero)";
    }

    /** Right-aligned, six significant digits without trailing zeros (parameter values and quantities). */
    private static DefaultTableCellRenderer significant() {
        return new DefaultTableCellRenderer() {
            @Override
            protected void setValue(Object value) {
                setHorizontalAlignment(SwingConstants.RIGHT);
                setText(value instanceof Double d && Double.isFinite(d)
                        ? new BigDecimal(d).round(new MathContext(6)).stripTrailingZeros().toPlainString()
                        : value == null ? "" : value.toString());
            }
        };
    }

    private void installRenderers() {
        for (JTable table : jtables) {
            for (int c = 1; c < table.getColumnCount(); c++) {
                boolean change = c == 3 || c == 6;
                table.getColumnModel().getColumn(c).setCellRenderer(change ? Tables.numbers(2) : significant());
            }
            Tables.widths(table, 200, 60, 60, 75, 60, 60, 75, 60);
        }
        for (int c = 1; c < worstTable.getColumnCount(); c++) {
            boolean usd = c == 3 || c == 4 || c == 6 || c == 7;
            worstTable.getColumnModel().getColumn(c).setCellRenderer(usd ? Tables.usd() : significant());
        }
        Tables.widths(worstTable, 200, 55, 55, 105, 95, 55, 105, 95);
    }
}
