package org.alvh.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alvh.samples.BuildHistoryCommand;
import org.alvh.samples.BuildSampleCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command {@code alvh}; its subcommands do the work. */
@Command(name = "alvh", mixinStandardHelpOptions = true, versionProvider = AlvhCommand.Version.class,
        description = "ALVH Workstation: sizes the Adaptive Layered VIX Hedge of an SPX iron condor.%n"
                + "Run without arguments (or with a snapshot path) to open the window.")
public final class AlvhCommand implements Runnable {
    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;

    /** The subcommands, in the order the usage lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(ComputeCommand.class, ScenariosCommand.class,
            BacktestCommand.class, DiffCommand.class, SensitivityCommand.class, BuildSampleCommand.class,
            BuildHistoryCommand.class, CommandLine.HelpCommand.class);

    /** Each subcommand by its name and aliases, read from its {@code @Command} annotation (one list to keep). */
    private static final Map<String, Class<?>> COMMANDS = subcommandsByName();

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** True when the arguments ask for the command line rather than the window. */
    public static boolean isCommandLine(String[] args) {
        return args.length > 0 && (COMMANDS.containsKey(args[0]) || args[0].startsWith("-") || args.length > 1);
    }

    private static Map<String, Class<?>> subcommandsByName() {
        Map<String, Class<?>> byName = new HashMap<>();
        for (Class<?> sub : SUBCOMMANDS) {
            Command command = sub.getAnnotation(Command.class);
            byName.put(command.name(), sub);
            for (String alias : command.aliases()) {
                byName.put(alias, sub);
            }
        }
        return Map.copyOf(byName);
    }

    /**
     * The command line with its subcommands. A run of one subcommand registers only that one: picocli builds
     * every registered command's model by reflection, which for all of them cost a tenth of a second of every
     * start. The usage, {@code help} and an unknown name see them all.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine cli = new CommandLine(new AlvhCommand());
        Class<?> only = args.length > 0 ? COMMANDS.get(args[0]) : null;
        for (Class<?> sub : SUBCOMMANDS) {
            if (only == null || only == CommandLine.HelpCommand.class || sub == only) {
                cli.addSubcommand(sub.getAnnotation(Command.class).name(), sub);
            }
        }
        return cli;
    }

    /** Runs the command line and returns the exit code; never throws. */
    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine(args);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println("internal error: " + TerminalText.safe(String.valueOf(ex)));
            err.println("(please report it with the snapshot; run with -Dalvh.trace=true for a stack trace)");
            if (Boolean.getBoolean("alvh.trace")) {
                ex.printStackTrace(err);
            }
            return INTERNAL_ERROR;
        });
        cli.setParameterExceptionHandler((ex, args2) -> {
            err.println(ex.getMessage());
            ex.getCommandLine().usage(err);
            return BAD_INPUT;
        });
        return cli.execute(args);
    }

    /** The version from the jar manifest ("dev" when run from classes). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = AlvhCommand.class.getPackage().getImplementationVersion();
            return new String[] {"ALVH Workstation " + (v == null ? "dev" : v)};
        }
    }
}
