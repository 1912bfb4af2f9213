package org.alvh.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.util.Locale;
import java.util.function.IntFunction;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;

/**
 * Chart factories of the window. They take datasets already built from a result and style them with
 * {@link ChartTheme}; they never compute.
 */
final class Charts {
    private Charts() {
    }

    static NumberFormat numbers(int decimals) {
        DecimalFormat f = new DecimalFormat("#,##0." + "0".repeat(Math.max(decimals, 1)),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        if (decimals == 0) {
            f.applyPattern("#,##0");
        }
        return f;
    }

    /**
     * Bars per layer: series 0 achieved, series 1 target. {@code barPaint} gives each category its colour
     * for the achieved series (the inactive ones greyed by the caller's choice).
     */
    static JFreeChart vegaByLayer(CategoryDataset data, String title, String unit, IntFunction<Paint> barPaint) {
        CategoryAxis x = new CategoryAxis(null);
        x.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        x.setMaximumCategoryLabelLines(2);
        NumberAxis y = new NumberAxis(unit);
        y.setNumberFormatOverride(numbers(0));
        BarRenderer renderer = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return row == 0 ? barPaint.apply(column) : ChartTheme.color("Alvh.chart.target");
            }
        };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        renderer.setSeriesPaint(0, ChartTheme.color("Alvh.chart.layer1"));
        renderer.setSeriesPaint(1, ChartTheme.color("Alvh.chart.target"));
        renderer.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{1} {0}: {2} " + unit, numbers(2)));
        CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
        JFreeChart chart = new JFreeChart(title, plot);
        ChartTheme.apply(chart);
        return chart;
    }

    /**
     * The weighted beta (top: lines, the trigger line dashed, β*(T) a dot) over the MACD of β_adj (bottom:
     * histogram bars, shift and signal lines), sharing the date axis.
     */
    static JFreeChart weightedBeta(XYDataset betas, XYDataset trigger, XYDataset effective, IntervalXYDataset hist,
                                   XYDataset macd, String subtitle) {
        DateAxis dates = new DateAxis(null);
        dates.setDateFormatOverride(new SimpleDateFormat("yyyy-MM-dd", Locale.ROOT));
        StandardXYToolTipGenerator tips = new StandardXYToolTipGenerator("{0} {1}: {2}",
                new SimpleDateFormat("yyyy-MM-dd", Locale.ROOT), numbers(4));

        NumberAxis betaAxis = new NumberAxis("β");
        betaAxis.setAutoRangeIncludesZero(false);
        betaAxis.setNumberFormatOverride(numbers(2));
        XYLineAndShapeRenderer lines = lineRenderer(betas.getSeriesCount(), tips, 1);
        XYPlot top = new XYPlot(betas, null, betaAxis, lines);
        XYLineAndShapeRenderer triggerRenderer = new XYLineAndShapeRenderer(true, false);
        triggerRenderer.setDrawSeriesLineAsPath(true);
        triggerRenderer.setSeriesPaint(0, ChartTheme.color("Alvh.chart.negative"));
        triggerRenderer.setSeriesStroke(0, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 4f}, 0f));
        triggerRenderer.setDefaultToolTipGenerator(tips);
        top.setDataset(1, trigger);
        top.setRenderer(1, triggerRenderer);
        XYLineAndShapeRenderer dot = new XYLineAndShapeRenderer(false, true);
        dot.setSeriesPaint(0, ChartTheme.color("Alvh.chart.text"));
        dot.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        dot.setDefaultToolTipGenerator(tips);
        top.setDataset(2, effective);
        top.setRenderer(2, dot);

        NumberAxis macdAxis = new NumberAxis("MACD of β_adj");
        macdAxis.setNumberFormatOverride(numbers(3));
        XYBarRenderer bars = new XYBarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return hist.getYValue(row, column) >= 0 ? ChartTheme.color("Alvh.chart.positive")
                        : ChartTheme.color("Alvh.chart.negative");
            }
        };
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setMargin(0.2);
        bars.setSeriesPaint(0, ChartTheme.color("Alvh.chart.positive"));
        bars.setDefaultToolTipGenerator(tips);
        XYPlot bottom = new XYPlot(hist, null, macdAxis, bars);
        bottom.setDataset(1, macd);
        bottom.setRenderer(1, lineRenderer(macd.getSeriesCount(), tips, 4));

        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(dates);
        plot.setGap(8);
        plot.add(top, 3);
        plot.add(bottom, 1);
        JFreeChart chart = new JFreeChart(null, plot);
        chart.addSubtitle(new TextTitle(subtitle));
        ChartTheme.apply(chart);
        return chart;
    }

    /** Horizontal bars of basket weight and contribution per sector. */
    static JFreeChart sectors(CategoryDataset data) {
        CategoryAxis x = new CategoryAxis(null);
        x.setMaximumCategoryLabelWidthRatio(0.5f);
        x.setMaximumCategoryLabelLines(2);
        NumberAxis y = new NumberAxis("share");
        y.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.ROOT));
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, ChartTheme.series(1));
        renderer.setSeriesPaint(1, ChartTheme.series(5));
        renderer.setItemMargin(0.05);
        NumberFormat pct = NumberFormat.getPercentInstance(Locale.ROOT);
        pct.setMinimumFractionDigits(2);
        renderer.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{1} {0}: {2}", pct));
        CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = new JFreeChart("Basket by sector", plot);
        ChartTheme.apply(chart);
        return chart;
    }

    /** P&amp;L against SPX; markers at S and the break-evens; the subtitle states the assumptions. */
    static JFreeChart payoff(XYDataset data, double spot, double breakEvenLow, double breakEvenHigh, String subtitle) {
        NumberAxis x = new NumberAxis("SPX");
        x.setAutoRangeIncludesZero(false);
        x.setNumberFormatOverride(numbers(0));
        NumberAxis y = new NumberAxis("P&L (USD)");
        y.setNumberFormatOverride(numbers(0));
        StandardXYToolTipGenerator tips = new StandardXYToolTipGenerator("{0}: SPX {1} → {2} USD", numbers(0),
                numbers(0));
        XYLineAndShapeRenderer renderer = lineRenderer(data.getSeriesCount(), tips, 1);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            if (i % 2 == 1) {
                renderer.setSeriesStroke(i, new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                        new float[] {5f, 4f}, 0f));
            }
        }
        renderer.setSeriesPaint(0, ChartTheme.series(2));
        renderer.setSeriesPaint(1, ChartTheme.series(2));
        renderer.setSeriesPaint(2, ChartTheme.series(1));
        renderer.setSeriesPaint(3, ChartTheme.series(1));
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.addRangeMarker(new ValueMarker(0, ChartTheme.color("Alvh.chart.axis"), new BasicStroke(1f)));
        plot.addDomainMarker(marker(spot, "S", ChartTheme.color("Alvh.chart.text")));
        plot.addDomainMarker(marker(breakEvenLow, "BE", ChartTheme.color("Alvh.chart.axis")));
        plot.addDomainMarker(marker(breakEvenHigh, "BE", ChartTheme.color("Alvh.chart.axis")));
        JFreeChart chart = new JFreeChart("P&L at expiry and today", plot);
        chart.addSubtitle(new TextTitle(subtitle));
        ChartTheme.apply(chart);
        return chart;
    }

    /**
     * The replay (METHOD.md §10.4): equity of the hedged and unhedged runs on top, their drawdowns underneath, on
     * one date axis. Datasets: two series each (hedged first).
     */
    static JFreeChart replay(XYDataset equity, XYDataset drawdown, String subtitle) {
        DateAxis dates = new DateAxis(null);
        dates.setDateFormatOverride(new SimpleDateFormat("yyyy-MM", Locale.ROOT));
        StandardXYToolTipGenerator tips = new StandardXYToolTipGenerator("{0} {1}: {2}",
                new SimpleDateFormat("yyyy-MM-dd", Locale.ROOT), numbers(2));
        NumberAxis equityAxis = new NumberAxis("equity USD");
        equityAxis.setAutoRangeIncludesZero(false);
        equityAxis.setNumberFormatOverride(numbers(0));
        XYPlot top = new XYPlot(equity, null, equityAxis, lineRenderer(equity.getSeriesCount(), tips, 1));
        NumberAxis ddAxis = new NumberAxis("drawdown");
        ddAxis.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.ROOT));
        XYPlot bottom = new XYPlot(drawdown, null, ddAxis, lineRenderer(drawdown.getSeriesCount(), tips, 1));
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(dates);
        plot.add(top, 3);
        plot.add(bottom, 1);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.addSubtitle(new TextTitle(subtitle));
        ChartTheme.apply(chart);
        return chart;
    }

    private static ValueMarker marker(double x, String label, Color paint) {
        ValueMarker m = new ValueMarker(x, paint, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                10f, new float[] {2f, 3f}, 0f));
        m.setLabel(label);
        m.setLabelPaint(ChartTheme.color("Alvh.chart.text"));
        m.setLabelFont(ChartTheme.font(-2f, java.awt.Font.PLAIN));
        m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        return m;
    }

    private static XYLineAndShapeRenderer lineRenderer(int count, StandardXYToolTipGenerator tips, int firstColour) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setDrawSeriesLineAsPath(true);
        for (int i = 0; i < count; i++) {
            r.setSeriesPaint(i, ChartTheme.series(firstColour + i));
            r.setSeriesStroke(i, new BasicStroke(i == 0 ? 1.4f : 1.8f));
        }
        r.setDefaultToolTipGenerator(tips);
        return r;
    }
}
