package org.alvh.ui;

import java.awt.BorderLayout;
import java.time.LocalDate;

import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;

import org.alvh.calc.AlvhResult;
import org.alvh.calc.SeriesPoint;
import org.alvh.calc.TriggerLine;
import org.jfree.chart.ChartPanel;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * Weighted beta (Ctrl+2): the §2.5 series (raw, adjusted, smoothed, baseline) with the layer-3 trigger line
 * where it means something and β*(T), the MACD histogram below; the §2.6 factors beside it.
 */
final class WeightedBetaView implements ResultView {
    private final JPanel root = new JPanel(new BorderLayout());
    private final ChartPanel chart;
    private final Tables.RowModel factorRows = FactorsModel.empty();
    private final JTable factors = Tables.table(factorRows);
    private final javax.swing.JTextArea detail = Tables.wrapping("Select a row to read its rule in full.", false);
    private JSplitPane split;
    private AlvhResult result;
    private static final int RULE_COLUMN = 3;

    WeightedBetaView(ChartExporter exporter, UiPrefs prefs) {
        chart = exporter.panel("betaChart", () -> "weighted-beta-" + (result == null ? "" : result.market().asOf()));
        factors.setName("factorsTable");
        factors.setFillsViewportHeight(true);
        Tables.widths(factors, 150, 90, 70, 200);
        Tables.capFit(factors, RULE_COLUMN, 200); // the whole rule is in the detail below and the tooltip
        Tables.tooltips(factors);
        factors.getSelectionModel().addListSelectionListener(e -> showDetail());
        detail.setName("factorsDetail");
        detail.setBorder(BorderFactory.createEmptyBorder(4, 2, 0, 2));
        JPanel side = new JPanel(new BorderLayout(0, 6));
        side.setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
        side.add(Tables.heading("Confirmations (METHOD §2.6)"), BorderLayout.NORTH);
        side.add(new JScrollPane(factors), BorderLayout.CENTER);
        side.add(detail, BorderLayout.SOUTH);
        split = Splits.create("beta", JSplitPane.HORIZONTAL_SPLIT, chart, side, 0.5, prefs);
        root.add(split, BorderLayout.CENTER);
    }

    @Override
    public String title() {
        return "Weighted beta";
    }

    @Override
    public JComponent component() {
        return root;
    }

    @Override
    public void show(AlvhResult result) {
        this.result = result;
        factorRows.setRows(FactorsModel.rows(result));
        Tables.fit(factors);
        // the confirmations side by side in full (the rule capped); the chart keeps at least 460 pixels
        Splits.ensureWidth(split, Splits.Side.SECOND, Splits.tableWidth(factors) + 12, 460);
        showDetail();
        drawChart();
    }

    /** The selected confirmation (else the first) in full: figure, value, result and rule. */
    private void showDetail() {
        int row = Math.max(factors.getSelectedRow(), 0);
        if (row >= factors.getRowCount()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (int c = 0; c < factors.getColumnCount(); c++) {
            Object value = factors.getValueAt(row, c);
            if (value != null && !value.toString().isBlank()) {
                text.append(text.length() == 0 ? "" : c == 1 ? ": " : "  —  ").append(value);
            }
        }
        detail.setText(text.toString());
    }

    @Override
    public void themeChanged() {
        drawChart();
    }

    private void drawChart() {
        if (result == null) {
            return;
        }
        TimeSeries raw = new TimeSeries("β_w raw");
        TimeSeries adjusted = new TimeSeries("β_adj adjusted");
        TimeSeries smoothed = new TimeSeries("β_s smoothed");
        TimeSeries baseline = new TimeSeries("β_base baseline");
        TimeSeries hist = new TimeSeries("histogram");
        TimeSeries shift = new TimeSeries("shift (MACD)");
        TimeSeries signal = new TimeSeries("signal");
        for (SeriesPoint p : result.beta().series()) {
            Day d = day(p.date());
            raw.add(d, p.weightedBeta());
            adjusted.add(d, p.adjusted());
            smoothed.add(d, p.smoothed());
            baseline.add(d, p.baseline());
            hist.add(d, p.hist());
            shift.add(d, p.shift());
            signal.add(d, p.signal());
        }
        TriggerLine line = TriggerLine.of(result);
        TimeSeries trigger = new TimeSeries(line.label());
        line.points().forEach(p -> trigger.add(day(p.date()), p.level()));
        TimeSeries effective = new TimeSeries("β*(T) = " + Formats.fixed(result.effective().effective(), 4));
        effective.add(day(result.market().asOf()), result.effective().effective());

        TimeSeriesCollection betas = collection(raw, adjusted, smoothed, baseline);
        TimeSeriesCollection histogram = collection(hist);
        histogram.setXPosition(org.jfree.data.time.TimePeriodAnchor.MIDDLE);
        String subtitle = "MACD(" + result.config().smoothing().fast() + ", " + result.config().smoothing().slow()
                + ", " + result.config().smoothing().signal() + ") on β_adj; " + line.label();
        chart.setChart(Charts.weightedBeta(betas, collection(trigger), collection(effective), histogram,
                collection(shift, signal), subtitle));
    }

    private static TimeSeriesCollection collection(TimeSeries... series) {
        TimeSeriesCollection c = new TimeSeriesCollection();
        for (TimeSeries s : series) {
            c.addSeries(s);
        }
        return c;
    }

    private static Day day(LocalDate d) {
        return new Day(d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }
}
