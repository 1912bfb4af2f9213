package org.alvh.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.alvh.calc.AlvhEngine;
import org.alvh.calc.AlvhResult;
import org.alvh.calc.UnusableSnapshotException;
import org.alvh.io.AtomicFiles;
import org.alvh.io.OutputTargets;
import org.alvh.io.SnapshotReader;
import org.alvh.io.config.ConfigReader;
import org.alvh.model.AlvhConfig;
import org.alvh.model.LoadResult;
import org.alvh.model.Problem;
import org.alvh.model.Snapshot;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * What the {@code scenarios}, {@code diff} and {@code sensitivity} commands share: reading a snapshot with its
 * configuration, computing it, printing every problem (exit 2), choosing the output format by the file's
 * extension, writing it atomically and then printing the table.
 */
final class WhatIfInputs {

    /** The format of an {@code --out} file, by its extension. */
    enum OutFormat {
        CSV, JSON;

        /** The format of a file name ending in .csv or .json (any case), or null. */
        static OutFormat of(Path file) {
            String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
            return name.endsWith(".csv") ? CSV : name.endsWith(".json") ? JSON : null;
        }
    }

    /** A snapshot, the configuration it is computed under and the result; null fields when reading failed. */
    record Computed(Snapshot snapshot, AlvhConfig config, AlvhResult result) {
    }

    private WhatIfInputs() {
    }

    /**
     * Reads and computes one side; every problem is added to {@code problems} (prefixed with {@code side} when
     * there are two sides) and null is returned when it cannot be computed.
     */
    static Computed compute(String side, Path snapshot, Path config, List<String> problems) {
        LoadResult<AlvhConfig> cfg = ConfigReader.fileOrDefaults(config);
        LoadResult<Snapshot> snap = new SnapshotReader().read(snapshot);
        List<Problem> errors = new ArrayList<>(cfg.errors());
        errors.addAll(snap.errors());
        if (errors.isEmpty()) {
            try {
                return new Computed(snap.value(), cfg.value(), AlvhEngine.compute(snap.value(), cfg.value()));
            } catch (UnusableSnapshotException e) {
                errors.addAll(e.problems());
            }
        }
        errors.forEach(p -> problems.add(side.isEmpty() ? p.toString() : side + ": " + p));
        return null;
    }

    /**
     * The problems of writing {@code out} (docs/adr/0008: never over an input, never over something that is not a
     * regular file), against each snapshot and the configuration files; empty when it may be written.
     */
    static List<String> refusedOutput(Path out, List<Path> snapshots, List<Path> configs) {
        List<String> refused = new ArrayList<>();
        if (out == null) {
            return refused;
        }
        Map<String, Path> outputs = new LinkedHashMap<>();
        outputs.put("--out", out);
        for (Path snapshot : snapshots) {
            for (Problem p : OutputTargets.check(outputs, snapshot, new ArrayList<>(configs))) {
                if (!refused.contains(p.toString())) {
                    refused.add(p.toString());
                }
            }
        }
        return refused;
    }

    static int badInput(PrintWriter err, List<String> problems) {
        return badInput(err, "Cannot compute", problems);
    }

    /** Prints {@code heading: N problems} and each problem on stderr; exit code 2. */
    static int badInput(PrintWriter err, String heading, List<String> problems) {
        err.println(heading + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
        problems.forEach(p -> err.println("  " + TerminalText.safe(p)));
        err.flush();
        return AlvhCommand.BAD_INPUT;
    }

    /** The format of {@code out} (null when there is none); a usage error when it is neither .csv nor .json. */
    static OutFormat outFormat(CommandSpec spec, Path out) {
        OutFormat format = out == null ? null : OutFormat.of(out);
        if (out != null && format == null) {
            throw new ParameterException(spec.commandLine(), "--out must end in .csv or .json, got " + out);
        }
        return format;
    }

    /**
     * Writes {@code content} to {@code out} when one is asked for, then prints {@code table}: 0, or 1 (said on
     * stderr, nothing printed) when the file cannot be written.
     */
    static int writeThenPrint(CommandSpec spec, Path out, Supplier<byte[]> content, String table) {
        if (out != null) {
            int written = write(spec.commandLine().getErr(), out, content.get());
            if (written != AlvhCommand.OK) {
                return written;
            }
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(table);
        stdout.flush();
        return AlvhCommand.OK;
    }

    /** Writes {@code content} atomically; 0 on success, 1 (said on stderr) when the file cannot be written. */
    static int write(PrintWriter err, Path out, byte[] content) {
        try {
            AtomicFiles.write(out, content);
            return AlvhCommand.OK;
        } catch (IOException e) {
            err.println("cannot write the output: " + TerminalText.safe(String.valueOf(e.getMessage())));
            err.flush();
            return AlvhCommand.INTERNAL_ERROR;
        }
    }
}
