package org.alvh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Strings from snapshot files reach the terminal in the summary's warnings and in the problems on stderr; an
 * ANSI escape sequence in a ticker or a cell is printed escaped (backslash, u, 001b), never sent to the terminal (the
 * reader trims control characters at the ends of a cell, so the sequences here sit inside the cells).
 */
class TerminalInjectionTest {
    private static final String ESCAPE_TITLE = "\u001b]0;pwned\u0007";
    private static final String CLEAR_SCREEN = "\u001b[2J";

    @Test
    void aTickerWithAnEscapeSequenceIsPrintedEscapedInTheSummary(@TempDir Path dir) throws IOException {
        Path snapshot = CliRun.copySnapshot(CliRun.resource("/valid/small"), dir);
        Files.writeString(snapshot.resolve("prices.csv"), "2018-01-02,X" + ESCAPE_TITLE + "Y,1\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

        CliRun run = CliRun.of("compute", snapshot.toString(), "--config", snapshot.resolve("config.json").toString());

        assertThat(run.exit()).isEqualTo(AlvhCommand.OK);
        assertThat(run.out()).contains("X\\u001b]0;pwned\\u0007Y").doesNotContain("\u001b").doesNotContain("\u0007");
    }

    @Test
    void aCellWithAnEscapeSequenceIsPrintedEscapedInTheProblems(@TempDir Path dir) throws IOException {
        Path snapshot = CliRun.copySnapshot(CliRun.resource("/valid/tiny"), dir);
        Files.writeString(snapshot.resolve("constituents.csv"), "ticker,name,sector,float_market_cap\n"
                + "AAA,A,Energy,1" + CLEAR_SCREEN + "\n", StandardCharsets.UTF_8);

        CliRun run = CliRun.of("compute", snapshot.toString());

        assertThat(run.exit()).isEqualTo(AlvhCommand.BAD_INPUT);
        assertThat(run.err()).contains("1\\u001b[2J").doesNotContain("\u001b");
    }

    @Test
    void printableTextIsUnchanged() {
        assertThat(TerminalText.safe("Alpha Corp\tÄ € =1")).isEqualTo("Alpha Corp\tÄ € =1");
        assertThat(TerminalText.safe("a\rb\nc\u009bd")).isEqualTo("a\\u000db\\u000ac\\u009bd");
    }
}
