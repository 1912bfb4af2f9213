package org.alvh.fuzz;

/**
 * How long one fuzzing run lasts ({@code JAZZER_FUZZ=1}); jazzer-junit 0.22.1 reads the duration only from
 * {@code @FuzzTest(maxDuration)}, so it is set here, in one place (docs/fuzzing.md). In the normal test run
 * (regression mode) the fuzz tests only replay their seeds and crash inputs and this has no effect.
 */
final class FuzzDurations {
    /** One fuzzing run per entry point. */
    static final String RUN = "10m";

    private FuzzDurations() {
    }
}
