package org.alvh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** Which arguments run the command line and which open the window ({@code Main}). */
class AlvhCommandTest {

    @Test
    void everySubcommandRunsTheCommandLine() {
        Set<String> subcommands = AlvhCommand.commandLine(new String[0]).getSubcommands().keySet();

        assertThat(subcommands).contains("compute", "diff", "sensitivity", "build-sample", "build-history", "help")
                .as("generate is a benchmark tool, not a command of the product").doesNotContain("generate");
        for (String name : subcommands) {
            assertThat(AlvhCommand.isCommandLine(new String[] {name})).as(name).isTrue();
        }
    }

    @Test
    void aSubcommandRunIsBuiltWithThatSubcommandAloneAndHelpWithAll() {
        assertThat(AlvhCommand.commandLine(new String[] {"compute", "x"}).getSubcommands()).containsOnlyKeys(
                "compute");
        assertThat(AlvhCommand.commandLine(new String[] {"help", "compute"}).getSubcommands())
                .containsKeys("compute", "backtest", "help");
        assertThat(AlvhCommand.commandLine(new String[] {"--help"}).getSubcommands()).containsKeys("compute",
                "backtest", "help");
    }

    @Test
    void theUsageListsEverySubcommand() {
        java.io.StringWriter out = new java.io.StringWriter();
        int code = AlvhCommand.run(new String[] {"--help"}, new java.io.PrintWriter(out, true),
                new java.io.PrintWriter(new java.io.StringWriter(), true));

        assertThat(code).isZero();
        assertThat(out.toString()).contains("compute", "scenarios", "backtest", "diff", "sensitivity",
                "build-sample", "build-history");
    }

    @Test
    void noArgumentOrOneSnapshotPathOpensTheWindow() {
        assertThat(AlvhCommand.isCommandLine(new String[0])).isFalse();
        assertThat(AlvhCommand.isCommandLine(new String[] {"sample-data/spx-2018-02-05"})).isFalse();
        assertThat(AlvhCommand.isCommandLine(new String[] {"computed.zip"})).isFalse();
    }

    @Test
    void anOptionOrSeveralArgumentsRunTheCommandLine() {
        assertThat(AlvhCommand.isCommandLine(new String[] {"--version"})).isTrue();
        assertThat(AlvhCommand.isCommandLine(new String[] {"-h"})).isTrue();
        assertThat(AlvhCommand.isCommandLine(new String[] {"a", "b"})).isTrue();
    }
}
