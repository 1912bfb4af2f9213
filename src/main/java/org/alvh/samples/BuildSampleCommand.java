package org.alvh.samples;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/**
 * {@code build-sample}: builds a sample snapshot folder from the public data of {@code shared/data}
 * (see {@link SampleSnapshotBuilder}). Exit code 0 on success, 2 on bad input (message on stderr).
 */
@Command(name = "build-sample", mixinStandardHelpOptions = true,
        description = "Build a sample snapshot (real closes, illustrative fundamentals, futures curve, condor, "
                + "chain, events) from the public data folder.")
public final class BuildSampleCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
            description = "Public data folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--asof", paramLabel = "yyyy-MM-dd", required = true, description = "As-of date (a market date).")
    String asof;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Snapshot folder to write.")
    Path out;

    @Option(names = "--name", paramLabel = "NAME", description = "Snapshot name (default: the --out folder name).")
    String name;

    @Option(names = "--days", paramLabel = "N", defaultValue = "300",
            description = "Market dates in market.csv (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--full", description = "Also events.csv, chain.csv and the quick_ratio/wacc columns.")
    boolean full;

    @Option(names = "--lots", paramLabel = "N", defaultValue = "40", description = "Condor size (default: ${DEFAULT-VALUE}).")
    int lots;

    @Option(names = "--condor-days", paramLabel = "N", defaultValue = "45",
            description = "Target days to the condor expiry (default: ${DEFAULT-VALUE}).")
    int condorDays;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        try {
            LocalDate date = AsOfOption.parse(asof);
            String snapshotName = name != null ? name : out.toAbsolutePath().normalize().getFileName().toString();
            SampleSnapshotBuilder.Request request =
                    new SampleSnapshotBuilder.Request(date, snapshotName, days, full, lots, condorDays);
            SampleSnapshotBuilder.Summary summary = new SampleSnapshotBuilder(SourceData.load(data)).build(request, out);
            stdout.println("wrote " + out + ": " + summary.constituents() + " constituents, " + days
                    + " market dates " + summary.firstDate() + " .. " + date + (full ? " (full)" : ""));
            stdout.flush();
            return 0;
        } catch (IllegalArgumentException | IOException | UncheckedIOException e) {
            err.println("build-sample: " + e.getMessage());
            err.flush();
            return SampleExit.BAD_INPUT;
        }
    }
}
