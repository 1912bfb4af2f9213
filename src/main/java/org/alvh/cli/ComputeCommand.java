package org.alvh.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.alvh.calc.AlvhEngine;
import org.alvh.calc.AlvhResult;
import org.alvh.calc.UnusableSnapshotException;
import org.alvh.io.AtomicFiles;
import org.alvh.io.HedgeSheetAbout;
import org.alvh.io.config.ConfigChanges;
import org.alvh.io.AuditJson;
import org.alvh.io.config.ConfigReader;
import org.alvh.io.HedgeSheet;
import org.alvh.io.OutputTargets;
import org.alvh.io.SnapshotReader;
import org.alvh.model.AlvhConfig;
import org.alvh.model.LoadResult;
import org.alvh.model.Problem;
import org.alvh.model.Snapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code compute SNAPSHOT [--config FILE] [--out HEDGE.csv] [--audit AUDIT.json] [--max-file-mb MB] [--max-rows N]}.
 * Outputs that would overwrite an input, each other or a non-regular file are refused (exit 2) before anything
 * is read; a snapshot or configuration that cannot be used, or an output that cannot be written (exit 2), leaves
 * the {@code --out} and {@code --audit} files as they were.
 */
@Command(name = "compute", mixinStandardHelpOptions = true,
        description = "Computes the three ALVH layers of a snapshot (a folder, a CSV inside one, or a .zip),"
                + " prints a summary and writes the hedge sheet and the audit.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:success", "1:internal error, or not enough memory (said on stderr)",
            "2:bad input, a refused or unwritable output (the problems are printed on stderr)"})
public final class ComputeCommand implements Callable<Integer> {
    static final long BYTES_PER_MB = 1024L * 1024;
    static final long DEFAULT_MAX_FILE_MB = SnapshotReader.DEFAULT_MAX_FILE_BYTES / BYTES_PER_MB;
    /** Keeps {@code --max-file-mb × 2^20} inside a long. */
    static final long MAX_FILE_MB = Long.MAX_VALUE / BYTES_PER_MB;

    @Parameters(index = "0", paramLabel = "SNAPSHOT", description = "snapshot folder, a CSV file inside it, or a .zip")
    Path snapshot;

    @Option(names = "--config", paramLabel = "FILE", description = "configuration JSON (partial files override the defaults)")
    Path config;

    @Option(names = "--out", paramLabel = "HEDGE.csv", description = "write the hedge sheet (CSV) here")
    Path out;

    @Option(names = "--audit", paramLabel = "AUDIT.json", description = "write the audit (JSON) here")
    Path audit;

    @Option(names = {"-q", "--quiet"}, description = "print nothing on success")
    boolean quiet;

    @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "" + DEFAULT_MAX_FILE_MB,
            description = "largest snapshot file (or zip entry) accepted, in MiB (default: ${DEFAULT-VALUE})")
    long maxFileMb;

    @Option(names = "--max-rows", paramLabel = "ROWS", defaultValue = "" + SnapshotReader.DEFAULT_MAX_ROWS,
            description = "most data rows accepted in one CSV file (default: ${DEFAULT-VALUE})")
    long maxRows;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (maxFileMb < 1 || maxFileMb > MAX_FILE_MB || maxRows < 1) {
            throw new ParameterException(spec.commandLine(), "--max-file-mb must be in 1.." + MAX_FILE_MB
                    + " and --max-rows at least 1, got " + maxFileMb + " and " + maxRows);
        }
        // outputs are checked before anything is read or written (docs/adr/0008)
        Map<String, Path> outputs = new LinkedHashMap<>();
        outputs.put("--out", out);
        outputs.put("--audit", audit);
        if (out != null) {
            outputs.put("--out (its companion " + HedgeSheetAbout.pathFor(out).getFileName() + ")",
                    HedgeSheetAbout.pathFor(out));
        }
        List<Problem> refused = OutputTargets.check(outputs, snapshot, java.util.Arrays.asList(config));
        if (!refused.isEmpty()) {
            return report(err, "The outputs cannot be written", refused);
        }
        try {
            return compute(err, stdout);
        } catch (OutOfMemoryError e) {
            // what was read is garbage once this frame is left; say what to do instead of a stack trace
            err.println("not enough memory for " + TerminalText.safe(String.valueOf(snapshot))
                    + " (the Java heap is at most " + Runtime.getRuntime().maxMemory() / BYTES_PER_MB
                    + " MB): run java with a larger heap, e.g. "
                    + "java -Xmx4g -jar alvh-workstation.jar compute ...; nothing was written");
            err.flush();
            return AlvhCommand.INTERNAL_ERROR;
        }
    }

    private int compute(PrintWriter err, PrintWriter stdout) {
        LoadResult<AlvhConfig> cfg = ConfigReader.fileOrDefaults(config);
        LoadResult<Snapshot> snap = new SnapshotReader(maxFileMb * BYTES_PER_MB, maxRows,
                SnapshotReader.DEFAULT_MAX_PROBLEMS).read(snapshot);
        if (!cfg.ok() || !snap.ok()) {
            if (!cfg.ok()) {
                report(err, "The configuration cannot be used", cfg.errors());
            }
            if (!snap.ok()) {
                report(err, snapshotHeading(snapshot), snap.errors());
            }
            if (snap.errors().stream().anyMatch(ComputeCommand::isLimit)) {
                err.println("Limits in force: --max-file-mb " + maxFileMb + ", --max-rows " + maxRows
                        + " (raise them to read a larger snapshot).");
                err.flush();
            }
            return AlvhCommand.BAD_INPUT;
        }
        AlvhResult result;
        try {
            result = AlvhEngine.compute(snap.value(), cfg.value());
        } catch (UnusableSnapshotException e) {
            return report(err, snapshotHeading(snapshot), e.problems());
        }
        // both exports are built and staged on disk before either target is replaced (AtomicFiles.writeAll)
        Map<Path, byte[]> files = new LinkedHashMap<>();
        if (out != null) {
            // the companion file says where the sheet came from, as the window's export does
            files.put(out, HedgeSheet.toCsv(result));
            files.put(HedgeSheetAbout.pathFor(out), HedgeSheetAbout.toCsv(result, new HedgeSheetAbout.Context(
                    version(), snapshot.toAbsolutePath().toString(), config == null ? "defaults"
                    : config.toAbsolutePath().toString(), ConfigChanges.of(result.config()), Instant.now())));
        }
        if (audit != null) {
            files.put(audit, AuditJson.toBytes(result));
        }
        try {
            AtomicFiles.writeAll(files);
        } catch (IOException e) {
            return report(err, "The outputs cannot be written", List.of(Problem.error(Problem.Code.OUTPUT, "",
                    0, 0, "cannot write the output: " + describe(e) + "; no output was changed")));
        }
        if (!quiet) {
            stdout.print(Summary.of(result));
            stdout.flush();
        }
        return AlvhCommand.OK;
    }

    /**
     * The heading of a snapshot's problems, naming the folder, file or zip as the user gave it (the problems
     * name files inside it): {@code The snapshot cannot be used (sample-data/x.zip)}.
     */
    static String snapshotHeading(Path snapshot) {
        return "The snapshot cannot be used (" + TerminalText.safe(String.valueOf(snapshot)) + ")";
    }

    /** The program's version from the jar manifest ("dev" when run from classes). */
    static String version() {
        String v = ComputeCommand.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    private static boolean isLimit(Problem p) {
        return p.code() == Problem.Code.LIMIT;
    }

    /** An I/O failure as a sentence: the file and what is wrong with it. */
    static String describe(IOException e) {
        if (e instanceof FileSystemException fse && fse.getFile() != null) {
            String reason = e instanceof FileAlreadyExistsException ? "exists and is not a folder"
                    : e instanceof AccessDeniedException ? "permission denied"
                    : e instanceof NoSuchFileException ? "does not exist"
                    : fse.getReason() == null ? e.getClass().getSimpleName() : fse.getReason();
            return fse.getFile() + ": " + reason;
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Prints {@code heading: N problems} and one line per problem; returns the bad-input exit code. */
    private static int report(PrintWriter err, String heading, List<Problem> errors) {
        err.println(heading + ": " + errors.size() + (errors.size() == 1 ? " problem" : " problems"));
        for (Problem p : errors) {
            err.println("  " + TerminalText.safe(p.toString()));
        }
        err.flush();
        return AlvhCommand.BAD_INPUT;
    }
}
