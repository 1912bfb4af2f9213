package org.alvh.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Paint;

import javax.swing.BorderFactory;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.TableCellRenderer;

import org.alvh.calc.AlvhResult;
import org.alvh.calc.VegaProfile;
import org.jfree.chart.ChartPanel;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Layers (Ctrl+1): the vega of the condor, each layer and the residual (in VEV or in SPX vega at the
 * condor's tenor) above the hedge sheet. Inactive layers are greyed, their reason in the rationale.
 */
final class LayersView implements ResultView {
    static final String VEV = "VEV ($ per VIX point)";
    static final String SPX_VEGA = "SPX vega ($ per vol point, condor tenor)";
    /** What the NET row's two VEV cells hold (the sheet keeps H and the residual in the VEV columns). */
    static final String NET_NOTE = "NET row: VEV target holds the hedge base H, VEV achieved the residual VEV "
            + "(condor VEV + Σ achieved), Cost the total hedge cost";
    private static final int TARGET_COLUMN = 10;
    private static final int ACHIEVED_COLUMN = 11;
    private static final int RATIONALE_COLUMN = 13;

    private final JPanel root = new JPanel(new BorderLayout());
    private final JComboBox<String> units = new JComboBox<>(new String[] {VEV, SPX_VEGA});
    private final ChartPanel chart;
    private final HedgeSheetModel sheet = new HedgeSheetModel();
    private final JTable table = Tables.table(sheet);
    /** One row each: the VEV figures, the money figures, the rolls due (hidden when none). */
    private final JPanel summary = new JPanel();
    private final JLabel parametersLabel = new JLabel();
    private final JTextArea rationale = new JTextArea(5, 40);
    private final JLabel hedgeBase = figure("layersHedgeBase");
    private final JLabel achieved = figure("layersAchieved");
    private final JLabel hedged = figure("layersHedged");
    private final JLabel rolls = new JLabel();
    private final JPanel rollRow = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 2));
    private final JLabel hedgeCost = figure("layersHedgeCost");
    private final JLabel residual = figure("layersResidual");
    private final JLabel returnOnRisk = figure("layersReturnOnRisk");
    private final JLabel hedgedReturnOnRisk = figure("layersHedgedReturnOnRisk");
    private AlvhResult result;

    LayersView(ChartExporter exporter, UiPrefs prefs) {
        chart = exporter.panel("layersChart", () -> "layers-" + (result == null ? "" : result.market().asOf()));
        units.setName("layersUnits");
        units.addActionListener(e -> drawChart());
        JPanel top = new JPanel(new BorderLayout());
        JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEFT, 8, 4));
        JLabel unitsLabel = new JLabel("Chart units:");
        unitsLabel.setToolTipText("Applies to the chart only; the table and the figures below are in VEV "
                + "($ per VIX point)");
        units.setToolTipText(unitsLabel.getToolTipText());
        bar.add(unitsLabel);
        bar.add(units);
        parametersLabel.setName("layersParameters");
        bar.add(parametersLabel);
        top.add(bar, BorderLayout.NORTH);
        top.add(chart, BorderLayout.CENTER);

        table.setName("hedgeSheetTable");
        table.setAutoResizeMode(JTable.AUTO_RESIZE_LAST_COLUMN);
        table.setFillsViewportHeight(true);
        table.getTableHeader().setToolTipText(NET_NOTE);
        // the 4 legs, 3 layers and NET all in view
        table.setPreferredScrollableViewportSize(new java.awt.Dimension(600, 8 * table.getRowHeight() + 14));
        installRenderers();
        Tables.widths(table, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 150);
        Tables.capFit(table, RATIONALE_COLUMN, 150); // in full in the rationale pane below
        JPanel bottom = new JPanel(new BorderLayout());
        JScrollPane scroll = new JScrollPane(table);
        bottom.add(scroll, BorderLayout.CENTER);
        rationale.setName("layersRationale");
        rationale.setEditable(false);
        rationale.setLineWrap(true);
        rationale.setWrapStyleWord(true);
        rationale.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        summary.setName("layersSummary");
        summary.setLayout(new javax.swing.BoxLayout(summary, javax.swing.BoxLayout.Y_AXIS));
        summary.setBorder(BorderFactory.createEmptyBorder(4, 8, 6, 8));
        // plain labels, not one HTML label: HTML layout cost several ms of the event thread on every result
        JPanel vega = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 2));
        vega.add(new JLabel("Hedge base H "));
        vega.add(hedgeBase);
        vega.add(new JLabel(" VEV    Achieved Σ "));
        vega.add(achieved);
        vega.add(new JLabel(" VEV = "));
        vega.add(hedged);
        vega.add(new JLabel(" hedged    Residual VEV "));
        vega.add(residual);
        hedged.setToolTipText("% hedged = Σ achieved VEV of the layers / H (unavailable when H = 0)");
        JPanel money = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 2));
        money.add(new JLabel("Hedge cost "));
        money.add(hedgeCost);
        money.add(new JLabel("    Return on risk "));
        money.add(returnOnRisk);
        money.add(new JLabel(" unhedged → "));
        money.add(hedgedReturnOnRisk);
        money.add(new JLabel(" hedged"));
        summary.add(vega);
        summary.add(money);
        rolls.setName("layersRolls");
        rolls.setForeground(ChartTheme.color("Alvh.chart.negative"));
        rollRow.add(rolls);
        summary.add(rollRow);
        JPanel south = new JPanel(new BorderLayout());
        JScrollPane rationaleScroll = new JScrollPane(rationale);
        rationaleScroll.setBorder(BorderFactory.createMatteBorder(1, 0, 0, 0,
                javax.swing.UIManager.getColor("Component.borderColor")));
        south.add(rationaleScroll, BorderLayout.CENTER);
        south.add(summary, BorderLayout.SOUTH);
        bottom.add(south, BorderLayout.SOUTH);
        JSplitPane split = Splits.bottomFitted("layers", top, bottom, 180, 0.5, prefs);
        root.add(split, BorderLayout.CENTER);
    }

    @Override
    public String title() {
        return "Layers";
    }

    @Override
    public JComponent component() {
        return root;
    }

    @Override
    public void show(AlvhResult result) {
        this.result = result;
        sheet.show(result);
        hedgeBase.setText(Formats.fixed(result.hedgeBase(), 2));
        achieved.setText(Formats.fixed(result.risk().achievedVev(), 2));
        Double share = result.risk().percentHedged();
        hedged.setText(share == null ? Formats.UNAVAILABLE + " (H = 0)" : Formats.percent(share, 1));
        hedgeCost.setText(Formats.usd(result.hedgeCostUsd()));
        residual.setText(Formats.fixed(result.residualVev(), 2));
        returnOnRisk.setText(Formats.percent(result.condor().returnOnRisk(), 2));
        hedgedReturnOnRisk.setText(Formats.percent(result.hedgedReturnOnRisk(), 2));
        java.util.List<String> due = result.layersToRoll().stream().map(l -> "Layer " + l.layer() + " " + l.instrument()
                + " expires " + l.expiry() + ", before the condor (" + result.condor().expiry() + "): roll by "
                + l.expiry()).toList();
        // one line per layer to roll (HTML only then: it costs layout time on every result)
        rolls.setText(due.size() > 1 ? "<html>" + String.join("<br>", due) + "</html>" : String.join("", due));
        rollRow.setVisible(!due.isEmpty());
        showParameters(ParameterChanges.of(result.config()));
        rationale.setText(rationaleText());
        rationale.setCaretPosition(0);
        Tables.fit(table);
        drawChart();
    }

    /** "Parameters: defaults", or the changed keys (all of them in the tooltip). */
    private void showParameters(java.util.List<String> changes) {
        if (changes.isEmpty()) {
            parametersLabel.setText("Parameters: defaults");
            parametersLabel.setToolTipText(null);
            parametersLabel.putClientProperty(com.formdev.flatlaf.FlatClientProperties.STYLE, null);
        } else {
            String first = changes.get(0) + (changes.size() > 1 ? " and " + (changes.size() - 1) + " more" : "");
            parametersLabel.setText("Parameters: edited, " + first);
            parametersLabel.setToolTipText("<html>" + String.join("<br>", changes.stream()
                    .map(c -> c.replace("&", "&amp;").replace("<", "&lt;")).toList()) + "</html>");
            parametersLabel.putClientProperty(com.formdev.flatlaf.FlatClientProperties.STYLE,
                    "font: bold; foreground: $Alvh.accent");
        }
    }

    /** Every row's rationale in full, wrapped (the table column shows the start of each). */
    String rationaleText() {
        StringBuilder sb = new StringBuilder();
        for (int row = 0; row < sheet.getRowCount(); row++) {
            Object section = sheet.getValueAt(row, 0);
            Object text = sheet.getValueAt(row, RATIONALE_COLUMN);
            if ("HEDGE".equals(section)) {
                Object layer = sheet.getValueAt(row, 1);
                sb.append("Layer ").append(layer instanceof Number n ? n.intValue() : layer)
                        .append(sheet.inactive(row) ? " (inactive): " : ": ").append(text).append('\n');
            } else if ("NET".equals(section)) {
                sb.append("NET: ").append(text).append(". In the table, VEV "
                        + "target holds the hedge base H, VEV achieved the residual, Cost the total hedge cost.");
            }
        }
        return sb.toString();
    }

    @Override
    public void themeChanged() {
        installRenderers();
        drawChart();
    }

    private static JLabel figure(String name) {
        JLabel label = new JLabel("–");
        label.setName(name);
        label.putClientProperty("FlatLaf.style", "font: bold");
        return label;
    }

    private void drawChart() {
        if (result == null) {
            return;
        }
        VegaProfile profile = VegaProfile.of(result);
        boolean vev = units.getSelectedIndex() == 0;
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (VegaProfile.Bar bar : profile.bars()) {
            String label = bar.active() ? bar.label() : bar.label() + " (inactive)";
            data.addValue(vev ? bar.vev() : bar.spxVega(), "achieved", label);
            data.addValue(vev ? bar.vevTarget() : bar.spxVegaTarget(), "target", label);
        }
        Paint[] paints = new Paint[profile.bars().size()];
        for (int i = 0; i < paints.length; i++) {
            VegaProfile.Bar bar = profile.bars().get(i);
            String key = bar.layer() > 0 ? "Alvh.chart.layer" + bar.layer()
                    : i == 0 ? "Alvh.chart.condor" : "Alvh.chart.residual";
            paints[i] = bar.active() ? ChartTheme.color(key) : ChartTheme.color("Alvh.inactive.foreground");
        }
        chart.setChart(Charts.vegaByLayer(data, "Vega by layer", vev ? VEV : SPX_VEGA, i -> paints[i]));
    }

    /**
     * Number columns right-aligned, the rationale as a tooltip, inactive layers greyed. Again on a theme change:
     * the wrapped renderers are not in the component tree, so the look and feel does not update them.
     */
    private void installRenderers() {
        for (int c = 0; c < table.getColumnCount(); c++) {
            int decimals = switch (c) {
                case 1, 6 -> 0;
                case 7 -> 2;
                default -> 2;
            };
            DefaultTableCellRenderer base = table.getModel().getColumnClass(c) == Double.class
                    ? Tables.numbers(decimals) : new DefaultTableCellRenderer();
            TableCellRenderer greyed = Tables.greyed(base, sheet::inactive);
            int modelColumn = c;
            table.getColumnModel().getColumn(c).setCellRenderer((t, value, selected, focus, row, column) -> {
                boolean net = "NET".equals(sheet.getValueAt(t.convertRowIndexToModel(row), 0));
                Object shown = value;
                base.setToolTipText(modelColumn == RATIONALE_COLUMN && shown != null ? shown.toString()
                        : net && (modelColumn == TARGET_COLUMN || modelColumn == ACHIEVED_COLUMN) ? NET_NOTE : null);
                java.awt.Component cell = greyed.getTableCellRendererComponent(t, shown, selected, focus, row, column);
                if (net && value != null && cell instanceof JLabel label) {
                    if (modelColumn == TARGET_COLUMN) {
                        label.setText("H " + label.getText());
                    } else if (modelColumn == ACHIEVED_COLUMN) {
                        label.setText("residual " + label.getText());
                    }
                }
                return cell;
            });
        }
    }
}
