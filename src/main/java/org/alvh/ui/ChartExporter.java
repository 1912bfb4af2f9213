package org.alvh.ui;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;

import org.alvh.io.AtomicFiles;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.svg.SVGGraphics2D;

/** Chart panels with "Export as PNG/SVG" in their context menu; files are written atomically. */
final class ChartExporter {
    static final int WIDTH = 1200;
    static final int HEIGHT = 700;
    /** Client property of a panel made by {@link #panel}: the supplier of its suggested file name. */
    private static final String BASE_NAME = "alvh.chart.baseName";

    private final ErrorPresenter presenter;
    private final FileDialogs dialogs;
    private final Consumer<String> status;
    private final Supplier<String> caption;

    /**
     * {@code status} hears that an export is done; {@code caption} gives the line every exported chart carries
     * under its title (the snapshot and its as-of), empty for none.
     */
    ChartExporter(ErrorPresenter presenter, FileDialogs dialogs, Consumer<String> status, Supplier<String> caption) {
        this.presenter = presenter;
        this.dialogs = dialogs;
        this.status = status;
        this.caption = caption;
    }

    /**
     * A chart panel that redraws at its real size (no scaled bitmaps: crisp text); {@code baseName} gives the
     * file name (without extension) an export suggests, from its context menu or from {@link #export}.
     */
    ChartPanel panel(String name, Supplier<String> baseName) {
        ChartPanel panel = new ChartPanel(null, false, false, false, true, true);
        panel.setName(name);
        panel.putClientProperty(BASE_NAME, baseName);
        panel.setMinimumDrawWidth(100);
        panel.setMinimumDrawHeight(80);
        panel.setMaximumDrawWidth(5000);
        panel.setMaximumDrawHeight(4000);
        panel.setMouseWheelEnabled(true);
        panel.setInitialDelay(100);
        panel.setDismissDelay(30_000);
        JPopupMenu menu = new JPopupMenu();
        JMenuItem png = new JMenuItem("Export as PNG…");
        png.addActionListener(e -> export(panel, "png"));
        JMenuItem svg = new JMenuItem("Export as SVG…");
        svg.addActionListener(e -> export(panel, "svg"));
        JMenuItem reset = new JMenuItem("Reset zoom");
        reset.addActionListener(e -> panel.restoreAutoBounds());
        menu.add(png);
        menu.add(svg);
        menu.addSeparator();
        menu.add(reset);
        panel.setPopupMenu(menu);
        return panel;
    }

    /** Asks where to save the chart of {@code panel} as {@code format} ("png" or "svg") and writes it there. */
    void export(ChartPanel panel, String format) {
        JFreeChart chart = panel.getChart();
        if (chart == null) {
            return;
        }
        String baseName = panel.getClientProperty(BASE_NAME) instanceof Supplier<?> s ? String.valueOf(s.get())
                : panel.getName();
        Path target = dialogs.saveFile(panel, "Export chart as " + format.toUpperCase(java.util.Locale.ROOT),
                baseName + "." + format, format);
        if (target == null) {
            return;
        }
        // the chart is drawn on the EDT (it is a Swing model); only the bytes go to disk in the background
        byte[] bytes;
        String line = caption.get();
        TextTitle captionTitle = line == null || line.isEmpty() ? null : new TextTitle(line,
                ChartTheme.font(-1f, java.awt.Font.PLAIN));
        try {
            if (captionTitle != null) {
                captionTitle.setPaint(ChartTheme.color("Alvh.chart.text"));
                chart.addSubtitle(0, captionTitle);
            }
            bytes = "png".equals(format) ? png(chart) : svg(chart);
        } catch (IOException e) {
            presenter.problem(panel, "Cannot export", "Could not encode the chart: " + e.getMessage());
            return;
        } finally {
            if (captionTitle != null) {
                chart.removeSubtitle(captionTitle);
            }
        }
        Background.run(panel, presenter, "writing " + target.getFileName(), () -> {
            AtomicFiles.write(target, bytes);
            return target;
        }, p -> status.accept("Exported the chart to " + p));
    }

    static byte[] png(JFreeChart chart) throws IOException {
        BufferedImage image = chart.createBufferedImage(WIDTH, HEIGHT);
        return ChartUtils.encodeAsPNG(image);
    }

    static byte[] svg(JFreeChart chart) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g.getSVGDocument().getBytes(StandardCharsets.UTF_8);
    }
}
