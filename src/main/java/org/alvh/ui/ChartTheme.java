package org.alvh.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;

import javax.swing.UIManager;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleInsets;

/**
 * Styles a chart with the current FlatLaf theme: colours from the {@code Alvh.chart.*} keys of
 * {@code org/alvh/ui/theme/*.properties}, fonts from the look and feel's default font. Styling only.
 */
final class ChartTheme {
    private ChartTheme() {
    }

    static Color color(String key) {
        Color c = UIManager.getColor(key);
        return c != null ? c : Color.GRAY;
    }

    /** Series colour 1..6 of the theme. */
    static Color series(int index) {
        return color("Alvh.chart.series" + (((index - 1) % 6) + 1));
    }

    static Font font(float sizeDelta, int style) {
        Font base = UIManager.getFont("defaultFont");
        if (base == null) {
            base = UIManager.getFont("Label.font");
        }
        return base.deriveFont(style, base.getSize2D() + sizeDelta);
    }

    static void apply(JFreeChart chart) {
        Color bg = color("Alvh.chart.background");
        Color text = color("Alvh.chart.text");
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        chart.getRenderingHints().put(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        chart.setBackgroundPaint(bg);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(6, 6, 6, 10));
        if (chart.getTitle() != null) {
            chart.getTitle().setPaint(text);
            chart.getTitle().setFont(font(2f, Font.BOLD));
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title t = chart.getSubtitle(i);
            if (t instanceof LegendTitle legend) {
                legend.setBackgroundPaint(bg);
                legend.setItemPaint(text);
                legend.setItemFont(font(-1f, Font.PLAIN));
                legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            } else if (t instanceof TextTitle tt) {
                tt.setPaint(color("Alvh.chart.axis"));
                tt.setFont(font(-1f, Font.PLAIN));
            }
        }
        plot(chart.getPlot());
    }

    private static void plot(Plot plot) {
        plot.setBackgroundPaint(color("Alvh.chart.plotBackground"));
        plot.setOutlineVisible(false);
        plot.setNoDataMessagePaint(color("Alvh.chart.text"));
        plot.setNoDataMessageFont(font(0f, Font.PLAIN));
        Color grid = color("Alvh.chart.gridline");
        BasicStroke gridStroke = new BasicStroke(1f);
        if (plot instanceof CombinedDomainXYPlot combined) {
            combined.setGap(12.0); // room between subplots, so one's top tick label clears the next one's bottom
            axis(combined.getDomainAxis());
            for (XYPlot sub : combined.getSubplots()) {
                plot(sub);
            }
        } else if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(grid);
            xy.setRangeGridlinePaint(grid);
            xy.setDomainGridlineStroke(gridStroke);
            xy.setRangeGridlineStroke(gridStroke);
            xy.setRangeZeroBaselinePaint(color("Alvh.chart.axis"));
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                axis(xy.getDomainAxis(i));
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                axis(xy.getRangeAxis(i));
            }
        } else if (plot instanceof CategoryPlot cat) {
            cat.setRangeGridlinePaint(grid);
            cat.setRangeGridlineStroke(gridStroke);
            cat.setRangeZeroBaselinePaint(color("Alvh.chart.axis"));
            cat.setRangeZeroBaselineVisible(true);
            axis(cat.getDomainAxis());
            for (int i = 0; i < cat.getRangeAxisCount(); i++) {
                axis(cat.getRangeAxis(i));
            }
        }
    }

    private static void axis(Axis axis) {
        if (axis == null) {
            return;
        }
        Color text = color("Alvh.chart.text");
        Color line = color("Alvh.chart.axis");
        axis.setLabelPaint(text);
        axis.setTickLabelPaint(text);
        axis.setAxisLinePaint(line);
        axis.setTickMarkPaint(line);
        axis.setLabelFont(font(-1f, Font.PLAIN));
        axis.setTickLabelFont(font(-2f, Font.PLAIN));
    }
}
