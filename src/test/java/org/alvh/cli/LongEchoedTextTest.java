package org.alvh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 8 item 6: texts from snapshot files echoed on the terminal (a 15 MB ticker in a warning) are
 * shortened; before, the whole text was printed.
 */
class LongEchoedTextTest {

    @Test
    void aHugeEchoedTextIsShortenedAndSaysHowLongItWas() {
        String huge = "T".repeat(15 * 1024 * 1024) + " has neither prices nor beta (excluded)";

        String shown = TerminalText.safe(huge);

        assertThat(shown).hasSizeLessThan(TerminalText.MAX_CHARS + 60).startsWith("TTTT")
                .endsWith("... (" + huge.length() + " characters, shortened)");
    }

    @Test
    void aNormalLineIsUnchanged() {
        assertThat(TerminalText.safe("condor.csv:2:4: quantity \"1e12\" is more than 100000 contracts"))
                .isEqualTo("condor.csv:2:4: quantity \"1e12\" is more than 100000 contracts");
    }
}
