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
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

/**
 * {@code build-history}: builds a history zip (METHOD.md §10.1) from the public data of {@code shared/data}
 * (see {@link HistoryBuilder}). Exit code 0 on success, 2 on bad input (message on stderr).
 */
@Command(name = "build-history", mixinStandardHelpOptions = true,
        description = "Build a history zip for the replay (real closes, vol indices, VX settlements, FOMC dates; "
                + "illustrative pcf and implied correlation) from the public data folder.")
public final class BuildHistoryCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
            description = "Public data folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--from", paramLabel = "yyyy-MM-dd", required = true, description = "First market date.")
    String from;

    @Option(names = "--to", paramLabel = "yyyy-MM-dd", required = true, description = "Last market date.")
    String to;

    @Option(names = "--cap-date", paramLabel = "yyyy-MM-dd",
            description = "Date of the constituents' caps (default: the date of the constituents list).")
    String capDate;

    @Option(names = "--names", paramLabel = "N", defaultValue = "0",
            description = "Keep the N largest names (default: ${DEFAULT-VALUE} = every name with a close on the cap date).")
    int names;

    @Option(names = "--name", paramLabel = "NAME", description = "History name (default: the zip's name without .zip).")
    String name;

    @Option(names = "--out", paramLabel = "ZIP", required = true, description = "History zip to write.")
    Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        try {
            String file = out.toAbsolutePath().normalize().getFileName().toString();
            if (!file.toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
                throw new IllegalArgumentException("--out must name a .zip file, got " + out);
            }
            String historyName = name != null ? name : file.substring(0, file.length() - ".zip".length());
            HistoryBuilder.Request request = new HistoryBuilder.Request(date("--from", from), date("--to", to),
                    capDate == null ? null : date("--cap-date", capDate), names, historyName);
            HistoryBuilder.Summary s = new HistoryBuilder(SourceData.load(data)).build(request, out);
            stdout.println("wrote " + out + ": " + s.kept().size() + " constituents, " + s.dates().size()
                    + " market dates " + s.dates().get(0) + " .. " + s.dates().get(s.dates().size() - 1) + ", "
                    + s.prices() + " price rows, " + s.futures() + " VX settlements");
            stdout.flush();
            return 0;
        } catch (IllegalArgumentException | IOException | UncheckedIOException e) {
            err.println("build-history: " + e.getMessage());
            err.flush();
            return SampleExit.BAD_INPUT;
        }
    }

    private static LocalDate date(String option, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + ": not a yyyy-MM-dd date: '" + text + "'");
        }
    }
}
