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

    private final JPanel root = new JPanel(new BorderLayout());
    private final JComboBox<String> units = new JComboBox<>(new String[] {VEV, SPX_VEGA});
    private final ChartPanel chart;
    private final HedgeSheetModel sheet = new HedgeSheetModel();
    private final JTable table = new JTable(sheet);
    private final JPanel summary = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 0));
    private final JLabel hedgeBase = figure("layersHedgeBase");
    private final JLabel hedgeCost = figure("layersHedgeCost");
    private final JLabel residual = figure("layersResidual");
    private final JLabel returnOnRisk = figure("layersReturnOnRisk");
    private final JLabel hedgedReturnOnRisk = figure("layersHedgedReturnOnRisk");
    private final JLabel hedgedShare = figure("layersHedgedShare");
    private final JLabel rolls = new JLabel();
    private AlvhResult result;

    LayersView(ChartExporter exporter, UiPrefs prefs) {
        chart = exporter.panel("layersChart", () -> "layers-" + (result == null ? "" : result.market().asOf()));
        units.setName("layersUnits");
        units.addActionListener(e -> drawChart());
        JPanel top = new JPanel(new BorderLayout());
        JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEFT, 8, 4));
        bar.add(new JLabel("Units:"));
        bar.add(units);
        top.add(bar, BorderLayout.NORTH);
        top.add(chart, BorderLayout.CENTER);

        table.setName("hedgeSheetTable");
        table.setAutoResizeMode(JTable.AUTO_RESIZE_LAST_COLUMN);
        table.setFillsViewportHeight(true);
        installRenderers();
        Tables.widths(table, 80, 45, 110, 90, 80, 45, 65, 80, 100, 80, 85, 100, 55, 300);
        Tables.minWidths(table, 75, 40, 95, 85, 60, 40, 60, 70, 90, 70, 80, 95, 50, 150);
        JPanel bottom = new JPanel(new BorderLayout());
        JScrollPane scroll = new JScrollPane(table);
        bottom.add(scroll, BorderLayout.CENTER);
        summary.setName("layersSummary");
        summary.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
        // plain labels, not one HTML label: HTML layout cost several ms of the event thread on every result
        summary.add(new JLabel("Hedge base H "));
        summary.add(hedgeBase);
        summary.add(new JLabel(" VEV    Hedge cost "));
        summary.add(hedgeCost);
        summary.add(new JLabel("    Residual VEV "));
        summary.add(residual);
        summary.add(new JLabel("    Return on risk "));
        summary.add(returnOnRisk);
        summary.add(new JLabel(" → hedged "));
        summary.add(hedgedReturnOnRisk);
        summary.add(new JLabel("    Hedged "));
        summary.add(hedgedShare);
        summary.add(new JLabel(" of the condor's VEV    "));
        rolls.setName("layersRolls");
        rolls.setForeground(ChartTheme.color("Alvh.chart.negative"));
        summary.add(rolls);
        bottom.add(summary, BorderLayout.SOUTH);
        JSplitPane split = Splits.create("layers", JSplitPane.VERTICAL_SPLIT, top, bottom, 0.5, prefs);
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
        hedgeCost.setText(Formats.usd(result.hedgeCostUsd()));
        residual.setText(Formats.fixed(result.residualVev(), 2));
        returnOnRisk.setText(Formats.percent(result.condor().returnOnRisk(), 2));
        hedgedReturnOnRisk.setText(Formats.percent(result.hedgedReturnOnRisk(), 2));
        hedgedShare.setText(result.risk().percentHedged() == null ? Formats.UNAVAILABLE
                : Formats.percent(result.risk().percentHedged(), 1));
        rolls.setText(String.join("; ", result.layersToRoll().stream().map(l -> "layer " + l.layer() + " "
                + l.instrument() + " expires " + l.expiry() + ", before the condor (" + result.condor().expiry()
                + "): roll by " + l.expiry()).toList()));
        drawChart();
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
                case 7 -> 4;
                default -> 2;
            };
            DefaultTableCellRenderer base = table.getModel().getColumnClass(c) == Double.class
                    ? Tables.numbers(decimals) : new DefaultTableCellRenderer();
            TableCellRenderer greyed = Tables.greyed(base, sheet::inactive);
            table.getColumnModel().getColumn(c).setCellRenderer((t, value, selected, focus, row, column) -> {
                base.setToolTipText(column == 13 && value != null ? value.toString() : null);
                return greyed.getTableCellRendererComponent(t, value, selected, focus, row, column);
            });
        }
    }
}
