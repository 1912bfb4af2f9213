package org.alvh.ui;

import java.awt.BasicStroke;
import java.text.SimpleDateFormat;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYDataset;

/**
 * The replay's layer chart (METHOD.md §10.4), drawn under the equity chart on the same kind of date axis: each
 * layer's quantity (structures; a variance swap's vega notional in USD), each layer's mark in USD, β* and the
 * shift score z with the layer-3 threshold line, and a dashed vertical marker at each date layer 3 was opened.
 * Styles only: the datasets come from {@link ReplayDatasets}.
 */
final class ReplayCharts {
    private ReplayCharts() {
    }

    /**
     * @param threshold   the layer-3 shift-score threshold drawn on the z plot; null when the trigger is not a z-score
     * @param layer3Opens the dates (epoch milliseconds, UTC midnight) layer 3 was opened
     */
    static JFreeChart layers(XYDataset quantity, XYDataset marks, XYDataset betaStar, XYDataset shiftScore,
                             Double threshold, List<Long> layer3Opens, String subtitle) {
        DateAxis dates = new DateAxis(null);
        dates.setDateFormatOverride(new SimpleDateFormat("yyyy-MM", Locale.ROOT));
        StandardXYToolTipGenerator tips = new StandardXYToolTipGenerator("{0} {1}: {2}",
                new SimpleDateFormat("yyyy-MM-dd", Locale.ROOT), Charts.numbers(2));
        XYPlot qty = plot(quantity, "quantity", 0, tips, 2);
        XYPlot mark = plot(marks, "mark USD", 0, tips, 2);
        mark.getRenderer().setDefaultSeriesVisibleInLegend(false); // the same three layers as the quantities
        XYPlot beta = plot(betaStar, "β*", 2, tips, 5);
        XYPlot z = plot(shiftScore, "shift z", 2, tips, 6);
        if (threshold != null) {
            z.getRangeAxis().setLabel("z, " + Charts.numbers(2).format(threshold)); // short: the subplot is low
            z.addRangeMarker(new ValueMarker(threshold, ChartTheme.color("Alvh.chart.text"), new BasicStroke(1f)));
        }
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(dates);
        for (XYPlot p : List.of(qty, mark, beta, z)) {
            for (long x : layer3Opens) {
                p.addDomainMarker(new ValueMarker(x, ChartTheme.series(3), new BasicStroke(1f, BasicStroke.CAP_BUTT,
                        BasicStroke.JOIN_MITER, 10f, new float[] {3f, 3f}, 0f)));
            }
            plot.add(p, 1);
        }
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.addSubtitle(new TextTitle(subtitle));
        ChartTheme.apply(chart);
        return chart;
    }

    private static XYPlot plot(XYDataset data, String label, int decimals, StandardXYToolTipGenerator tips,
                               int firstColour) {
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(false);
        axis.setNumberFormatOverride(Charts.numbers(decimals));
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setDrawSeriesLineAsPath(true);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            r.setSeriesPaint(i, ChartTheme.series(firstColour + i));
            r.setSeriesStroke(i, new BasicStroke(1.4f));
        }
        r.setDefaultToolTipGenerator(tips);
        return new XYPlot(data, null, axis, r);
    }
}
