package org.alvh.io.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.alvh.model.Problem;

/** Collects the problems of one configuration file, each placed where the file names its key or value. */
final class ConfigProblems {

    /** Problems with a position first, in file order; then those without one (keys left at their default). */
    private static final Comparator<Problem> FILE_ORDER = Comparator
            .comparing((Problem p) -> p.line() == 0)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column);

    private final String file;
    private final LocatedTree positions;
    private final List<Problem> problems = new ArrayList<>();

    ConfigProblems(String file, LocatedTree positions) {
        this.file = file;
        this.positions = positions;
    }

    /** An error placed at the value of the path. */
    void atValue(String path, String message) {
        add(positions.valuePosition(path), message);
    }

    /** An error placed at the key of the path. */
    void atKey(String path, String message) {
        add(positions.keyPosition(path), message);
    }

    void add(LocatedTree.Position position, String message) {
        problems.add(Problem.error(Problem.Code.CONFIG, file, position.line(), position.column(), message));
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    /** All problems in file order (stable for problems on the same spot). */
    List<Problem> sorted() {
        return problems.stream().sorted(FILE_ORDER).toList();
    }
}
