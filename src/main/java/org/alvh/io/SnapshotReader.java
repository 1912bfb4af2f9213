package org.alvh.io;

import org.alvh.io.MarketParser.MarketRows;
import org.alvh.io.SnapshotJsonParser.SnapshotMeta;
import org.alvh.model.ChainQuote;
import org.alvh.model.Constituent;
import org.alvh.model.LoadResult;
import org.alvh.model.MacroEvent;
import org.alvh.model.MarketHistory;
import org.alvh.model.OptionLeg;
import org.alvh.model.PriceMatrix;
import org.alvh.model.Problem;
import org.alvh.model.Snapshot;
import org.alvh.model.VixFuture;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and validates a snapshot (METHOD.md §1) from a folder, a CSV file inside one, a {@code .zip} of the
 * folder, or files in memory. Every problem of every file is collected (up to a limit, then counted); the
 * result carries a {@link Snapshot} only when there is no error. Never throws on bad input.
 */
public final class SnapshotReader {
    public static final long DEFAULT_MAX_FILE_BYTES = 512L * 1024 * 1024;
    public static final long DEFAULT_MAX_ROWS = 20_000_000L;
    public static final int DEFAULT_MAX_PROBLEMS = 200;

    /** Order in which problems are reported: the files as METHOD.md §1 lists them. */
    private static final List<String> REPORT_ORDER = SnapshotFiles.KNOWN;

    private final CsvTable.Limits limits;
    private final int maxProblems;

    public SnapshotReader() {
        this(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_ROWS, DEFAULT_MAX_PROBLEMS);
    }

    /**
     * @param maxFileBytes largest accepted file (or zip entry), in bytes
     * @param maxRows      most data rows accepted in one CSV file
     * @param maxProblems  errors listed before the rest are only counted ("... and N more problems")
     */
    public SnapshotReader(long maxFileBytes, long maxRows, int maxProblems) {
        if (maxFileBytes <= 0 || maxRows <= 0 || maxProblems <= 0) {
            throw new IllegalArgumentException("limits must be positive, got " + maxFileBytes + ", " + maxRows
                    + ", " + maxProblems);
        }
        this.limits = new CsvTable.Limits(maxFileBytes, maxRows);
        this.maxProblems = maxProblems;
    }

    /** Reads the snapshot at {@code path}: a folder, any CSV (or snapshot.json) inside one, or a zip of one. */
    public LoadResult<Snapshot> read(Path path) {
        return read(path, new ReadProgress());
    }

    /**
     * As {@link #read(Path)}, counting the bytes read into {@code progress}.
     *
     * @throws ReadProgress.Cancelled once {@code progress} is cancelled (at the next read of a file)
     */
    public LoadResult<Snapshot> read(Path path, ReadProgress progress) {
        ProblemCollector problems = new ProblemCollector(maxProblems);
        SnapshotFiles.Found found = SnapshotFiles.fromPath(path, limits.maxFileBytes(), problems, progress);
        progress.check();
        if (found == null) {
            return new LoadResult<>(null, problems.toList(REPORT_ORDER));
        }
        return read(found.displayName(), found.files(), problems, progress);
    }

    /**
     * Reads a snapshot given as files in memory, keyed by their path as in a zip (e.g. {@code market.csv} or
     * {@code folder/market.csv}); for tests and fuzzing.
     */
    public LoadResult<Snapshot> read(String displayName, Map<String, byte[]> files) {
        ProblemCollector problems = new ProblemCollector(maxProblems);
        Map<String, FileInput> entries = new LinkedHashMap<>();
        files.forEach((name, bytes) -> entries.put(name, FileInput.of(bytes)));
        SnapshotFiles.Found found = SnapshotFiles.fromEntries(displayName, displayName, entries, problems);
        if (found == null) {
            return new LoadResult<>(null, problems.toList(REPORT_ORDER));
        }
        return read(found.displayName(), found.files(), problems, new ReadProgress());
    }

    private LoadResult<Snapshot> read(String displayName, Map<String, FileInput> files, ProblemCollector problems,
                                      ReadProgress progress) {
        SnapshotMeta meta = SnapshotJsonParser.parse(files.get(SnapshotJsonParser.FILE), problems, limits);
        List<Constituent> constituents = ConstituentsParser.parse(files.get(ConstituentsParser.FILE), problems,
                limits);
        MarketRows market = MarketParser.parse(files.get(MarketParser.FILE), problems, limits);
        progress.check(); // files in memory (a zip's) are not counted: stop between them

        LocalDate asOf = meta.asOf();
        MarketHistory history = null;
        if (market != null && !market.dates().isEmpty()) {
            int last = market.dates().size() - 1;
            if (asOf != null) {
                last = market.indexOf(asOf);
                if (last < 0 && market.ok()) {
                    problems.error(SnapshotJsonParser.FILE, meta.asOfLine(), meta.asOfColumn(),
                            "asof " + asOf + " is not a date of market.csv");
                }
            } else {
                asOf = market.dates().get(last);
            }
            if (last >= 0 && market.ok()) {
                int dropped = market.dates().size() - 1 - last;
                if (dropped > 0) {
                    problems.warning(MarketParser.FILE, market.lines().get(last + 1), 0,
                            dropped + " rows after the as-of date " + asOf + " ignored");
                }
                history = market.history(last);
            }
        }

        List<OptionLeg> condor = CondorParser.parse(files.get(CondorParser.FILE), problems, limits, asOf);
        List<VixFuture> futures = FuturesParser.parse(files.get(FuturesParser.FILE), problems, limits);
        progress.check();
        List<String> tickers = constituents == null ? null : constituents.stream().map(Constituent::ticker).toList();
        List<LocalDate> calendar = history == null ? null : List.of(history.dates());
        PriceMatrix prices = PricesParser.parse(files.get(PricesParser.FILE), problems, limits, tickers, calendar);
        progress.check();
        List<ChainQuote> chain = ChainParser.parse(files.get(ChainParser.FILE), problems, limits);
        List<MacroEvent> events = EventsParser.parse(files.get(EventsParser.FILE), problems, limits);

        List<Problem> all = problems.toList(REPORT_ORDER);
        if (problems.hasErrors()) {
            return new LoadResult<>(null, all);
        }
        String name = meta.name() == null || meta.name().isBlank() ? displayName : meta.name().trim();
        List<Problem> warnings = all.stream().filter(p -> !p.isError()).toList();
        Snapshot snapshot = new Snapshot(name, meta.notes(), constituents, condor, history, futures, prices,
                chain, events, warnings);
        return new LoadResult<>(snapshot, all);
    }
}
