package org.alvh.calc;

import java.util.List;
import org.alvh.model.Problem;
import org.alvh.model.SnapshotInput;

/**
 * The snapshot passed the reader but the method cannot be computed from it (history too short, no basket
 * member with a beta at T, a condor leg whose implied vol has no root, a credit that is not a short iron
 * condor's). Carries the problems with file and line, like a reader error; never a programming error.
 */
public final class UnusableSnapshotException extends RuntimeException {
    private final transient List<Problem> problems;

    public UnusableSnapshotException(List<Problem> problems) {
        super(problems.isEmpty() ? "unusable snapshot" : problems.get(0).toString());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an unusable snapshot needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public UnusableSnapshotException(Problem problem) {
        this(List.of(problem));
    }

    /** An error of code {@link Problem.Code#UNUSABLE_DATA} about {@code source}. */
    public static Problem problem(SnapshotInput source, int line, int column, String message) {
        return Problem.error(Problem.Code.UNUSABLE_DATA, source, line, column, message);
    }

    public List<Problem> problems() {
        return problems;
    }
}
