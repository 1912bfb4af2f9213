package org.alvh.ui;

import java.nio.file.Path;
import java.util.List;

import javax.swing.JComponent;
import javax.swing.JOptionPane;
import javax.swing.JTabbedPane;

import org.alvh.calc.AlvhEngine;
import org.alvh.calc.AlvhResult;
import org.alvh.calc.UnusableSnapshotException;
import org.alvh.io.SnapshotReader;
import org.alvh.io.config.ConfigReader;
import org.alvh.io.config.NumericParameters;
import org.alvh.model.AlvhConfig;
import org.alvh.model.LoadResult;
import org.alvh.model.Problem;
import org.alvh.model.Snapshot;
import org.alvh.whatif.Attribution;
import org.alvh.whatif.ResultDiff;
import org.alvh.whatif.Sensitivity;

/**
 * The Diff and Sensitivity views and their two pipelines (one per kind of work, latest request wins; see
 * {@link WhatIfPipeline}). "Compare with…" makes the open snapshot under the current parameters B and the choice A:
 * a second snapshot under the same parameters, or the open snapshot under the saved parameters (the parameter file,
 * or the defaults when none is open). The sensitivity is computed for the open snapshot and the current parameters
 * when asked, and again whenever the view is shown after the result changed. EDT only.
 */
final class WhatIfViews {

    /** One side of a comparison: a snapshot already open or a path to read, and a configuration or a file. */
    private record Side(String label, Snapshot snapshot, Path snapshotPath, AlvhConfig config, Path configPath) {
    }

    private final MainFrame frame;
    private final DiffView diff;
    private final SensitivityView sensitivity;
    private final WhatIfPipeline<DiffOutcome> diffs;
    private final WhatIfPipeline<SensitivityOutcome> sensitivities;
    private Side sideA;
    private Side sideB;
    private JTabbedPane tabs;
    private AlvhResult sensitivityFor;

    WhatIfViews(MainFrame frame, ChartExporter exporter, UiPrefs prefs) {
        this.frame = frame;
        diff = new DiffView(exporter, prefs, this::swap);
        sensitivity = new SensitivityView(exporter, prefs, this::computeSensitivity);
        diffs = new WhatIfPipeline<>("alvh-diff", new Presenting<>("Compare") {
            @Override
            public void started(String label) {
                diff.started(label);
                frame.status().message(label + " …");
            }

            @Override
            public void finished(DiffOutcome outcome) {
                diff.show(outcome);
                frame.status().message("Compared " + outcome.labelA() + " with " + outcome.labelB());
            }

            @Override
            void stopped() {
                diff.stopped();
            }
        });
        sensitivities = new WhatIfPipeline<>("alvh-sensitivity", new Presenting<>("Sensitivity") {
            @Override
            public void started(String label) {
                sensitivity.started();
            }

            @Override
            public void progress(int done, int total) {
                sensitivity.progress(done, total);
            }

            @Override
            public void finished(SensitivityOutcome outcome) {
                sensitivity.show(outcome);
                frame.status().message("Sensitivity of " + outcome.base().snapshotName() + " computed");
            }

            @Override
            void stopped() {
                sensitivity.stopped();
            }
        });
    }

    JComponent diffView() {
        return diff.component();
    }

    JComponent sensitivityView() {
        return sensitivity.component();
    }

    /** Tells the views which tab pane holds them: the sensitivity follows the result when shown. */
    void attach(JTabbedPane pane) {
        tabs = pane;
        pane.addChangeListener(e -> refreshSensitivityIfShown());
    }

    /** A new result is on screen. */
    void resultChanged() {
        refreshSensitivityIfShown();
    }

    void themeChanged() {
        diff.themeChanged();
        sensitivity.themeChanged();
    }

    /** True while a comparison or a sensitivity is pending. */
    boolean isBusy() {
        return diffs.isBusy() || sensitivities.isBusy();
    }

    void shutdown() {
        diffs.shutdown();
        sensitivities.shutdown();
    }

    // ---- compare -------------------------------------------------------------------------------------------

    /** File → Compare with…: asks what to compare the open snapshot with. */
    void compareWith() {
        if (frame.snapshot() == null) {
            frame.presenter().problem(frame, "Nothing to compare", "Open a snapshot first.");
            return;
        }
        Object[] options = {"A second snapshot…", "The saved parameters", "Cancel"};
        int answer = JOptionPane.showOptionDialog(frame, "Compare the open snapshot under the current parameters"
                + " (B) with:", "Compare with", JOptionPane.DEFAULT_OPTION, JOptionPane.QUESTION_MESSAGE, null,
                options, options[0]);
        if (answer == 0) {
            Path path = frame.dialogs().openSnapshot(frame);
            if (path != null) {
                compareWithSnapshot(path);
            }
        } else if (answer == 1) {
            compareWithSavedParameters();
        }
    }

    /** A = the snapshot at {@code path} under the current parameters, B = the open snapshot under them. */
    void compareWithSnapshot(Path path) {
        AlvhConfig config = frame.parameters().config();
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        compare(new Side(name, null, path, config, null), current());
    }

    /** A = the open snapshot under the saved parameters (the file, or the defaults), B = under the current ones. */
    void compareWithSavedParameters() {
        Path file = frame.parameters().file();
        Side saved = file == null
                ? new Side(frame.snapshot().name() + ", default parameters", frame.snapshot(), null,
                        ConfigReader.defaults(), null)
                : new Side(frame.snapshot().name() + ", saved " + file.getFileName(), frame.snapshot(), null, null,
                        file);
        compare(saved, current());
    }

    private Side current() {
        return new Side(frame.snapshot().name() + ", current parameters", frame.snapshot(), null,
                frame.parameters().config(), null);
    }

    private void swap() {
        if (sideA != null) {
            compare(sideB, sideA);
        }
    }

    private void compare(Side a, Side b) {
        sideA = a;
        sideB = b;
        tabs.setSelectedComponent(diff.component());
        diffs.submit("Comparing " + a.label() + " with " + b.label(), progress -> {
            Snapshot snapshotA = snapshot(a);
            Snapshot snapshotB = snapshot(b);
            AlvhConfig configA = config(a);
            AlvhConfig configB = config(b);
            AlvhResult resultA = AlvhEngine.compute(snapshotA, configA);
            AlvhResult resultB = AlvhEngine.compute(snapshotB, configB);
            return new DiffOutcome(a.label(), b.label(), resultA, resultB, ResultDiff.of(resultA, resultB),
                    Attribution.of(snapshotA, configA, resultA, snapshotB, configB, resultB));
        });
    }

    /** Runs on the pipeline thread. */
    private static Snapshot snapshot(Side side) {
        return side.snapshot() != null ? side.snapshot() : usable(new SnapshotReader().read(side.snapshotPath()));
    }

    /** Runs on the pipeline thread. */
    private static AlvhConfig config(Side side) {
        return side.config() != null ? side.config() : usable(new ConfigReader().read(side.configPath()));
    }

    private static <T> T usable(LoadResult<T> read) {
        if (!read.ok()) {
            throw new UnusableSnapshotException(read.errors());
        }
        return read.value();
    }

    // ---- sensitivity ---------------------------------------------------------------------------------------

    private void refreshSensitivityIfShown() {
        AlvhResult result = frame.result();
        if (tabs != null && tabs.getSelectedComponent() == sensitivity.component() && result != null
                && result != sensitivityFor) {
            computeSensitivity(sensitivity.step());
        }
    }

    /** Bumps every numeric parameter of the current parameters on the open snapshot. */
    void computeSensitivity(double step) {
        Snapshot snapshot = frame.snapshot();
        AlvhResult result = frame.result();
        if (snapshot == null || result == null) {
            return;
        }
        AlvhConfig config = frame.parameters().config();
        sensitivityFor = result;
        sensitivities.submit("Sensitivity", progress -> {
            AlvhResult base = AlvhEngine.compute(snapshot, config);
            Sensitivity s = Sensitivity.compute(snapshot, base, NumericParameters.of(config), step,
                    progress::done);
            return new SensitivityOutcome(base, s);
        });
    }

    /** Routes the pipelines' failures to the window's one presenter. */
    private abstract class Presenting<T> implements WhatIfPipeline.Listener<T> {
        private final String what;

        Presenting(String what) {
            this.what = what;
        }

        abstract void stopped();

        @Override
        public void progress(int done, int total) {
        }

        @Override
        public void unusable(String label, List<Problem> problems) {
            stopped();
            frame.status().message(what + ": cannot compute");
            ProblemsDialog.show(frame, what, label + ": cannot be computed.", problems);
        }

        @Override
        public void crashed(String label, Throwable error) {
            stopped();
            frame.status().message(what + " failed");
            frame.presenter().unexpected(frame, label.toLowerCase(java.util.Locale.ROOT), error);
        }
    }
}
