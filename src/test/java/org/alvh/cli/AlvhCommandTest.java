package org.alvh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Which arguments run the command line and which open the window ({@code Main}). */
class AlvhCommandTest {

    @Test
    void everySubcommandRunsTheCommandLine() {
        Set<String> subcommands = new CommandLine(new AlvhCommand()).getSubcommands().keySet();

        assertThat(subcommands).contains("compute", "diff", "sensitivity", "build-sample", "build-history", "help")
                .as("generate is a benchmark tool, not a command of the product").doesNotContain("generate");
        for (String name : subcommands) {
            assertThat(AlvhCommand.isCommandLine(new String[] {name})).as(name).isTrue();
        }
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
