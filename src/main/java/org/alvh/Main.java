package org.alvh;

import org.alvh.cli.AlvhCommand;

/**
 * Entry point of {@code alvh-workstation.jar}. With no arguments, or a single path, it opens the workstation
 * window (on the bundled sample, or on that snapshot); with a subcommand ({@code compute}, {@code build-sample},
 * ...) or an option it runs the command line.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (AlvhCommand.isCommandLine(args)) {
            System.exit(AlvhCommand.run(args));
        }
        org.alvh.ui.App.launch(args.length == 1 ? args[0] : null);
    }
}
