package org.alvh.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.alvh.io.DiffExport;
import org.alvh.whatif.Attribution;
import org.alvh.whatif.ResultDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code diff A B [--config-a F] [--config-b F] [--out F]}: what moved the hedge from A to B (issue 12). Prints
 * the attribution of each layer's change and every changed audit figure; {@code --out} writes the same as CSV
 * or JSON (by its extension), atomically.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compares two results (two snapshots, or one snapshot under two configurations): the change of"
                + " each layer's target VEV and quantity attributed step by step (market and prices, constituents,"
                + " condor, futures curve, config), and every audit figure that changed.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:success", "1:internal error, or the output cannot be written",
            "2:bad input (the problems are printed on stderr)"})
public final class DiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "A", description = "the first snapshot (folder, a CSV inside it, or .zip)")
    Path first;

    @Parameters(index = "1", paramLabel = "B", description = "the second snapshot (may be A again)")
    Path second;

    @Option(names = "--config-a", paramLabel = "FILE", description = "configuration of A (default: the defaults)")
    Path configA;

    @Option(names = "--config-b", paramLabel = "FILE", description = "configuration of B (default: the defaults)")
    Path configB;

    @Option(names = "--out", paramLabel = "FILE", description = "write the diff here: .csv or .json")
    Path out;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        WhatIfInputs.OutFormat format = WhatIfInputs.outFormat(spec, out);
        List<String> refused = WhatIfInputs.refusedOutput(out, List.of(first, second),
                java.util.Arrays.asList(configA, configB));
        if (!refused.isEmpty()) {
            return WhatIfInputs.badInput(err, refused);
        }
        List<String> problems = new ArrayList<>();
        WhatIfInputs.Computed a = WhatIfInputs.compute("A", first, configA, problems);
        WhatIfInputs.Computed b = WhatIfInputs.compute("B", second, configB, problems);
        if (a == null || b == null) {
            return WhatIfInputs.badInput(err, problems);
        }
        ResultDiff diff = ResultDiff.of(a.result(), b.result());
        Attribution attribution = Attribution.of(a.snapshot(), a.config(), a.result(), b.snapshot(), b.config(),
                b.result());
        return WhatIfInputs.writeThenPrint(spec, out, () -> format == WhatIfInputs.OutFormat.CSV
                ? DiffExport.toCsv(diff, attribution) : DiffExport.toJson(a.result(), b.result(), diff, attribution),
                DiffTable.of(a.result(), b.result(), diff, attribution));
    }
}
