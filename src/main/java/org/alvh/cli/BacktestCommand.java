package org.alvh.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.alvh.io.AtomicFiles;
import org.alvh.io.HistoryReader;
import org.alvh.io.config.ConfigReader;
import org.alvh.io.OutputTargets;
import org.alvh.io.replay.ReplayReports;
import org.alvh.io.replay.SnapshotDump;
import org.alvh.model.AlvhConfig;
import org.alvh.model.History;
import org.alvh.model.LoadResult;
import org.alvh.model.Problem;
import org.alvh.model.Snapshot;
import org.alvh.replay.ReplayEngine;
import org.alvh.replay.ReplayListener;
import org.alvh.replay.ReplayResult;
import org.alvh.replay.Run;
import org.alvh.replay.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code backtest HISTORY [--from D] [--to D] [--config FILE] --out DIR} (METHOD.md §10.4) and
 * {@code backtest HISTORY --dump-snapshot D --out DIR} (§10.2).
 */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = "Replays the ALVH program (monthly condors and the three layers) over a history (a folder or"
                + " a .zip), hedged and unhedged, writes daily.csv, trades.csv and summary.json to DIR and prints a"
                + " summary; with --dump-snapshot, writes the snapshot the replay computes on at that date instead.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:success", "1:internal error", "2:bad input (the problems are printed on stderr)"})
public final class BacktestCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "HISTORY", description = "history folder, a file inside it, or a .zip")
    Path history;

    @Option(names = "--from", paramLabel = "yyyy-MM-dd", description = "first date (default: the history's first)")
    String from;

    @Option(names = "--to", paramLabel = "yyyy-MM-dd", description = "last date (default: the history's last)")
    String to;

    @Option(names = "--config", paramLabel = "FILE", description = "configuration JSON or a preset (partial files"
            + " override the defaults)")
    Path config;

    @Option(names = "--dump-snapshot", paramLabel = "yyyy-MM-dd", description = "write the §10.2 snapshot of this"
            + " market date to DIR instead of replaying to the end")
    String dumpDate;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder for the reports (created)")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "print nothing on success")
    boolean quiet;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        List<Problem> problems = new ArrayList<>();
        LocalDate fromDate = date("--from", from, problems);
        LocalDate toDate = date("--to", to, problems);
        LocalDate dump = date("--dump-snapshot", dumpDate, problems);
        LoadResult<AlvhConfig> cfg = ConfigReader.fileOrDefaults(config);
        LoadResult<History> hist = new HistoryReader().read(history);
        problems.addAll(cfg.errors());
        problems.addAll(hist.errors());
        if (!problems.isEmpty() || !cfg.ok() || !hist.ok()) {
            return badInput(err, "The history cannot be replayed", problems);
        }
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            return badInput(err, "The dates cannot be used", List.of(Problem.error("--to", 0, 0,
                    "--to " + toDate + " is before --from " + fromDate)));
        }
        try {
            if (dump != null) {
                return dump(hist.value(), cfg.value(), fromDate, dump, err, stdout);
            }
            ReplayResult result = ReplayEngine.run(hist.value(), cfg.value(), fromDate, toDate, () -> false,
                    ReplayListener.NONE);
            if (write(ReplayReports.files(result), err) != AlvhCommand.OK) {
                return AlvhCommand.BAD_INPUT;
            }
            if (!quiet) {
                stdout.print(summary(result));
                stdout.flush();
            }
            return AlvhCommand.OK;
        } catch (IOException e) {
            err.println("cannot write the output: " + TerminalText.safe(String.valueOf(e.getMessage())));
            return AlvhCommand.INTERNAL_ERROR;
        }
    }

    private int dump(History h, AlvhConfig c, LocalDate fromDate, LocalDate date, PrintWriter err,
                     PrintWriter stdout) throws IOException {
        Optional<Snapshot> snapshot = ReplayEngine.snapshotAt(h, c, fromDate, date);
        if (snapshot.isEmpty()) {
            return badInput(err, "No snapshot", List.of(Problem.error("--dump-snapshot", 0, 0, date
                    + " is not a market date of the history on or after --from, or no condor fits the entry rule"
                    + " there")));
        }
        if (write(SnapshotDump.files(snapshot.get()), err) != AlvhCommand.OK) {
            return AlvhCommand.BAD_INPUT;
        }
        if (!quiet) {
            stdout.println("snapshot of " + date + " written to " + TerminalText.safe(out.toString()));
            stdout.flush();
        }
        return AlvhCommand.OK;
    }

    /**
     * Writes the files into {@code --out}, all or none; refused (bad input, nothing written) when one of them
     * would replace a file of the history or the configuration (outputs never overwrite inputs).
     */
    private int write(Map<String, byte[]> files, PrintWriter err) throws IOException {
        Map<String, Path> outputs = new LinkedHashMap<>();
        files.keySet().forEach(name -> outputs.put("--out " + name, out.resolve(name)));
        List<Problem> refused = OutputTargets.check(outputs, history, java.util.Arrays.asList(config));
        if (!refused.isEmpty()) {
            return badInput(err, "The outputs cannot be written", refused);
        }
        Files.createDirectories(out);
        Map<Path, byte[]> targets = new LinkedHashMap<>();
        files.forEach((name, bytes) -> targets.put(out.resolve(name), bytes));
        AtomicFiles.writeAll(targets);
        return AlvhCommand.OK;
    }

    private static LocalDate date(String option, String text, List<Problem> problems) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            problems.add(Problem.error(option, 0, 0, option + " must be a date yyyy-MM-dd, got '" + text + "'"));
            return null;
        }
    }

    private static int badInput(PrintWriter err, String title, List<Problem> errors) {
        err.println(title + ": " + errors.size() + (errors.size() == 1 ? " problem" : " problems"));
        for (Problem p : errors) {
            err.println("  " + TerminalText.safe(p.toString()));
        }
        err.flush();
        return AlvhCommand.BAD_INPUT;
    }

    /** The short summary: hedged vs unhedged side by side, then each layer's P&L. */
    static String summary(ReplayResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "ALVH replay  %s  %s .. %s   first entry %s   %d market dates   %d engine"
                        + " runs%n", r.historyName(), r.from(), r.to(), r.firstEntry() == null ? "none" : r.firstEntry(),
                r.daily().size(), r.engineRuns()));
        RunSummary h = r.runs().get(Run.HEDGED);
        RunSummary u = r.runs().get(Run.UNHEDGED);
        sb.append(String.format(Locale.ROOT, "%-22s %22s %22s%n", "", "hedged", "unhedged"));
        row(sb, "total return", pct(h.totalReturn()), pct(u.totalReturn()));
        row(sb, "CAGR", pct(h.cagr()), pct(u.cagr()));
        row(sb, "volatility", pct(h.annualisedVolatility()), pct(u.annualisedVolatility()));
        row(sb, "Sharpe", fixed(h.sharpe()), fixed(u.sharpe()));
        row(sb, "Sortino", fixed(h.sortino()), fixed(u.sortino()));
        row(sb, "max drawdown", pct(h.maxDrawdown()), pct(u.maxDrawdown()));
        row(sb, "  from .. to", h.maxDrawdownPeak() + ".." + h.maxDrawdownTrough(),
                u.maxDrawdownPeak() + ".." + u.maxDrawdownTrough());
        row(sb, "worst month", pct(h.worstMonth()) + " " + h.worstMonthDate(),
                pct(u.worstMonth()) + " " + u.worstMonthDate());
        row(sb, "final equity USD", money(h.finalEquity()), money(u.finalEquity()));
        row(sb, "ruined", h.ruinDate() == null ? "no" : "on " + h.ruinDate(),
                u.ruinDate() == null ? "no" : "on " + u.ruinDate());
        for (RunSummary.LayerSummary l : h.layers()) {
            sb.append(String.format(Locale.ROOT, "layer %d  P&L %s USD   costs %s USD   held on %.1f%% of the dates%n",
                    l.layer(), money(l.pnlUsd()), money(l.costsUsd()), 100 * l.activeShare()));
        }
        for (String w : r.warnings()) {
            sb.append("warning: ").append(TerminalText.safe(w)).append(System.lineSeparator());
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String label, String hedged, String unhedged) {
        sb.append(String.format(Locale.ROOT, "%-22s %22s %22s%n", label, hedged, unhedged));
    }

    private static String pct(Double v) {
        return v == null ? "unavailable" : String.format(Locale.ROOT, "%.2f%%", 100 * v);
    }

    private static String fixed(Double v) {
        return v == null ? "unavailable" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String money(double v) {
        return String.format(Locale.ROOT, "%,.2f", v);
    }
}
