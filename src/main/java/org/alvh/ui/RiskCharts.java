package org.alvh.ui;

import java.awt.Color;
import java.awt.Paint;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYZDataset;

/** The Risk view's charts: the scenario heat map and the historical shocks' bars. They style, never compute. */
final class RiskCharts {
    private RiskCharts() {
    }

    /**
     * A heat map of P&amp;L: x the VIX move (column index), y the SPX move (row index), z the P&amp;L in USD;
     * red for losses, green for gains, white at 0, full colour at ±{@code scale}. Each cell states its value in
     * thousands of USD ({@code labels[row][column]}).
     */
    static JFreeChart heatMap(XYZDataset data, List<String> vixLabels, List<String> spxLabels, double scale,
                              String[][] labels, XYToolTipGenerator tips, String title, String subtitle) {
        SymbolAxis x = new SymbolAxis("VIX move (points)", vixLabels.toArray(String[]::new));
        SymbolAxis y = new SymbolAxis("SPX move", spxLabels.toArray(String[]::new));
        x.setGridBandsVisible(false);
        y.setGridBandsVisible(false);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(new Diverging(scale));
        renderer.setDefaultToolTipGenerator(tips);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        for (int row = 0; row < labels.length; row++) {
            for (int col = 0; col < labels[row].length; col++) {
                XYTextAnnotation text = new XYTextAnnotation(labels[row][col], col, row);
                text.setFont(ChartTheme.font(-2f, java.awt.Font.PLAIN));
                text.setPaint(Color.BLACK);
                plot.addAnnotation(text);
            }
        }
        JFreeChart chart = new JFreeChart(title, plot);
        chart.removeLegend();
        chart.addSubtitle(new TextTitle(subtitle));
        ChartTheme.apply(chart);
        return chart;
    }

    /** Horizontal bars per historical shock: the condor alone and the hedged book, USD. */
    static JFreeChart shocks(CategoryDataset data) {
        NumberAxis value = new NumberAxis("P&L (USD)");
        value.setNumberFormatOverride(Charts.numbers(0));
        BarRenderer renderer = new BarRenderer();
        renderer.setShadowVisible(false);
        renderer.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        renderer.setSeriesPaint(0, ChartTheme.series(2));
        renderer.setSeriesPaint(1, ChartTheme.series(1));
        renderer.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{0}, {1}: {2} USD",
                Charts.numbers(0)));
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(null), value, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = new JFreeChart("Historical shocks (METHOD §9)", plot);
        ChartTheme.apply(chart);
        return chart;
    }

    /** White at 0, towards the theme's negative colour below and its positive colour above. */
    private static final class Diverging implements PaintScale {
        private final double scale;

        Diverging(double scale) {
            this.scale = scale > 0 ? scale : 1;
        }

        @Override
        public double getLowerBound() {
            return -scale;
        }

        @Override
        public double getUpperBound() {
            return scale;
        }

        @Override
        public Paint getPaint(double value) {
            double t = Math.min(1, Math.abs(value) / scale);
            Color end = ChartTheme.color(value < 0 ? "Alvh.chart.negative" : "Alvh.chart.positive");
            return new Color(mix(255, end.getRed(), t), mix(255, end.getGreen(), t), mix(255, end.getBlue(), t));
        }

        private static int mix(int from, int to, double t) {
            return (int) Math.round(from + (to - from) * t);
        }
    }
}
