package org.alvh.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.alvh.calc.AlvhEngine;
import org.alvh.calc.AlvhResult;
import org.alvh.calc.UnusableSnapshotException;
import org.alvh.io.AtomicFiles;
import org.alvh.io.OutputTargets;
import org.alvh.io.ScenarioGridCsv;
import org.alvh.io.SnapshotReader;
import org.alvh.io.config.ConfigReader;
import org.alvh.model.AlvhConfig;
import org.alvh.model.LoadResult;
import org.alvh.model.Problem;
import org.alvh.model.Snapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code scenarios SNAPSHOT [--config FILE] [--out GRID.csv]}: the book under stress (METHOD.md §8.1, §9) as a
 * readable table, and the whole grid as CSV (written atomically). Exit codes as {@code compute}.
 */
@Command(name = "scenarios", mixinStandardHelpOptions = true,
        description = "Prints the book under stress of a snapshot: greeks of the condor and the hedged book, the"
                + " scenario grid now and at the condor's expiry, the historical shocks; writes the grid as CSV.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:success", "1:internal error", "2:bad input (the problems are printed on stderr)"})
public final class ScenariosCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SNAPSHOT", description = "snapshot folder, a CSV file inside it, or a .zip")
    Path snapshot;

    @Option(names = "--config", paramLabel = "FILE", description = "configuration JSON (partial files override the defaults)")
    Path config;

    @Option(names = "--out", paramLabel = "GRID.csv", description = "write the whole scenario grid (CSV) here")
    Path out;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<Problem> refused = OutputTargets.check(java.util.Collections.singletonMap("--out", out), snapshot,
                java.util.Arrays.asList(config));
        if (!refused.isEmpty()) {
            return badInput(err, refused);
        }
        LoadResult<AlvhConfig> cfg = ConfigReader.fileOrDefaults(config);
        LoadResult<Snapshot> snap = new SnapshotReader().read(snapshot);
        if (!cfg.ok() || !snap.ok()) {
            List<Problem> errors = new java.util.ArrayList<>(cfg.errors());
            errors.addAll(snap.errors());
            return badInput(err, errors);
        }
        AlvhResult result;
        try {
            result = AlvhEngine.compute(snap.value(), cfg.value());
        } catch (UnusableSnapshotException e) {
            return badInput(err, e.problems());
        }
        if (out != null) {
            try {
                AtomicFiles.writeAll(Map.of(out, ScenarioGridCsv.toCsv(result.scenarios())));
            } catch (IOException e) {
                err.println("cannot write the grid: " + TerminalText.safe(String.valueOf(e.getMessage())));
                err.flush();
                return AlvhCommand.INTERNAL_ERROR;
            }
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(ScenarioReport.of(result));
        stdout.flush();
        return AlvhCommand.OK;
    }

    private int badInput(PrintWriter err, List<Problem> errors) {
        err.println(ComputeCommand.snapshotHeading(snapshot) + ": " + errors.size() + (errors.size() == 1 ? " problem" : " problems"));
        for (Problem p : errors) {
            err.println("  " + TerminalText.safe(p.toString()));
        }
        err.flush();
        return AlvhCommand.BAD_INPUT;
    }
}
