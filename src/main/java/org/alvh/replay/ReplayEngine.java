package org.alvh.replay;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.alvh.calc.AlvhEngine;
import org.alvh.calc.AuditTrail;
import org.alvh.calc.AlvhResult;
import org.alvh.calc.LayerResult;
import org.alvh.calc.UnusableSnapshotException;
import org.alvh.model.AlvhConfig;
import org.alvh.model.History;
import org.alvh.model.MarketHistory;
import org.alvh.model.Problem;
import org.alvh.model.Right;
import org.alvh.model.Snapshot;

/**
 * The replay of METHOD.md §10.3: at each market date's close, in this order, positions that expire settle, the
 * condor exit is tested, a new condor is opened, the engine runs on the §10.2 snapshot and the hedges trade,
 * everything is marked and the ruin test is made; the hedged and the unhedged runs in one pass. Pure; checks
 * its cancel flag and reports progress once per market date.
 */
public final class ReplayEngine {
    private final History history;
    private final AlvhConfig config;
    private final AlvhConfig.Backtest rules;
    private final CondorRule condorRule;
    private final ReplaySnapshots snapshots;
    private final Book hedged;
    private final Book unhedged;
    private final List<Trade> hedgedTrades = new ArrayList<>();
    private final List<Trade> unhedgedTrades = new ArrayList<>();
    private final List<Trade> trades = new ArrayList<>();
    private final List<DailyRow> daily = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private int engineRuns;
    private int latestEntry = -1;
    private LocalDate firstEntry;
    private double hedgedPeak;
    private double unhedgedPeak;
    private long engineNanos;
    private long snapshotNanos;
    private final long started = System.nanoTime();

    private ReplayEngine(History history, AlvhConfig config) {
        this.history = history;
        this.config = config;
        this.rules = config.backtest();
        this.condorRule = new CondorRule(config, history.market());
        this.snapshots = new ReplaySnapshots(history);
        this.hedged = new Book(Run.HEDGED, rules, hedgedTrades);
        this.unhedged = new Book(Run.UNHEDGED, rules, unhedgedTrades);
        this.hedgedPeak = rules.capital();
        this.unhedgedPeak = rules.capital();
    }

    /**
     * Replays the program from the first date {@code >= from} to the last {@code <= to} (null: the history's
     * first and last dates).
     *
     * @param cancelled checked once per market date; when it says true the replay stops
     * @param listener  told after each market date
     * @throws ReplayCancelledException when cancelled
     */
    public static ReplayResult run(History history, AlvhConfig config, LocalDate from, LocalDate to,
                                   BooleanSupplier cancelled, ReplayListener listener) {
        ReplayEngine engine = new ReplayEngine(history, config);
        MarketHistory m = history.market();
        LocalDate first = from == null ? m.date(0) : from;
        LocalDate last = to == null ? m.date(m.size() - 1) : to;
        engine.replay(first, last, null, cancelled, listener);
        return engine.result(first, last);
    }

    /**
     * The §10.2 snapshot at {@code date} (a market date {@code >= from}): the replay runs up to it and returns the
     * snapshot its engine sees (or would see) there, holding the open condor; before the first entry, the
     * condor the entry rule picks at that date.
     *
     * @return empty when {@code date} is not a market date in range or no condor can be held there
     */
    public static Optional<Snapshot> snapshotAt(History history, AlvhConfig config, LocalDate from, LocalDate date) {
        ReplayEngine engine = new ReplayEngine(history, config);
        MarketHistory m = history.market();
        int index = m.indexOf(date);
        if (index < 0 || (from != null && date.isBefore(from))) {
            return Optional.empty();
        }
        Snapshot[] found = new Snapshot[1];
        engine.replay(from == null ? m.date(0) : from, date, found, () -> false, ReplayListener.NONE);
        return Optional.ofNullable(found[0]);
    }

    private void replay(LocalDate from, LocalDate to, Snapshot[] probe, BooleanSupplier cancelled,
                        ReplayListener listener) {
        MarketHistory m = history.market();
        int first = m.lastIndexOnOrBefore(from);
        if (first < 0 || !m.date(first).equals(from)) {
            first++;
        }
        int last = m.lastIndexOnOrBefore(to);
        int total = Math.max(0, last - first + 1);
        for (int i = first; i <= last; i++) {
            if (cancelled.getAsBoolean()) {
                throw new ReplayCancelledException();
            }
            MarketDay day = new MarketDay(history, config, i);
            boolean dump = probe != null && i == last;
            if (firstEntry == null) {
                tryFirstEntry(day, dump ? probe : null);
            } else {
                close(day, dump ? probe : null);
            }
            listener.progress(i - first + 1, total);
        }
        if (!daily.isEmpty()) {
            MarketDay lastDay = new MarketDay(history, config, m.indexOf(daily.get(daily.size() - 1).date()));
            hedged.closeMarks(lastDay);
            unhedged.closeMarks(lastDay);
        }
    }

    /** Before the first entry: enter on the first date on which §2–§5 compute with the entry-rule condor. */
    private void tryFirstEntry(MarketDay day, Snapshot[] probe) {
        Optional<List<Holding>> legs = condorRule.pick(day);
        if (legs.isEmpty()) {
            return;
        }
        Snapshot snapshot = snapshot(day, legs.get());
        if (probe != null) {
            probe[0] = snapshot;
        }
        AlvhResult result;
        try {
            result = compute(snapshot);
        } catch (UnusableSnapshotException e) {
            return; // engine failures before the first entry are not warnings (§10.3)
        }
        engineRuns++;
        firstEntry = day.date();
        latestEntry = day.index();
        hedged.openCondor(day, legs.get(), "entry");
        unhedged.openCondor(day, legs.get(), "entry");
        hedge(day, result, "entry");
        endOfClose(day, result, null);
    }

    /** One close after the first entry, in the order of §10.3. */
    private void close(MarketDay day, Snapshot[] probe) {
        boolean rollDue = !hedged.ruined() && rollDue(day);
        boolean exited = false;
        for (Book book : books()) {
            exited |= settle(book, day);
        }
        for (Book book : books()) {
            exited |= exitTest(book, day);
        }
        if (exited) {
            Optional<List<Holding>> legs = condorRule.pick(day);
            if (legs.isPresent()) {
                for (Book book : books()) {
                    if (!book.ruined() && !book.holdsCondor()) {
                        book.openCondor(day, legs.get(), "entry after exit");
                    }
                }
                latestEntry = day.index();
            } else {
                warnings.add(day.date() + ": no condor fits the entry rule");
            }
        }
        boolean entered = latestEntry == day.index();
        boolean rebalance = !entered && (day.index() - latestEntry) % rules.rebalanceDays() == 0;
        List<Holding> condor = hedged.holdsCondor() ? hedged.condor() : unhedged.condor();
        if (probe != null && !condor.isEmpty()) {
            probe[0] = snapshots.at(day, condor);
        }
        AlvhResult result = null;
        String failure = null;
        if (!hedged.ruined() && hedged.holdsCondor() && (entered || rebalance || rollDue)) {
            String prefix = entered ? "entry" : rebalance ? "rebalance" : "roll";
            engineRuns++;
            try {
                result = compute(snapshot(day, hedged.condor()));
                hedge(day, result, prefix);
            } catch (UnusableSnapshotException e) {
                failure = day.date() + ": the engine failed, the held hedges are kept: " + messages(e.problems());
                warnings.add(failure);
            }
        }
        endOfClose(day, result, failure);
    }

    private Snapshot snapshot(MarketDay day, List<Holding> condor) {
        long t0 = System.nanoTime();
        try {
            return snapshots.at(day, condor);
        } finally {
            snapshotNanos += System.nanoTime() - t0;
        }
    }

    private AlvhResult compute(Snapshot snapshot) {
        long t0 = System.nanoTime();
        try {
            return AlvhEngine.compute(snapshot, config, AuditTrail.discarding()); // the replay reads no audit
        } finally {
            engineNanos += System.nanoTime() - t0;
        }
    }

    private static String messages(List<Problem> problems) {
        StringBuilder sb = new StringBuilder();
        for (Problem p : problems) {
            sb.append(sb.length() == 0 ? "" : "; ").append(p.message());
        }
        return sb.toString();
    }

    /** True when a hedge held at the start of the close has {@code <= rollDays} calendar days left. */
    private boolean rollDue(MarketDay day) {
        for (int k = 1; k <= 3; k++) {
            Holding h = hedged.hedge(k);
            if (h != null && day.daysTo(h.structure().expiry()) <= rules.rollDays()) {
                return true;
            }
        }
        return false;
    }

    /** Positions that expire settle; true when the condor did (an exit). */
    private static boolean settle(Book book, MarketDay day) {
        if (book.ruined()) {
            return false;
        }
        boolean condorExpired = false;
        if (book.holdsCondor() && day.expired(book.condor().get(0).structure())) {
            book.closeCondor(day, TradeAction.EXPIRE, "expiry reached");
            condorExpired = true;
        }
        for (int k = 1; k <= 3; k++) {
            Holding h = book.hedge(k);
            if (h != null && day.expired(h.structure())) {
                book.expireHedge(day, k, "expiry reached");
            }
        }
        return condorExpired;
    }

    /** The exit rules after the entry date; closes the condor when one holds. */
    private boolean exitTest(Book book, MarketDay day) {
        if (book.ruined() || !book.holdsCondor()) {
            return false;
        }
        String reason = CondorExit.reason(book.condor(), book.condorEntryDate(), book.condorEntryCreditUsd(), day,
                rules);
        if (reason == null) {
            return false;
        }
        book.closeCondor(day, TradeAction.CLOSE, reason);
        return true;
    }

    /** §10.3 "Hedging": per layer, keep and resize the held structure while it qualifies, else roll. */
    private void hedge(MarketDay day, AlvhResult result, String prefix) {
        for (int k = 1; k <= 3; k++) {
            LayerResult engine = result.layers().get(k - 1);
            Holding held = hedged.hedge(k);
            boolean engineHolds = engine.active() && engine.unavailable() == null;
            if (held != null) {
                String why = engineHolds ? HedgeRule.notKept(day, k, held, engine, config)
                        : engine.unavailable() != null ? "layer unavailable: " + engine.unavailable() : "layer inactive";
                if (why == null) {
                    double quantity = day.resize(held.structure(), engine.vevTarget(),
                            day.vevPerUnit(held.structure()));
                    if (quantity != held.quantity()) {
                        hedged.resizeHedge(day, k, quantity, prefix + ": kept");
                    }
                    continue;
                }
                hedged.closeHedge(day, k, prefix + ": " + why);
            }
            if (engineHolds && engine.quantity() != 0) {
                hedged.openHedge(day, k, structureOf(day, engine), engine.quantity(), prefix);
            }
        }
    }

    private Structure structureOf(MarketDay day, LayerResult engine) {
        StructureKind kind = StructureKind.of(engine.structure());
        return switch (kind) {
            case VX_FUTURE, VXM_FUTURE -> new Structure(kind, engine.expiry(), List.of(), null, null, 0);
            case VIX_CALL, VIX_CALL_BUTTERFLY -> new Structure(kind, engine.expiry(), engine.strikes(), Right.CALL,
                    null, 0);
            case SPX_PUT_SPREAD -> new Structure(kind, engine.expiry(), engine.strikes(), Right.PUT, null, 0);
            case SPX_VARIANCE_SWAP -> new Structure(kind, engine.expiry(), engine.strikes(), null, day.date(),
                    config.layer2().targetDays());
            case SPX_OPTION -> throw new IllegalArgumentException("the engine names no condor leg as a hedge");
        };
    }

    /** Marks, the ruin test, the daily row; the date's trades join the report, hedged before unhedged. */
    private void endOfClose(MarketDay day, AlvhResult result, String failure) {
        for (Book book : books()) {
            if (!book.ruined() && book.equity(day) <= 0) {
                ruin(book, day);
            }
        }
        hedged.countActive();
        double hedgedEquity = hedged.equity(day);
        double unhedgedEquity = unhedged.equity(day);
        double condorMark = hedged.holdsCondor() ? hedged.condorValueUsd(day)
                : unhedged.holdsCondor() ? unhedged.condorValueUsd(day) : 0;
        List<DailyRow.LayerDay> layers = new ArrayList<>(3);
        for (int k = 1; k <= 3; k++) {
            Holding h = hedged.hedge(k);
            layers.add(h == null ? new DailyRow.LayerDay(null, 0, 0)
                    : new DailyRow.LayerDay(h.structure().kind(), h.quantity(), hedged.hedgeMarkUsd(day, k)));
        }
        hedgedPeak = Math.max(hedgedPeak, hedgedEquity);
        unhedgedPeak = Math.max(unhedgedPeak, unhedgedEquity);
        daily.add(new DailyRow(day.date(), day.spot(), day.vix(),
                result == null ? null : result.effective().effective(),
                result == null ? null : result.effective().shiftScore(),
                result == null ? null : result.effective().tailTrigger(), condorMark, layers, hedgedEquity,
                unhedgedEquity, hedgedEquity / hedgedPeak - 1, unhedgedEquity / unhedgedPeak - 1, failure));
        trades.addAll(hedgedTrades);
        trades.addAll(unhedgedTrades);
        hedgedTrades.clear();
        unhedgedTrades.clear();
    }

    /** Closes everything the run holds at the marks, with costs: the condor first, then layers 1–3. */
    private static void ruin(Book book, MarketDay day) {
        if (book.holdsCondor()) {
            book.closeCondor(day, TradeAction.CLOSE, "ruin");
        }
        for (int k = 1; k <= 3; k++) {
            if (book.hedge(k) != null) {
                book.closeHedge(day, k, "ruin");
            }
        }
        book.markRuined(day.date());
    }

    private List<Book> books() {
        return List.of(hedged, unhedged);
    }

    private ReplayResult result(LocalDate from, LocalDate to) {
        List<LocalDate> dates = daily.stream().map(DailyRow::date).toList();
        double[] hedgedEquity = daily.stream().mapToDouble(DailyRow::hedgedEquity).toArray();
        double[] unhedgedEquity = daily.stream().mapToDouble(DailyRow::unhedgedEquity).toArray();
        Map<Run, RunSummary> runs = new EnumMap<>(Run.class);
        runs.put(Run.HEDGED, RunStatistics.of(dates, hedgedEquity, rules.capital(), hedged, true));
        runs.put(Run.UNHEDGED, RunStatistics.of(dates, unhedgedEquity, rules.capital(), unhedged, false));
        return new ReplayResult(history.name(), from, to, firstEntry, engineRuns, config, warnings, daily, trades,
                runs, new ReplayResult.Timing(engineNanos, snapshotNanos, System.nanoTime() - started));
    }
}
