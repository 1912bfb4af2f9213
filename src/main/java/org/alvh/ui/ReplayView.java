package org.alvh.ui;

import java.awt.BorderLayout;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;
import javax.swing.UIManager;
import org.alvh.io.AtomicFiles;
import org.alvh.io.HistoryReader;
import org.alvh.io.ReadProgress;
import org.alvh.io.config.ConfigReader;
import org.alvh.io.replay.ReplayReports;
import org.alvh.model.AlvhConfig;
import org.alvh.model.History;
import org.alvh.model.LoadResult;
import org.alvh.model.Problem;
import org.alvh.model.Snapshot;
import org.alvh.replay.DailyRow;
import org.alvh.replay.ReplayCancelledException;
import org.alvh.replay.ReplayEngine;
import org.alvh.replay.ReplayResult;
import org.alvh.replay.Run;
import org.alvh.replay.RunSummary;
import org.alvh.replay.Trade;
import org.jfree.chart.ChartMouseEvent;
import org.jfree.chart.ChartMouseListener;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The Replay tab (METHOD.md §10): open a history, From/To, the program (the Parameters in force or a preset of
 * {@code config/presets/}), Run with progress and Cancel; the equity curves of the hedged and unhedged runs with
 * their drawdowns underneath, the statistics side by side (ruin said plainly), each layer's P&L, and the trades.
 * One background replay at a time; a new Run cancels the running one and the latest run wins. Computes nothing
 * itself: {@link ReplayEngine} does, on a worker thread; the view changes only on the EDT.
 */
final class ReplayView {
    static final Path BUNDLED = Path.of("sample-data", "history-2015-2021.zip");
    private static final Path PRESETS = Path.of("config", "presets");
    /** The presets bundled in the jar, in the order shown (a test checks this against {@code config/presets}). */
    static final List<String> BUNDLED_PRESETS = List.of("cndr-like.json", "default-program.json");
    private static final String FROM_PARAMETERS = "Parameters in force";

    private final JPanel panel = new JPanel(new BorderLayout());
    private final JTextField historyField = new JTextField(28);
    private final JTextField fromField = new JTextField(9);
    private final JTextField toField = new JTextField(9);
    private final JComboBox<String> program = new JComboBox<>();
    private final JButton run = new JButton("Run");
    private final JButton cancel = new JButton("Cancel");
    private final JButton export = new JButton("Export reports…");
    private final JProgressBar progress = new JProgressBar(0, 100);
    private final JLabel status = new JLabel("Open a history (a §10.1 folder or .zip), then Run.");
    /** Wraps at the view's width: the three verdicts do not fit one line at 1024 pixels. */
    private final javax.swing.JTextArea banner = Tables.wrapping(" ", true);
    private final ChartPanel chart;
    private final ChartPanel layerChart;
    private final Tables.RowModel stats = new Tables.RowModel(List.of("figure", "hedged", "unhedged"),
            List.of(String.class, String.class, String.class));
    private final Tables.RowModel trades = new Tables.RowModel(List.of("date", "run", "layer", "action",
            "instrument", "expiry", "strikes", "right", "quantity", "price", "cost USD", "reason"),
            List.of(String.class, String.class, Integer.class, String.class, String.class, String.class, String.class,
                    String.class, Double.class, Double.class, Double.class, String.class));
    private final JTable statsTable = Tables.table(stats);
    private final JTable tradesTable = Tables.table(trades);
    private final Supplier<AlvhConfig> parameters;
    private final ErrorPresenter presenter;
    private final Map<String, Supplier<LoadResult<AlvhConfig>>> presets = new LinkedHashMap<>();
    private final SnapshotOpener opener;
    private SwingWorker<Outcome, Integer> worker;
    private History shownHistory;
    private LocalDate picked;
    private AtomicBoolean cancelFlag = new AtomicBoolean();
    private int generation;
    private ReplayResult shown;
    /** Charts on the left, the statistics and trades on the right. */
    private JSplitPane split;

    /**
     * Shows a snapshot in the other views the way an opened one is shown: {@code reader} runs off the EDT (the
     * window's one snapshot loader), then the Layers view is selected.
     */
    interface SnapshotOpener {
        void open(String label, Function<ReadProgress, LoadResult<Snapshot>> reader);
    }

    /** A finished replay with the history it read (to build a day's §10.2 snapshot later). */
    private record Outcome(History history, ReplayResult result) {
    }

    ReplayView(Supplier<AlvhConfig> parameters, ErrorPresenter presenter, ChartExporter exporter,
               SnapshotOpener opener) {
        this.parameters = parameters;
        this.presenter = presenter;
        this.opener = opener;
        chart = exporter.panel("replayChart", () -> "replay-equity");
        layerChart = exporter.panel("replayLayerChart", () -> "replay-layers");
        panel.setName("replayView");
        historyField.setName("replayHistory");
        fromField.setName("replayFrom");
        toField.setName("replayTo");
        program.setName("replayProgram");
        run.setName("replayRun");
        cancel.setName("replayCancel");
        progress.setName("replayProgress");
        status.setName("replayStatus");
        historyField.setText(Files.exists(BUNDLED) ? BUNDLED.toString() : "");
        program.addItem(FROM_PARAMETERS);
        loadPresets();
        cancel.setEnabled(false);
        export.setName("replayExport");
        export.setEnabled(false);
        export.setToolTipText("daily.csv, trades.csv and summary.json into a folder; the charts export from their "
                + "right-click menu (PNG/SVG)");
        export.addActionListener(e -> chooseExportFolder());
        progress.setStringPainted(true);
        run.addActionListener(e -> start());
        cancel.addActionListener(e -> cancelRun());

        // the history field takes what is left, so Run and Cancel stay on screen at 1024 pixels
        historyField.setColumns(12);
        JPanel controls = new JPanel(new java.awt.GridBagLayout());
        java.awt.GridBagConstraints at = new java.awt.GridBagConstraints();
        at.insets = new java.awt.Insets(4, 4, 4, 0);
        at.fill = java.awt.GridBagConstraints.HORIZONTAL;
        for (JComponent c : List.of(new JLabel("History"), historyField, new JLabel("From"), fromField,
                new JLabel("To"), toField, new JLabel("Program"), program, run, cancel, export)) {
            at.weightx = c == historyField ? 1 : 0;
            if (c != historyField) {
                c.setMinimumSize(c.getPreferredSize()); // only the history field gives way
            }
            controls.add(c, at);
        }
        controls.setBorder(javax.swing.BorderFactory.createEmptyBorder(0, 2, 0, 6));
        JPanel statusRow = new JPanel(new BorderLayout(8, 0));
        statusRow.setBorder(javax.swing.BorderFactory.createEmptyBorder(0, 6, 0, 6));
        statusRow.add(status, BorderLayout.CENTER);
        statusRow.add(progress, BorderLayout.EAST);
        banner.setName("replayBanner");
        banner.setBorder(javax.swing.BorderFactory.createEmptyBorder(4, 6, 4, 6));
        JPanel north = new JPanel(new BorderLayout());
        north.add(controls, BorderLayout.NORTH);
        north.add(statusRow, BorderLayout.CENTER);
        north.add(banner, BorderLayout.SOUTH);

        statsTable.setName("replayStats");
        tradesTable.setName("replayTrades");
        Tables.fit(statsTable);
        Tables.fit(tradesTable);
        tradesTable.setAutoCreateRowSorter(true);
        tradesTable.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                int row = tradesTable.rowAtPoint(e.getPoint());
                if (e.getClickCount() == 2 && row >= 0) {
                    openDay(LocalDate.parse((String) tradesTable.getValueAt(row, 0)));
                }
            }
        });
        ChartMouseListener click = new ChartMouseListener() {
            @Override
            public void chartMouseClicked(ChartMouseEvent e) {
                if (e.getTrigger().getButton() == MouseEvent.BUTTON1 && e.getTrigger().getClickCount() == 1) {
                    ChartPanel source = (ChartPanel) e.getTrigger().getSource();
                    clicked(source, e.getTrigger().getPoint());
                }
            }

            @Override
            public void chartMouseMoved(ChartMouseEvent e) {
                // nothing: tooltips show the values
            }
        };
        chart.addChartMouseListener(click);
        layerChart.addChartMouseListener(click);
        JTabbedPane tables = new JTabbedPane();
        tables.setName("replayTables");
        tables.addTab("Statistics", new JScrollPane(statsTable));
        tables.addTab("Trades", new JScrollPane(tradesTable));
        JSplitPane charts = new JSplitPane(JSplitPane.VERTICAL_SPLIT, chart, layerChart);
        charts.setResizeWeight(0.5);
        split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, charts, tables);
        split.setResizeWeight(0.6);
        panel.add(north, BorderLayout.NORTH);
        panel.add(split, BorderLayout.CENTER);
    }

    String title() {
        return "Replay";
    }

    JComponent component() {
        return panel;
    }

    /** The history to replay (the window's File › Open History and the tests). */
    void setHistory(Path path) {
        historyField.setText(path.toString());
    }

    /**
     * The presets: the files of {@code config/presets/} when that folder is beside the working directory (edits
     * show at once), else the copies bundled in the jar (listed in {@link #BUNDLED_PRESETS}).
     */
    private void loadPresets() {
        if (Files.isDirectory(PRESETS)) {
            try (var files = Files.list(PRESETS)) {
                files.filter(p -> p.toString().endsWith(".json")).sorted().forEach(p ->
                        addPreset(p.getFileName().toString(), () -> new ConfigReader().read(p)));
            } catch (java.io.IOException e) {
                status.setText("presets unavailable: " + e.getMessage());
            }
            return;
        }
        for (String file : BUNDLED_PRESETS) {
            addPreset(file, () -> readBundled(file));
        }
    }

    private void addPreset(String file, Supplier<LoadResult<AlvhConfig>> reader) {
        String name = "Preset " + file.replace(".json", "");
        presets.put(name, reader);
        program.addItem(name);
    }

    /** A preset bundled in the jar (pom.xml copies {@code config/presets/*.json} to {@code org/alvh/presets}). */
    static LoadResult<AlvhConfig> readBundled(String file) {
        try (var in = ReplayView.class.getResourceAsStream("/org/alvh/presets/" + file)) {
            if (in == null) {
                return new LoadResult<>(null, List.of(Problem.error(file, 0, 0, "not bundled in the jar")));
            }
            return new ConfigReader().read(file, in.readAllBytes());
        } catch (java.io.IOException e) {
            return new LoadResult<>(null, List.of(Problem.error(file, 0, 0, "cannot be read: " + e.getMessage())));
        }
    }

    /** Run: reads what the user set on the EDT, then reads the history and replays it on a worker thread. */
    private void start() {
        List<String> problems = new ArrayList<>();
        LocalDate from = date(fromField.getText(), "From", problems);
        LocalDate to = date(toField.getText(), "To", problems);
        String historyText = historyField.getText().trim();
        if (historyText.isEmpty()) {
            problems.add("History: choose a history folder or .zip");
        }
        AlvhConfig config = parameters.get();
        Supplier<LoadResult<AlvhConfig>> preset = presets.get((String) program.getSelectedItem());
        if (preset != null) {
            LoadResult<AlvhConfig> read = preset.get();
            if (!read.ok()) {
                read.errors().forEach(p -> problems.add(p.toString()));
            }
            config = read.value();
        }
        if (!problems.isEmpty()) {
            presenter.problem(panel, "The replay cannot start", String.join("\n", problems));
            return;
        }
        cancelRun();
        Path path = Path.of(historyText);
        AlvhConfig chosen = config;
        AtomicBoolean flag = new AtomicBoolean();
        cancelFlag = flag;
        int mine = ++generation;
        progress.setValue(0);
        status.setText("Replaying " + path.getFileName() + " …");
        cancel.setEnabled(true);
        worker = new SwingWorker<>() {
            @Override
            protected Outcome doInBackground() {
                LoadResult<History> history = new HistoryReader().read(path);
                if (!history.ok()) {
                    throw new BadHistory(history.errors());
                }
                return new Outcome(history.value(), ReplayEngine.run(history.value(), chosen, from, to, flag::get,
                        (done, total) -> setProgress(total == 0 ? 100 : 100 * done / total)));
            }

            @Override
            protected void done() {
                finished(mine, this);
            }
        };
        worker.addPropertyChangeListener(e -> {
            if ("progress".equals(e.getPropertyName()) && mine == generation) {
                progress.setValue((Integer) e.getNewValue());
            }
        });
        worker.execute();
    }

    private void cancelRun() {
        cancelFlag.set(true);
        cancel.setEnabled(false);
    }

    /** On the EDT: only the latest run is shown; a cancelled one says so; failures go to the presenter. */
    private void finished(int mine, SwingWorker<Outcome, Integer> done) {
        if (mine != generation) {
            return;
        }
        cancel.setEnabled(false);
        try {
            Outcome outcome = done.get();
            shownHistory = outcome.history();
            show(outcome.result());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ReplayCancelledException) {
                status.setText("Replay cancelled.");
            } else if (cause instanceof BadHistory bad) {
                status.setText("The history cannot be replayed.");
                presenter.problem(panel, "The history cannot be replayed", bad.getMessage());
            } else {
                status.setText("The replay failed.");
                presenter.unexpected(panel, "replaying the history", cause);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void show(ReplayResult r) {
        shown = r;
        export.setEnabled(true);
        progress.setValue(100);
        RunSummary h = r.runs().get(Run.HEDGED);
        RunSummary u = r.runs().get(Run.UNHEDGED);
        String ruin = (h.ruinDate() == null ? "" : "  The HEDGED run was RUINED on " + h.ruinDate() + ".")
                + (u.ruinDate() == null ? "" : "  The UNHEDGED run was RUINED on " + u.ruinDate() + ".");
        status.setText(r.historyName() + ": " + r.daily().size() + " market dates from " + r.firstEntry() + ", "
                + r.engineRuns() + " engine runs, " + r.trades().size() + " trades." + ruin
                + (r.warnings().isEmpty() ? "" : "  Warnings: " + r.warnings().size()));
        showBanner(h, u);
        XYSeries he = new XYSeries("hedged");
        XYSeries ue = new XYSeries("unhedged");
        XYSeries hd = new XYSeries("hedged drawdown");
        XYSeries ud = new XYSeries("unhedged drawdown");
        for (DailyRow d : r.daily()) {
            long x = d.date().atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
            he.add(x, d.hedgedEquity());
            ue.add(x, d.unhedgedEquity());
            hd.add(x, d.hedgedDrawdown());
            ud.add(x, d.unhedgedDrawdown());
        }
        XYSeriesCollection equity = new XYSeriesCollection(he);
        equity.addSeries(ue);
        XYSeriesCollection drawdown = new XYSeriesCollection(hd);
        drawdown.addSeries(ud);
        chart.setChart(Charts.replay(equity, drawdown, "Hedged vs unhedged, " + r.from() + " .. " + r.to()));
        AlvhConfig.Layer3 l3 = r.config().layer3();
        layerChart.setChart(ReplayCharts.layers(ReplayDatasets.quantities(r), ReplayDatasets.marks(r),
                ReplayDatasets.betaStar(r), ReplayDatasets.shiftScore(r),
                l3.trigger() == AlvhConfig.Trigger.ZSCORE ? l3.threshold() : null, ReplayDatasets.layer3Opens(r),
                "Layers of the hedged run; dashed: layer 3 opened"));

        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("ruined", ruin(h), ruin(u)));
        rows.add(row("hedge paid for itself", hedgePaid(h).replace("layers' P&L net of costs ", ""), ""));
        rows.add(row("total return", Formats.percent(h.totalReturn(), 2), Formats.percent(u.totalReturn(), 2)));
        rows.add(row("CAGR", Formats.percent(h.cagr(), 2), Formats.percent(u.cagr(), 2)));
        rows.add(row("volatility", Formats.percent(h.annualisedVolatility(), 2),
                Formats.percent(u.annualisedVolatility(), 2)));
        rows.add(row("Sharpe", Formats.fixed(h.sharpe(), 3), Formats.fixed(u.sharpe(), 3)));
        rows.add(row("Sortino", Formats.fixed(h.sortino(), 3), Formats.fixed(u.sortino(), 3)));
        rows.add(row("max drawdown", Formats.percent(h.maxDrawdown(), 2), Formats.percent(u.maxDrawdown(), 2)));
        rows.add(row("  peak .. trough", h.maxDrawdownPeak() + " .. " + h.maxDrawdownTrough(),
                u.maxDrawdownPeak() + " .. " + u.maxDrawdownTrough()));
        rows.add(row("worst month", Formats.percent(h.worstMonth(), 2) + " " + h.worstMonthDate(),
                Formats.percent(u.worstMonth(), 2) + " " + u.worstMonthDate()));
        rows.add(row("final equity USD", Formats.fixed(h.finalEquity(), 2), Formats.fixed(u.finalEquity(), 2)));
        rows.add(row("condors", String.valueOf(h.condors()), String.valueOf(u.condors())));
        rows.add(row("condor P&L USD", Formats.fixed(h.condorPnlUsd(), 2), Formats.fixed(u.condorPnlUsd(), 2)));
        for (RunSummary.LayerSummary l : h.layers()) {
            rows.add(row("layer " + l.layer() + " P&L USD (costs)", Formats.fixed(l.pnlUsd(), 2) + " ("
                    + Formats.fixed(l.costsUsd(), 2) + ")", ""));
        }
        stats.setRows(rows);
        Tables.fit(statsTable);
        // the statistics side by side in full; the charts keep at least 420 pixels
        Splits.ensureWidth(split, Splits.Side.SECOND, Splits.tableWidth(statsTable), 420);

        List<List<Object>> tradeRows = new ArrayList<>();
        for (Trade t : r.trades()) {
            tradeRows.add(List.of(t.date().toString(), t.run().label(), t.layer(), t.action().label(),
                    t.structure().kind().name(), t.structure().expiry().toString(), strikes(t.structure().strikes()),
                    t.structure().right() == null ? "" : t.structure().right().code(), t.quantity(), t.price(),
                    t.costUsd(), t.reason()));
        }
        trades.setRows(tradeRows);
        Tables.fit(tradesTable);
    }

    /**
     * The banner: each run's fate side by side (ruined, with the date, when its equity reached zero), then whether
     * the hedge paid for itself: the layers' P&L net of costs (RunSummary's per-layer figures, summed).
     */
    private void showBanner(RunSummary h, RunSummary u) {
        boolean ruined = h.ruinDate() != null || u.ruinDate() != null;
        banner.setForeground(ruined ? ChartTheme.color("Alvh.chart.negative") : UIManager.getColor("Label.foreground"));
        banner.setText("Hedged: " + fate(h) + "   |   Unhedged: " + fate(u) + "   |   Hedge paid for itself: "
                + hedgePaid(h));
    }

    private static String fate(RunSummary s) {
        return s.ruinDate() == null ? "not ruined, final " + Formats.fixed(s.finalEquity(), 0) + " USD"
                : "RUINED on " + s.ruinDate() + " (equity reached zero)";
    }

    private static String ruin(RunSummary s) {
        return s.ruinDate() == null ? "no" : "on " + s.ruinDate();
    }

    /** "yes (layers' P&L net of costs +X USD)" or "no (… −X USD)"; the layers' P&L already has costs taken off. */
    private static String hedgePaid(RunSummary h) {
        double net = 0;
        for (RunSummary.LayerSummary l : h.layers()) {
            net += l.pnlUsd();
        }
        return (net > 0 ? "yes" : "no") + " (layers' P&L net of costs " + (net > 0 ? "+" : "")
                + Formats.fixed(net, 2) + " USD)";
    }

    /** The banner's text (tests). */
    String bannerText() {
        return banner.getText();
    }

    /** A click on a chart: the market date nearest the clicked x (charts share one date axis). */
    private void clicked(ChartPanel source, java.awt.Point screen) {
        if (shown == null || shown.daily().isEmpty() || source.getChart() == null) {
            return;
        }
        Point2D p = source.translateScreenToJava2D(screen);
        Rectangle2D area = source.getChartRenderingInfo().getPlotInfo().getDataArea();
        if (!area.contains(p)) {
            return;
        }
        XYPlot plot = (XYPlot) source.getChart().getPlot();
        double x = plot.getDomainAxis().java2DToValue(p.getX(), area, plot.getDomainAxisEdge());
        DailyRow nearest = shown.daily().get(0);
        for (DailyRow d : shown.daily()) {
            if (Math.abs(ReplayDatasets.x(d.date()) - x) < Math.abs(ReplayDatasets.x(nearest.date()) - x)) {
                nearest = d;
            }
        }
        openDay(nearest.date());
    }

    /**
     * Opens {@code date}'s §10.2 snapshot in the other views: the replay's engine builds it off the EDT (through
     * the window's snapshot loader) with the history and program of the run on screen.
     */
    void openDay(LocalDate date) {
        if (shown == null || shownHistory == null) {
            return;
        }
        History history = shownHistory;
        AlvhConfig config = shown.config();
        LocalDate from = shown.from();
        String name = shown.historyName();
        picked = date;
        status.setText("Opening the snapshot of " + date + " in the other views …");
        opener.open(name + " at " + date + " (replay)", progress -> ReplayEngine
                .snapshotAt(history, config, from, date)
                .map(s -> new LoadResult<>(s, List.of()))
                .orElseGet(() -> new LoadResult<>(null, List.of(Problem.error(name, 0, 0,
                        "no §10.2 snapshot at " + date + ": not a market date of the replay, or no condor held")))));
    }

    private void chooseExportFolder() {
        JFileChooser chooser = new JFileChooser();
        chooser.setName("replayExportChooser");
        chooser.setDialogTitle("Export the replay's reports into a folder");
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        chooser.setApproveButtonText("Export");
        if (Dialogs.refocusing(chooser.showSaveDialog(panel), panel) != JFileChooser.APPROVE_OPTION
                || chooser.getSelectedFile() == null) {
            return;
        }
        Path folder = chooser.getSelectedFile().toPath();
        Path existing = folder.resolve(ReplayReports.DAILY);
        if (Files.exists(existing) && !FileDialogs.confirmReplace(panel, existing)) {
            return;
        }
        exportReports(folder);
    }

    /**
     * Writes daily.csv, trades.csv and summary.json of the run on screen into {@code folder}, off the EDT, all
     * three atomically (when one cannot be written none changes).
     */
    void exportReports(Path folder) {
        if (shown == null) {
            return;
        }
        ReplayResult r = shown;
        Background.run(panel, presenter, "writing the replay's reports", () -> {
            Map<Path, byte[]> files = new LinkedHashMap<>();
            ReplayReports.files(r).forEach((name, bytes) -> files.put(folder.resolve(name), bytes));
            Files.createDirectories(folder);
            AtomicFiles.writeAll(files);
            return folder;
        }, f -> status.setText("Exported daily.csv, trades.csv and summary.json to " + f));
    }

    /** The date last clicked (tests); null before any. */
    LocalDate picked() {
        return picked;
    }

    /** The layer chart (tests). */
    ChartPanel layerChart() {
        return layerChart;
    }

    /** The result on screen; null before the first run (tests). */
    ReplayResult shown() {
        return shown;
    }

    private static String strikes(List<Double> strikes) {
        StringBuilder sb = new StringBuilder();
        for (Double k : strikes) {
            sb.append(sb.length() == 0 ? "" : "/").append(Formats.fixed(k, k == Math.rint(k) ? 0 : 2));
        }
        return sb.toString();
    }

    private static List<Object> row(String label, String hedged, String unhedged) {
        return List.of(label, hedged, unhedged);
    }

    private static LocalDate date(String text, String field, List<String> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            problems.add(field + ": not a date yyyy-MM-dd: " + text.trim());
            return null;
        }
    }

    /** The history's problems, carried from the worker to the EDT. */
    private static final class BadHistory extends RuntimeException {
        BadHistory(List<Problem> problems) {
            super(problems.stream().limit(20).map(Problem::toString).reduce((a, b) -> a + "\n" + b).orElse(""));
        }
    }

    /** The theme changed: the chart is rebuilt with the new theme's colours. */
    void themeChanged() {
        if (shown != null) {
            SwingUtilities.invokeLater(() -> show(shown));
        }
    }
}
