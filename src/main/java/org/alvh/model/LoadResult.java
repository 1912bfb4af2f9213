package org.alvh.model;

import java.util.List;

/**
 * A value read from input together with every problem found on the way.
 * The value is null when there is at least one error.
 */
public record LoadResult<T>(T value, List<Problem> problems) {

    public LoadResult {
        problems = List.copyOf(problems);
        if (value == null && problems.stream().noneMatch(Problem::isError)) {
            throw new IllegalArgumentException("a failed load must carry at least one error");
        }
    }

    public boolean ok() {
        return value != null && errors().isEmpty();
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }
}
