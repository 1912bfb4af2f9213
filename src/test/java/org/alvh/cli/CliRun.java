package org.alvh.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** One run of the command line with captured output. */
record CliRun(int exit, String out, String err) {

    static CliRun of(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = AlvhCommand.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(exit, out.toString(), err.toString());
    }

    static CliRun of(String... args) {
        return of(List.of(args));
    }

    static Path resource(String name) {
        try {
            return Path.of(CliRun.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of the snapshot folder {@code from} (its files, not sub-folders) as {@code dir/snap}, to alter. */
    static Path copySnapshot(Path from, Path dir) throws IOException {
        Path to = Files.createDirectories(dir.resolve("snap"));
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }

    /** The problem lines of a bad-input run (after the "cannot be used" heading). */
    List<String> problemLines() {
        return err.lines().skip(1).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
