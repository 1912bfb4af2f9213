package org.alvh.samples;

/**
 * The exit code of the sample commands on bad input: the value of {@code AlvhCommand.BAD_INPUT}, kept here
 * because {@code cli} depends on this package, not the reverse.
 */
final class SampleExit {
    static final int BAD_INPUT = 2;

    private SampleExit() {
    }
}
