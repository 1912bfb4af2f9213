package org.alvh.fuzz;

import org.alvh.model.LoadResult;
import org.alvh.model.Problem;

/**
 * Invariants every load must keep, whatever the input: checked by the fuzz tests and their regressions (the
 * outputs of a compute: {@link org.alvh.testing.FiniteOutputs}).
 */
final class OutputChecks {
    private OutputChecks() {
    }

    /** A load either has a value and no error, or errors and no value; every problem is located. */
    static void checkLoad(LoadResult<?> result, int maxProblems) {
        boolean hasErrors = !result.errors().isEmpty();
        if (hasErrors == (result.value() != null)) {
            throw new AssertionError("value and errors disagree: " + result.problems());
        }
        for (Problem p : result.problems()) {
            if (p.file().isEmpty() || p.message().isBlank()) {
                throw new AssertionError("problem without file or message: " + p);
            }
        }
        // the kept errors plus one "... and N more problems" line
        if (result.errors().size() > maxProblems + 1) {
            throw new AssertionError("more than " + maxProblems + " errors kept: " + result.errors().size());
        }
    }
}
