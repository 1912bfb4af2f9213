package org.alvh.replay;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.alvh.model.AlvhConfig;

/**
 * Everything a replay produced (METHOD.md §10.4): the daily rows from the first entry to {@code to}, the trades
 * in report order, each run's summary, and the dates the engine failed on.
 *
 * @param from       the first date asked for (the history's first date when none)
 * @param to         the last date asked for (the history's last date when none)
 * @param firstEntry the first condor's entry date; null when no date allowed an entry
 * @param engineRuns engine calls of the hedged run
 * @param warnings   one line per engine failure on a rebalance date (and other replay warnings)
 * @param timing     where the time went (for the benchmark and the window's status line; not a report)
 */
public record ReplayResult(String historyName, LocalDate from, LocalDate to, LocalDate firstEntry,
                           int engineRuns, AlvhConfig config, List<String> warnings, List<DailyRow> daily,
                           List<Trade> trades, Map<Run, RunSummary> runs, Timing timing) {
    public ReplayResult {
        warnings = List.copyOf(warnings);
        daily = List.copyOf(daily);
        trades = List.copyOf(trades);
        runs = Map.copyOf(runs);
    }

    /**
     * Wall time of the replay, nanoseconds.
     *
     * @param engineNanos   in {@code AlvhEngine.compute} (§2–§5 on the §10.2 snapshots, first-entry tries included)
     * @param snapshotNanos building the §10.2 snapshots (views)
     * @param totalNanos    the whole replay, statistics included
     */
    public record Timing(long engineNanos, long snapshotNanos, long totalNanos) {
    }

    /** The last row's date; null when there is none. */
    public LocalDate lastDate() {
        return daily.isEmpty() ? null : daily.get(daily.size() - 1).date();
    }
}
