package org.alvh.io;

import org.alvh.io.MarketParser.MarketRows;
import org.alvh.io.SnapshotJsonParser.SnapshotMeta;
import org.alvh.model.Constituent;
import org.alvh.model.History;
import org.alvh.model.LoadResult;
import org.alvh.model.MacroEvent;
import org.alvh.model.MarketHistory;
import org.alvh.model.PriceMatrix;
import org.alvh.model.Problem;
import org.alvh.model.VixFuturesHistory;
import org.alvh.model.VixFuturesHistory.Settlement;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and validates a history (METHOD.md §10.1) from a folder, a file inside one, a {@code .zip} of the
 * folder, or files in memory: the §1 files {@code constituents.csv}, {@code market.csv}, {@code prices.csv}
 * and {@code events.csv} (read by the snapshot's own parsers, with the same rules and limits), plus
 * {@code vix_futures_history.csv} and the optional {@code history.json}. Every problem of every file is
 * collected (up to a limit, then counted) with file, line and column; the result carries a {@link History}
 * only when there is no error. Never throws on bad input.
 */
public final class HistoryReader {
    static final String JSON_FILE = "history.json";
    /** Snapshot files a history does not have (§10.1): ignored with a warning when present. */
    private static final List<String> NOT_IN_A_HISTORY = List.of(CondorParser.FILE, FuturesParser.FILE,
            ChainParser.FILE, SnapshotJsonParser.FILE);
    /** The files of a history, in the order problems are reported, then those it ignores. */
    private static final List<String> KNOWN = List.of(JSON_FILE, ConstituentsParser.FILE, MarketParser.FILE,
            PricesParser.FILE, EventsParser.FILE, FuturesHistoryParser.FILE, CondorParser.FILE, FuturesParser.FILE,
            ChainParser.FILE, SnapshotJsonParser.FILE);

    private final CsvTable.Limits limits;
    private final int maxProblems;

    /** The limits of {@link SnapshotReader#SnapshotReader()}. */
    public HistoryReader() {
        this(SnapshotReader.DEFAULT_MAX_FILE_BYTES, SnapshotReader.DEFAULT_MAX_ROWS,
                SnapshotReader.DEFAULT_MAX_PROBLEMS);
    }

    /**
     * @param maxFileBytes largest accepted file (or zip entry), in bytes
     * @param maxRows      most data rows accepted in one CSV file (and most cells of the price table)
     * @param maxProblems  errors listed before the rest are only counted ("... and N more problems")
     */
    public HistoryReader(long maxFileBytes, long maxRows, int maxProblems) {
        if (maxFileBytes <= 0 || maxRows <= 0 || maxProblems <= 0) {
            throw new IllegalArgumentException("limits must be positive, got " + maxFileBytes + ", " + maxRows
                    + ", " + maxProblems);
        }
        this.limits = new CsvTable.Limits(maxFileBytes, maxRows);
        this.maxProblems = maxProblems;
    }

    /** Reads the history at {@code path}: a folder, any file of it inside one, or a zip of one. */
    public LoadResult<History> read(Path path) {
        return read(path, new ReadProgress());
    }

    /**
     * As {@link #read(Path)}, counting the bytes read into {@code progress}.
     *
     * @throws ReadProgress.Cancelled once {@code progress} is cancelled (at the next read of a file)
     */
    public LoadResult<History> read(Path path, ReadProgress progress) {
        ProblemCollector problems = new ProblemCollector(maxProblems);
        SnapshotFiles.Found found = SnapshotFiles.fromPath(path, KNOWN, limits.maxFileBytes(), problems, progress);
        progress.check();
        if (found == null) {
            return new LoadResult<>(null, problems.toList(KNOWN));
        }
        return read(found.displayName(), found.files(), problems, progress);
    }

    /**
     * Reads a history given as files in memory, keyed by their path as in a zip (e.g. {@code market.csv} or
     * {@code folder/market.csv}); for tests and fuzzing.
     */
    public LoadResult<History> read(String displayName, Map<String, byte[]> files) {
        ProblemCollector problems = new ProblemCollector(maxProblems);
        Map<String, FileInput> entries = new LinkedHashMap<>();
        files.forEach((name, bytes) -> entries.put(name, FileInput.of(bytes)));
        SnapshotFiles.Found found = SnapshotFiles.fromEntries(displayName, displayName, KNOWN, entries, problems);
        return read(found.displayName(), found.files(), problems, new ReadProgress());
    }

    private LoadResult<History> read(String displayName, Map<String, FileInput> files, ProblemCollector problems,
                                     ReadProgress progress) {
        for (String ignored : NOT_IN_A_HISTORY) {
            if (files.containsKey(ignored)) {
                problems.warning(ignored, 0, 0, "a history has no " + ignored + " (METHOD.md §10.1): ignored");
            }
        }
        SnapshotMeta meta = SnapshotJsonParser.parse(JSON_FILE, "capDate", files.get(JSON_FILE), problems, limits);
        List<Constituent> constituents = ConstituentsParser.parse(files.get(ConstituentsParser.FILE), problems,
                limits);
        MarketRows rows = MarketParser.parse(files.get(MarketParser.FILE), problems, limits);
        progress.check();
        MarketHistory market = rows != null && rows.ok() && !rows.dates().isEmpty()
                ? rows.history(rows.dates().size() - 1) : null;
        LocalDate capDate = capDate(meta, market, problems);

        List<String> tickers = constituents == null ? null : constituents.stream().map(Constituent::ticker).toList();
        List<LocalDate> calendar = market == null ? null : List.of(market.dates());
        PriceMatrix prices = PricesParser.parse(files.get(PricesParser.FILE), problems, limits, tickers, calendar);
        progress.check();
        List<MacroEvent> events = EventsParser.parse(files.get(EventsParser.FILE), problems, limits);
        List<Settlement> settlements = FuturesHistoryParser.parse(files.get(FuturesHistoryParser.FILE), problems,
                limits);
        progress.check();

        List<Problem> all = problems.toList(KNOWN);
        if (problems.hasErrors()) {
            return new LoadResult<>(null, all);
        }
        String name = meta.name() == null || meta.name().isBlank() ? displayName : meta.name().trim();
        List<Problem> warnings = all.stream().filter(p -> !p.isError()).toList();
        History history = new History(name, meta.notes(), capDate, constituents, market, prices, events,
                new VixFuturesHistory(settlements), warnings);
        return new LoadResult<>(history, all);
    }

    /** history.json {@code capDate}, else the last market date; a date outside the period is a warning. */
    private static LocalDate capDate(SnapshotMeta meta, MarketHistory market, ProblemCollector problems) {
        if (market == null) {
            return meta.asOf();
        }
        if (meta.asOf() == null) {
            return market.asOf();
        }
        LocalDate capDate = meta.asOf();
        if (capDate.isBefore(market.date(0)) || capDate.isAfter(market.asOf())) {
            problems.warning(JSON_FILE, meta.asOfLine(), meta.asOfColumn(), "capDate " + capDate
                    + " is outside the dates of market.csv (" + market.date(0) + " .. " + market.asOf() + ")");
        }
        return capDate;
    }
}
