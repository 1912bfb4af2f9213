package org.alvh.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.alvh.calc.AlvhResult;
import org.alvh.io.ScenarioGridCsv;
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
        String heading = ComputeCommand.snapshotHeading(snapshot);
        List<String> refused = WhatIfInputs.refusedOutput(out, List.of(snapshot), java.util.Arrays.asList(config));
        if (!refused.isEmpty()) {
            return WhatIfInputs.badInput(err, heading, refused);
        }
        List<String> problems = new java.util.ArrayList<>();
        WhatIfInputs.Computed computed = WhatIfInputs.compute("", snapshot, config, problems);
        if (computed == null) {
            return WhatIfInputs.badInput(err, heading, problems);
        }
        AlvhResult result = computed.result();
        return WhatIfInputs.writeThenPrint(spec, out, () -> ScenarioGridCsv.toCsv(result.scenarios()),
                ScenarioReport.of(result));
    }
}
