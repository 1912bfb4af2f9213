package org.alvh.ui;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.WaterfallBarRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;

/** The charts of the Diff and Sensitivity views: the attribution waterfall and the tornado. They only style. */
final class WhatIfCharts {
    private WhatIfCharts() {
    }

    /**
     * A waterfall of one series: the first category is A's value (drawn from zero), the middle ones the change
     * of each step (drawn from the running total), the last one B's value (drawn from zero).
     */
    static JFreeChart waterfall(CategoryDataset data, String title, String subtitle, String unit) {
        CategoryAxis x = new CategoryAxis(null);
        x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        x.setCategoryMargin(0.15);
        NumberAxis y = new NumberAxis(unit);
        y.setNumberFormatOverride(Charts.numbers(0));
        WaterfallBarRenderer renderer = new WaterfallBarRenderer(ChartTheme.color("Alvh.chart.series1"),
                ChartTheme.color("Alvh.chart.positive"), ChartTheme.color("Alvh.chart.negative"),
                ChartTheme.color("Alvh.chart.series1"));
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{1}: {2} " + unit,
                Charts.numbers(2)));
        CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.addSubtitle(new TextTitle(subtitle));
        ChartTheme.apply(chart);
        return chart;
    }

    /**
     * A tornado: one row per parameter (largest swing first), a bar for the change after the bump down and one
     * for the bump up, both from zero; {@code noData} is shown when no parameter moves the figure.
     */
    static JFreeChart tornado(CategoryDataset data, String title, String unit, String noData) {
        CategoryAxis x = new CategoryAxis(null);
        x.setCategoryMargin(0.25);
        x.setMaximumCategoryLabelWidthRatio(0.45f);
        NumberAxis y = new NumberAxis(unit);
        y.setNumberFormatOverride(Charts.numbers(0));
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.0);
        renderer.setSeriesPaint(0, ChartTheme.color("Alvh.chart.negative"));
        renderer.setSeriesPaint(1, ChartTheme.color("Alvh.chart.positive"));
        renderer.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{1} {0}: {2} " + unit,
                Charts.numbers(2)));
        CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setNoDataMessage(noData);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.TOP);
        ChartTheme.apply(chart);
        return chart;
    }
}
