package org.alvh.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.swing.BorderFactory;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.table.DefaultTableModel;

import org.alvh.calc.AlvhResult;
import org.alvh.calc.BookRisk;
import org.alvh.calc.Greeks;
import org.alvh.calc.ScenarioMatrix;
import org.alvh.calc.ScenarioPnl;
import org.alvh.format.Numbers;
import org.alvh.io.AtomicFiles;
import org.alvh.io.ScenarioGridCsv;
import org.jfree.chart.ChartPanel;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * Risk: the book under stress (METHOD.md §8.1, §9). The scenario grid as a heat map (rows the SPX move,
 * columns the VIX move, colour the P&amp;L of the hedged book, the condor alone or one layer, at a chosen
 * horizon; hovering a cell lists every component), the greeks of the condor and of the hedged book, the
 * worst points and break-evens of the coordinated path, and the historical shocks. Every number is read from
 * the result, the same figures as the audit's {@code risk} and {@code scenarios}.
 */
final class RiskView implements ResultView {
    private JTable table;
    private JTable shockTable;
    private JSplitPane bottom;
    static final String[] COMPONENTS = {"Hedged book", "Condor alone", "Layer 1", "Layer 2", "Layer 3"};

    private final JPanel root = new JPanel(new BorderLayout());
    private final JComboBox<String> component = new JComboBox<>(COMPONENTS);
    private final JComboBox<String> horizon = new JComboBox<>();
    private final ChartPanel heatMap;
    private final ChartPanel shocks;
    private final DefaultTableModel greeks = new DefaultTableModel(new Object[] {"Greek", "Condor", "Hedged book"}, 0) {
        @Override
        public boolean isCellEditable(int row, int column) {
            return false;
        }
    };
    private final DefaultTableModel shockRows = new DefaultTableModel(new Object[] {"Historical shock", "Days",
        "SPX", "VIX (pt)", "Condor (USD)", "Hedged (USD)"}, 0) {
        @Override
        public boolean isCellEditable(int row, int column) {
            return false;
        }
    };
    private final JLabel stress = new JLabel();
    private final FileDialogs dialogs;
    private final ErrorPresenter presenter;
    private final List<Integer> horizons = new ArrayList<>();
    private AlvhResult result;
    private boolean filling;

    RiskView(ChartExporter exporter, UiPrefs prefs, FileDialogs dialogs, ErrorPresenter presenter) {
        this.dialogs = dialogs;
        this.presenter = presenter;
        heatMap = exporter.panel("riskHeatMap", () -> "risk-grid-" + (result == null ? "" : result.market().asOf()));
        shocks = exporter.panel("riskShocks", () -> "risk-shocks-" + (result == null ? "" : result.market().asOf()));
        component.setName("riskComponent");
        horizon.setName("riskHorizon");
        component.addActionListener(e -> drawHeatMap());
        horizon.addActionListener(e -> {
            if (!filling) {
                drawHeatMap();
            }
        });
        JButton exportGrid = new JButton("Export grid CSV…");
        exportGrid.setName("riskExportGrid");
        exportGrid.addActionListener(e -> exportGrid());
        JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEFT, 8, 4));
        bar.add(new JLabel("Colour:"));
        bar.add(component);
        bar.add(new JLabel("Horizon:"));
        bar.add(horizon);
        bar.add(exportGrid);
        JPanel top = new JPanel(new BorderLayout());
        top.add(bar, BorderLayout.NORTH);
        top.add(heatMap, BorderLayout.CENTER);

        table = Tables.table(greeks);
        table.setName("riskGreeks");
        table.setFillsViewportHeight(true);
        Tables.widths(table, 150, 80, 80); // widened to the content on each result (Tables.fit)
        stress.setName("riskStress");
        stress.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
        stress.setVerticalAlignment(JLabel.TOP);
        JPanel left = new JPanel(new BorderLayout());
        left.add(new JScrollPane(table), BorderLayout.CENTER);
        left.add(stress, BorderLayout.SOUTH);
        shockTable = Tables.table(shockRows);
        shockTable.setName("riskShockTable");
        shockTable.setFillsViewportHeight(true);
        Tables.widths(shockTable, 120, 40, 50, 50, 70, 70);
        JSplitPane right = Splits.create("risk.shocks", JSplitPane.VERTICAL_SPLIT, new JScrollPane(shockTable), shocks,
                0.42, prefs);
        bottom = Splits.create("risk.bottom", JSplitPane.HORIZONTAL_SPLIT, left, right, 0.4, prefs);
        root.add(Splits.create("risk", JSplitPane.VERTICAL_SPLIT, top, bottom, 0.52, prefs), BorderLayout.CENTER);
    }

    @Override
    public String title() {
        return "Risk";
    }

    @Override
    public JComponent component() {
        return root;
    }

    @Override
    public void show(AlvhResult r) {
        this.result = r;
        fillHorizons(r);
        BookRisk risk = r.risk();
        greeks.setRowCount(0);
        greekRow("Delta (USD / SPX pt)", risk.condor().delta(), risk.hedged().delta(), 2);
        greekRow("Gamma (USD / pt²)", risk.condor().gamma(), risk.hedged().gamma(), 4);
        greekRow("VEV (USD / VIX pt)", risk.condor().vev(), risk.hedged().vev(), 2);
        greekRow("Theta (USD/day, with roll-down)", risk.condor().thetaPerDay(),
                risk.hedged().thetaPerDay(), 2);
        stress.setText(stressText(risk));
        Tables.fit(table);
        // the greeks in full beside the historical shocks, which keep at least 560 pixels
        Splits.ensureWidth(bottom, Splits.Side.FIRST, Splits.tableWidth(table), 520);
        drawHeatMap();
        drawShocks();
    }

    @Override
    public void themeChanged() {
        drawHeatMap();
        drawShocks();
    }

    /** The grid shown now (for tests): the horizon and component selected. */
    ScenarioMatrix shownMatrix() {
        int h = horizons.get(Math.max(0, horizon.getSelectedIndex()));
        return ScenarioMatrix.of(result.scenarios(), result.config().scenario().spxMoves(),
                result.config().scenario().vixMoves(), h);
    }

    private void fillHorizons(AlvhResult r) {
        int previous = horizon.getSelectedIndex();
        filling = true;
        horizons.clear();
        horizons.addAll(r.scenarios().horizons());
        DefaultComboBoxModel<String> model = new DefaultComboBoxModel<>();
        for (int h : horizons) {
            model.addElement(h == 0 ? "now" : h == r.risk().condorDays() ? "condor expiry (+" + h + " d)" : "+" + h + " d");
        }
        horizon.setModel(model);
        horizon.setSelectedIndex(previous >= 0 && previous < horizons.size() ? previous : 0);
        filling = false;
    }

    private void greekRow(String name, double condor, double hedged, int decimals) {
        greeks.addRow(new Object[] {name, Numbers.grouped(condor, decimals), Numbers.grouped(hedged, decimals)});
    }

    private static String stressText(BookRisk risk) {
        String breakEvens = risk.hedgedBreakEvens().isEmpty() ? "none"
                : String.join(", ", risk.hedgedBreakEvens().stream().map(RiskView::percentMove).toList());
        return "<html>% hedged: " + (risk.percentHedged() == null ? Numbers.UNAVAILABLE
                : Numbers.percent(risk.percentHedged(), 1)) + " of the condor's VEV<br>"
                + "Coordinated path at the condor's expiry (" + risk.condorDays() + " d): worst unhedged "
                + Numbers.usd(risk.worstUnhedgedUsd()) + " at " + percentMove(risk.worstUnhedgedAtSpxMove())
                + ", worst hedged " + Numbers.usd(risk.worstHedgedUsd()) + " at "
                + percentMove(risk.worstHedgedAtSpxMove()) + "<br>Hedged break-evens: " + breakEvens + "</html>";
    }

    private static String percentMove(double move) {
        return (move > 0 ? "+" : "") + Numbers.fixed(move, 2) + " %";
    }

    private void drawHeatMap() {
        if (result == null || horizons.isEmpty()) {
            return;
        }
        ScenarioMatrix m = shownMatrix();
        ScenarioMatrix.Component c = ScenarioMatrix.Component.values()[component.getSelectedIndex()];
        int rows = m.spxMoves().size();
        int columns = m.vixMoves().size();
        double[][] xyz = new double[3][rows * columns];
        String[][] labels = new String[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int col = 0; col < columns; col++) {
                int i = r * columns + col;
                double v = c.of(m.cells().get(r).get(col));
                xyz[0][i] = col;
                xyz[1][i] = r;
                xyz[2][i] = v;
                labels[r][col] = Numbers.fixed(v / 1000, 1) + "k";
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(COMPONENTS[c.ordinal()], xyz);
        List<String> vix = m.vixMoves().stream().map(v -> (v > 0 ? "+" : "") + Numbers.shortest(v)).toList();
        List<String> spx = m.spxMoves().stream().map(RiskView::percentMove).toList();
        String subtitle = COMPONENTS[c.ordinal()] + " P&L (USD thousands) at " + horizon.getSelectedItem()
                + "; S " + Numbers.fixed(result.scenarios().spot(), 2) + ", VIX " + Numbers.fixed(result.scenarios().vix(), 2)
                + " (floor " + Numbers.shortest(result.scenarios().vixFloor()) + ")";
        heatMap.setChart(RiskCharts.heatMap(data, vix, spx, m.maxAbs(c), labels,
                (dataset, series, item) -> tooltip(m.cells().get(item / columns).get(item % columns)),
                "Scenario grid (METHOD §9)", subtitle));
    }

    private static String tooltip(ScenarioPnl p) {
        return "<html>SPX " + percentMove(p.scenario().spxMove()) + " → " + Numbers.fixed(p.spot(), 2) + ", VIX "
                + Numbers.shortest(p.scenario().vixMove()) + " pt → " + Numbers.fixed(p.vix(), 2) + ", +"
                + p.scenario().days() + " d<br>condor " + Numbers.usd(p.condorUsd()) + "<br>layer 1 "
                + Numbers.usd(p.layersUsd().get(0)) + "<br>layer 2 " + Numbers.usd(p.layersUsd().get(1))
                + "<br>layer 3 " + Numbers.usd(p.layersUsd().get(2)) + "<br>hedged " + Numbers.usd(p.hedgedUsd())
                + "</html>";
    }

    private void drawShocks() {
        if (result == null) {
            return;
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        shockRows.setRowCount(0);
        for (ScenarioPnl p : result.scenarios().historical()) {
            shockRows.addRow(new Object[] {p.name(), p.scenario().days(), percentMove(p.scenario().spxMove()),
                Numbers.shortest(p.scenario().vixMove()), Numbers.grouped(p.condorUsd(), 0),
                Numbers.grouped(p.hedgedUsd(), 0)});
            data.addValue(p.condorUsd(), "Condor alone", p.name());
            data.addValue(p.hedgedUsd(), "Hedged book", p.name());
        }
        shocks.setChart(RiskCharts.shocks(data));
        Tables.fit(shockTable);
    }

    private void exportGrid() {
        if (result == null) {
            return;
        }
        Path target = dialogs.saveFile(root, "Export the scenario grid", "scenarios-" + result.market().asOf(), "csv");
        if (target == null) {
            return;
        }
        byte[] bytes = ScenarioGridCsv.toCsv(result.scenarios());
        Background.run(root, presenter, "exporting the scenario grid", () -> {
            AtomicFiles.write(target, bytes);
            return target;
        }, p -> { });
    }
}
