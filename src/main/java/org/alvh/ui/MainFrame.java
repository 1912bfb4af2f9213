package org.alvh.ui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import java.util.prefs.BackingStoreException;

import javax.swing.JFrame;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import javax.swing.Timer;

import org.alvh.calc.AlvhResult;
import org.alvh.io.ReadProgress;
import org.alvh.io.SnapshotReader;
import org.alvh.model.LoadResult;
import org.alvh.model.Problem;
import org.alvh.model.Snapshot;
import org.jfree.chart.ChartPanel;

/**
 * The workstation window: menus, toolbar, the views (seven, and Diff and Sensitivity), the status bar, drag and drop. It owns the
 * state (the open snapshot, the parameter set, the last result) and applies results in one place,
 * {@link #computed}. EDT only.
 */
public final class MainFrame extends JFrame implements SnapshotLoader.Listener, RecomputeService.Listener {
    static final String TITLE = "ALVH Workstation";

    private final UiPrefs prefs;
    private final ErrorPresenter presenter;
    private final FileDialogs dialogs = new FileDialogs();
    private final SnapshotLoader loader = new SnapshotLoader(this);
    private final RecomputeService recompute = new RecomputeService(this);
    private final StatusBar status = new StatusBar(loader::cancel);
    private final JTabbedPane tabs = new JTabbedPane();
    private final List<ResultView> views;
    private final ParametersView parameters;
    private final ReplayView replay;
    private final FrameActions actions;
    private final WhatIfViews whatIf;
    private Snapshot snapshot;
    private SnapshotLoader.Source source;
    private Snapshot candidate;
    private AlvhResult result;
    private static final int PROGRESS_MS = 150;
    private boolean loading;
    private String loadingLabel = "";
    private final Timer loadProgress = new Timer(PROGRESS_MS, e -> showLoadProgress());
    private final java.awt.CardLayout cards = new java.awt.CardLayout();
    private final javax.swing.JPanel center = new javax.swing.JPanel(cards);
    private final EmptyState empty;
    private static final String VIEWS = "views";
    private static final String EMPTY = "empty";

    MainFrame(UiPrefs prefs, ErrorPresenter presenter) {
        super(TITLE);
        this.prefs = prefs;
        this.presenter = presenter;
        setName("mainFrame");
        ChartExporter exporter = new ChartExporter(presenter, dialogs, status::message, this::chartCaption);
        actions = new FrameActions(this, prefs, exporter);
        parameters = new ParametersView(config -> recompute(), actions.parameterButtons());
        views = List.of(new LayersView(exporter, prefs), new WeightedBetaView(exporter, prefs),
                new ConstituentsView(exporter, prefs), new CondorView(exporter, prefs), new AuditView(),
                new WarningsView(prefs), new RiskView(exporter, prefs, dialogs, presenter));
        replay = new ReplayView(parameters::config, presenter, exporter, (label, reader) -> {
            open(new SnapshotLoader.Source(label, null), reader);
            tabs.setSelectedIndex(0);
        });
        tabs.setName("views");
        for (int i = 0; i < views.size(); i++) {
            tabs.addTab(views.get(i).title(), views.get(i).component());
            if (i == 4) {
                tabs.addTab("Parameters", parameters.component());
            }
        }
        tabs.addTab(replay.title(), replay.component());
        whatIf = new WhatIfViews(this, exporter, prefs);
        tabs.addTab("Diff", whatIf.diffView());
        tabs.addTab("Sensitivity", whatIf.sensitivityView());
        whatIf.attach(tabs);
        setJMenuBar(actions.menuBar());
        getContentPane().add(actions.toolBar(), BorderLayout.NORTH);
        empty = new EmptyState(this::openDialog, this::openBundledSample);
        center.add(tabs, VIEWS);
        center.add(empty, EMPTY);
        cards.show(center, EMPTY);
        tabs.addChangeListener(e -> actions.update());
        getContentPane().add(center, BorderLayout.CENTER);
        getContentPane().add(status, BorderLayout.SOUTH);
        setTransferHandler(new FileDropHandler(this::openChosen));
        setDefaultCloseOperation(DO_NOTHING_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                exit();
            }
        });
        setMinimumSize(new Dimension(960, 640));
        restoreBounds();
        actions.update();
    }

    // ---- opening -------------------------------------------------------------------------------------

    public void openBundledSample() {
        open(new SnapshotLoader.Source(BundledSample.NAME + " (bundled sample)", null),
                progress -> BundledSample.read());
    }

    public void open(Path path) {
        open(new SnapshotLoader.Source(path.getFileName() == null ? path.toString()
                : path.getFileName().toString(), path), progress -> new SnapshotReader().read(path, progress));
    }

    /** Loads {@code source} with {@code reader} in the background (the one way a snapshot is opened). */
    void open(SnapshotLoader.Source source, Function<ReadProgress, LoadResult<Snapshot>> reader) {
        loader.load(source, reader);
    }

    void openDialog() {
        Path path = dialogs.openSnapshot(this);
        if (path != null) {
            openChosen(path);
        }
    }

    /**
     * Opens a snapshot the user chose (dialog, recent list, drop): when the parameters are edited, asks first
     * whether to keep the edits for it or reset to the defaults (Cancel: nothing is opened).
     */
    void openChosen(Path path) {
        List<String> changes = ParameterChanges.of(parameters.config());
        if (!changes.isEmpty()) {
            Object[] options = {"Keep edited parameters", "Reset to defaults", "Cancel"};
            int answer = Dialogs.option(this, "The parameters are edited (" + String.join("; ", changes.subList(0,
                    Math.min(3, changes.size()))) + (changes.size() > 3 ? "; …" : "") + ").\nKeep them for "
                    + label(path) + ", or reset to the defaults?", "Edited parameters",
                    javax.swing.JOptionPane.YES_NO_CANCEL_OPTION, javax.swing.JOptionPane.QUESTION_MESSAGE, options,
                    options[0]);
            if (answer == 1) {
                if (!actions.confirmDiscard("resetting to the defaults")) {
                    return;
                }
                parameters.show(org.alvh.io.config.ConfigReader.defaults(), null);
            } else if (answer != 0) {
                return;
            }
        }
        open(path);
    }

    private static String label(Path path) {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }

    @Override
    public void loadStarted(SnapshotLoader.Source s) {
        loading = true;
        loadingLabel = "Opening " + s.label() + " …";
        status.message(loadingLabel);
        busyChanged();
        loadProgress.restart();
    }

    /** Every {@value #PROGRESS_MS} ms while loading: the share of the snapshot's bytes read so far. */
    private void showLoadProgress() {
        ReadProgress progress = loader.progress();
        if (progress == null) {
            loadProgress.stop();
            return;
        }
        double fraction = progress.fraction();
        status.progress(fraction);
        if (fraction >= 0) {
            status.message(loadingLabel + " " + Formats.percent(fraction, 0) + " of "
                    + Formats.megabytes(progress.bytesTotal()));
        }
    }

    @Override
    public void loaded(SnapshotLoader.Source s, Snapshot loaded) {
        loading = false;
        busyChanged();
        candidate = loaded;
        status.message("Opened " + s.label() + "; computing …");
        recompute.submit(new RecomputeService.Request(loaded, parameters.config(), s, true));
    }

    @Override
    public void loadFailed(SnapshotLoader.Source s, List<Problem> problems) {
        loading = false;
        busyChanged();
        status.message("Could not open " + s.label());
        if (snapshot == null) {
            empty.failed("Could not open " + where(s) + " (" + Formats.count(problems.size(), "problem", "problems")
                    + ").");
        }
        ProblemsDialog.show(this, "Cannot open " + s.label(), "Cannot open " + where(s) + ". " + stays(),
                problems);
    }

    /** The folder or file the user opened, in full, or the bundled sample's name. */
    static String where(SnapshotLoader.Source s) {
        return s == null ? "" : s.path() == null ? s.label() : s.path().toAbsolutePath().toString();
    }

    @Override
    public void loadCancelled(SnapshotLoader.Source s) {
        loading = false;
        busyChanged();
        status.message("Opening " + s.label() + " cancelled");
    }

    @Override
    public void loadCrashed(SnapshotLoader.Source s, Throwable error) {
        loading = false;
        busyChanged();
        status.message("Could not open " + s.label());
        presenter.unexpected(this, "opening " + s.label(), error);
    }

    private String stays() {
        return snapshot == null ? "No snapshot is open."
                : "The previous snapshot (" + (source == null ? snapshot.name() : source.label()) + ") stays open.";
    }

    // ---- computing -----------------------------------------------------------------------------------

    /** Recompute layers (F5): the open snapshot (or the one being opened) with the current parameters. */
    void recompute() {
        Snapshot base = candidate != null ? candidate : snapshot;
        if (base == null) {
            return;
        }
        status.message("Computing …");
        recompute.submit(new RecomputeService.Request(base, parameters.config(),
                candidate != null ? null : source, candidate != null));
    }

    /** The one place where a result reaches the screen. */
    @Override
    public void computed(RecomputeService.Outcome outcome) {
        RecomputeService.Request request = outcome.request();
        if (request.newSnapshot()) {
            snapshot = request.snapshot();
            source = request.source() != null ? request.source() : source;
            candidate = null;
            if (source != null && source.path() != null) {
                prefs.addRecent(source.path());
            }
        }
        result = outcome.result();
        cards.show(center, VIEWS);
        showInTurn(result);
        List<String> changes = ParameterChanges.of(result.config());
        String edited = ParameterChanges.summary(changes);
        setTitle(TITLE + " — " + snapshot.name() + " (" + snapshot.asOf() + ")" + (edited.isEmpty() ? ""
                : " — " + edited));
        long ms = outcome.elapsed().toMillis();
        Double hedged = result.risk().percentHedged();
        String at = java.time.LocalTime.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        status.message(snapshot.name() + " as of " + snapshot.asOf() + (request.newSnapshot() ? ", opened "
                : ", recomputed ") + at + " — " + (hedged == null ? "nothing to hedge (H = 0)"
                : Formats.percent(hedged, 1) + " hedged") + " — " + Formats.count(result.advisories().size(),
                "advisory", "advisories") + ", " + Formats.count(result.warnings().size(), "warning", "warnings")
                + (edited.isEmpty() ? "" : " — " + edited));
        status.provenance(provenance());
        status.timing("Recomputed in " + ms + " ms");
        actions.update();
        whatIf.resultChanged();
    }

    /** Where the open snapshot came from and what its notes say (the status line's tooltip, Snapshot Info). */
    String provenance() {
        if (snapshot == null) {
            return "No snapshot is open.";
        }
        String from = source == null ? "" : source.path() == null ? "the bundled sample (inside the application)"
                : source.path().toAbsolutePath().toString();
        return "Snapshot " + snapshot.name() + " as of " + snapshot.asOf() + "\nOpened from " + from + "\nNotes: "
                + (snapshot.notes().isBlank() ? "(none in snapshot.json)" : snapshot.notes());
    }

    /** The line an exported chart carries: snapshot, as-of, and the parameters when edited. */
    private String chartCaption() {
        if (snapshot == null || result == null) {
            return "";
        }
        String edited = ParameterChanges.summary(ParameterChanges.of(result.config()));
        return snapshot.name() + ", as of " + snapshot.asOf() + (edited.isEmpty() ? "" : ", " + edited)
                + " — ALVH Workstation";
    }

    SnapshotLoader.Source source() {
        return source;
    }

    /**
     * Shows a result on the visible view now and on the other views one at a time, each in its own EDT event.
     * Each update is queued only after the events that arrived while the previous one (or the visible view's
     * repaint) ran, so input, repaints and timers are served in between: no run of events holds the EDT for all
     * seven views (a 5,000-name snapshot would otherwise stall it for ~100 ms). An update whose result has been
     * replaced by a newer one in the meantime is dropped: latest result wins.
     */
    private void showInTurn(AlvhResult shown) {
        Component visible = tabs.getSelectedComponent();
        Deque<ResultView> later = new ArrayDeque<>();
        for (ResultView view : views) {
            if (view.component() == visible) {
                view.show(shown);
            } else {
                later.add(view);
            }
        }
        showNext(shown, later);
    }

    private void showNext(AlvhResult shown, Deque<ResultView> remaining) {
        if (remaining.isEmpty()) {
            return;
        }
        // two hops: the first runs after what is queued now (the visible view's repaint), the second after
        // whatever arrived meanwhile
        SwingUtilities.invokeLater(() -> SwingUtilities.invokeLater(() -> {
            if (result == shown) {
                remaining.poll().show(shown);
                showNext(shown, remaining);
            }
        }));
    }

    @Override
    public void unusable(RecomputeService.Request request, List<Problem> problems) {
        if (request.newSnapshot()) {
            candidate = null;
            SnapshotLoader.Source from = request.source();
            String name = from == null ? request.snapshot().name() : from.label();
            status.message("Could not compute " + name);
            if (snapshot == null) {
                empty.failed("The method cannot be computed from " + where(from) + ".");
            }
            ProblemsDialog.show(this, "Cannot open " + name, "The method cannot be computed from " + where(from)
                    + " (" + request.snapshot().name() + "). " + stays(), problems);
        } else {
            status.message("Not recomputed: the snapshot cannot support these parameters");
            ProblemsDialog.show(this, "Cannot recompute", "The method cannot be computed with these parameters; "
                    + "the views show the last result.", problems);
        }
    }

    @Override
    public void crashed(RecomputeService.Request request, Throwable error) {
        if (request.newSnapshot()) {
            candidate = null;
        }
        status.message("Recompute failed");
        presenter.unexpected(this, "computing the layers", error);
    }

    /** {@code busy} is what {@link RecomputeService#isBusy} says from now on. */
    @Override
    public void busy(boolean busy) {
        busyChanged();
    }

    private void busyChanged() {
        status.busy(loading || recompute.isBusy(), loading);
        actions.update();
    }

    // ---- everything else -----------------------------------------------------------------------------

    /** After {@link Theme#apply} has updated every component: redraws what the look and feel does not. */
    void themeChanged() {
        for (ResultView view : views) {
            view.themeChanged();
        }
        replay.themeChanged();
        whatIf.themeChanged();
    }

    /** The Replay tab (tests). */
    ReplayView replayView() {
        return replay;
    }

    /** File → Compare with…: a second snapshot, or the saved parameters (the Diff view). */
    void compareWith() {
        whatIf.compareWith();
    }

    void selectView(int index) {
        if (index >= 0 && index < tabs.getTabCount()) {
            tabs.setSelectedIndex(index);
        }
    }

    /** The first chart of the selected view, or null (also while no snapshot is open). */
    ChartPanel selectedChart() {
        return result == null ? null : findChart(tabs.getSelectedComponent());
    }

    private static ChartPanel findChart(Component c) {
        if (c instanceof ChartPanel p) {
            return p;
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                ChartPanel found = findChart(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Asks before discarding modified parameters; true when it is fine to go on. */
    boolean confirmDiscardParameters(String what) {
        return actions.confirmDiscard(what);
    }

    void exit() {
        if (!confirmDiscardParameters("closing")) {
            return;
        }
        saveWindowState();
        dispose();
    }

    /** Closes the window and stops its background pipelines, whoever closes it (their threads would idle on). */
    @Override
    public void dispose() {
        loader.cancel();
        recompute.shutdown();
        whatIf.shutdown();
        super.dispose();
    }

    private void saveWindowState() {
        boolean maximized = (getExtendedState() & MAXIMIZED_BOTH) == MAXIMIZED_BOTH;
        prefs.maximized(maximized);
        if (!maximized) {
            prefs.bounds(getBounds());
        }
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            status.message("Could not save the window settings: " + e.getMessage());
        }
    }

    private void restoreBounds() {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        Rectangle saved = prefs.bounds();
        if (saved != null && screen.intersects(saved)) {
            setBounds(saved.intersection(screen));
        } else {
            setSize(Math.min(1280, screen.width), Math.min(800, screen.height));
            setLocationRelativeTo(null);
        }
        if (prefs.maximized()) {
            setExtendedState(MAXIMIZED_BOTH);
        }
    }

    // ---- accessors for actions and tests -------------------------------------------------------------

    ErrorPresenter presenter() {
        return presenter;
    }

    FileDialogs dialogs() {
        return dialogs;
    }

    StatusBar status() {
        return status;
    }

    ParametersView parameters() {
        return parameters;
    }

    AlvhResult result() {
        return result;
    }

    Snapshot snapshot() {
        return snapshot;
    }

    WhatIfViews whatIf() {
        return whatIf;
    }

    boolean isBusy() {
        return loading || recompute.isBusy();
    }
}
