/**
 * The workstation window (issue 3): Swing with FlatLaf and JFreeChart on top of
 * {@link org.alvh.calc.AlvhEngine}.
 *
 * <p><b>Threading contract.</b> Every Swing component, table model and JFreeChart dataset is created and
 * changed on the event dispatch thread only. Long work leaves the EDT through these doors:
 * <ul>
 *   <li>{@link org.alvh.ui.SnapshotLoader} reads a snapshot in a {@code SwingWorker} (progress bar and
 *       Cancel in the status bar; a newer load cancels an older one);</li>
 *   <li>{@link org.alvh.ui.RecomputeService} takes an immutable {@code (Snapshot, AlvhConfig)} request on
 *       the EDT, computes on its one background thread, and hands the newest result back on the EDT to one
 *       place ({@code MainFrame.computed}); older requests are skipped or their results dropped (latest request
 *       wins).</li>
 *   <li>{@link org.alvh.ui.WhatIfPipeline}, one for the Diff and one for the Sensitivity (issue 12): the same
 *       rules, with progress; a newer request interrupts the running one.</li>
 * </ul>
 * Small file writes (hedge sheet, charts, parameters) go through {@link org.alvh.ui.Background}. Every
 * {@code SwingWorker.done()} calls {@code get()}; bad input ({@code Problem}s with file, line and column)
 * goes to {@link org.alvh.ui.ProblemsDialog}, anything unexpected to {@link org.alvh.ui.ErrorPresenter}.
 *
 * <p><b>No formulas here.</b> Views only display the fields of {@link org.alvh.calc.AlvhResult} and of the
 * small pure projections of it in {@code org.alvh.calc} ({@code PayoffProfile}: the engine's §9 coordinated
 * path, {@code ScenarioMatrix}, {@code VegaProfile}, {@code SectorBreakdown}, {@code TriggerLine},
 * {@code LeftOutConstituents}); chart factories style, they never compute.
 *
 * <p><b>Nothing cut off.</b> Tables come from {@code Tables.table} and are widened to their content after each
 * result ({@code Tables.fit}); a table wider than its viewport scrolls sideways. A long text column is capped
 * only where its whole text is in a detail pane or tooltip. Numbers are written by {@link org.alvh.ui.Formats}
 * (the window's dashes and signs around {@code org.alvh.format.Numbers}, the one home for formats); the Help menu shows the repository's own Markdown (glossary, docs/METHOD.md).
 *
 * <p><b>Preferences</b> (theme, window bounds, split panes, recent files) live under the node named by the
 * system property {@code alvh.prefs.node} (default {@code /org/alvh/workstation}); tests use their own.
 */
package org.alvh.ui;
