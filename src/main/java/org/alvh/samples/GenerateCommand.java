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
 * {@code generate}: writes a large SYNTHETIC snapshot for benchmarks (see {@link SyntheticSnapshotGenerator});
 * the same options always give byte-identical files. Exit code 0 on success, 2 on bad input. A benchmark
 * tool, not a command of the product: run it with
 * {@code java -cp target/alvh-workstation.jar org.alvh.samples.GenerateCommand --constituents N ...}
 * ({@code bench/generate-data.sh} does).
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate a deterministic SYNTHETIC snapshot of N constituents x D market dates "
                + "(for benchmarks; not market data).")
public final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--constituents", paramLabel = "N", defaultValue = "500",
            description = "Number of constituents (default: ${DEFAULT-VALUE}).")
    int constituents;

    @Option(names = "--days", paramLabel = "D", defaultValue = "300",
            description = "Market dates (weekdays ending at --asof) (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--asof", paramLabel = "yyyy-MM-dd", defaultValue = "2024-12-31",
            description = "As-of date, a weekday (default: ${DEFAULT-VALUE}).")
    String asof;

    @Option(names = "--name", paramLabel = "NAME", description = "Snapshot name (default: synthetic-nN-dD-sS).")
    String name;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Snapshot folder to write.")
    Path out;

    /** Runs {@code generate} with {@code args} and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs {@code generate} with {@code args} (without the command name); returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new GenerateCommand());
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        try {
            LocalDate date = AsOfOption.parse(asof);
            SyntheticSnapshotGenerator.Request request =
                    new SyntheticSnapshotGenerator.Request(constituents, days, seed, date, name);
            SyntheticSnapshotGenerator.Summary s = new SyntheticSnapshotGenerator(request).write(out);
            stdout.println("wrote " + out + ": SYNTHETIC, " + constituents + " constituents x " + days
                    + " market dates " + s.firstDate() + " .. " + s.asof() + ", " + s.priceRows() + " price rows ("
                    + s.priceBytes() + " bytes)");
            stdout.flush();
            return 0;
        } catch (IllegalArgumentException | IOException | UncheckedIOException e) {
            err.println("generate: " + e.getMessage());
            err.flush();
            return SampleExit.BAD_INPUT;
        }
    }
}
