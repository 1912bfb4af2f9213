package org.alvh.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.alvh.io.SensitivityExport;
import org.alvh.io.config.NumericParameters;
import org.alvh.whatif.Sensitivity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sensitivity SNAPSHOT [--config F] [--step 0.1] [--out F]}: every numeric parameter bumped down and up,
 * each layer's target VEV and quantity (issue 12). Prints a table per layer; {@code --out} writes every bump as
 * CSV or JSON (by its extension), atomically.
 */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = "Bumps every numeric parameter down and up (by a relative step; whole numbers by 1) and prints"
                + " how each layer's target VEV and quantity move. Values the validator refuses are not computed.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:success", "1:internal error, or the output cannot be written",
            "2:bad input (the problems are printed on stderr)"})
public final class SensitivityCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SNAPSHOT", description = "snapshot folder, a CSV file inside it, or a .zip")
    Path snapshot;

    @Option(names = "--config", paramLabel = "FILE", description = "the base configuration (default: the defaults)")
    Path config;

    @Option(names = "--step", paramLabel = "H", defaultValue = "" + Sensitivity.DEFAULT_STEP,
            description = "relative step of continuous parameters, in (0, 1) (default: ${DEFAULT-VALUE})")
    double step;

    @Option(names = "--out", paramLabel = "FILE", description = "write every bump here: .csv or .json")
    Path out;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        WhatIfInputs.OutFormat format = WhatIfInputs.outFormat(spec, out);
        if (!Sensitivity.isValidStep(step)) {
            throw new ParameterException(spec.commandLine(), "--step must be greater than 0 and less than 1, got "
                    + step);
        }
        List<String> refused = WhatIfInputs.refusedOutput(out, List.of(snapshot), java.util.Arrays.asList(config));
        if (!refused.isEmpty()) {
            return WhatIfInputs.badInput(err, refused);
        }
        List<String> problems = new ArrayList<>();
        WhatIfInputs.Computed base = WhatIfInputs.compute("", snapshot, config, problems);
        if (base == null) {
            return WhatIfInputs.badInput(err, problems);
        }
        Sensitivity sensitivity = Sensitivity.compute(base.snapshot(), base.result(),
                NumericParameters.of(base.config()), step, (done, total) -> { });
        return WhatIfInputs.writeThenPrint(spec, out, () -> format == WhatIfInputs.OutFormat.CSV
                ? SensitivityExport.toCsv(sensitivity) : SensitivityExport.toJson(base.result(), sensitivity),
                SensitivityTable.of(base.result(), sensitivity));
    }
}
