package org.alvh.io.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.alvh.model.Problem;

/**
 * Collects the problems of one configuration file, each placed where the file names its key or value and
 * kept with the dotted key it concerns ({@link ConfigProblem}).
 */
final class ConfigProblems {

    /** Problems with a position first, in file order; then those without one (keys left at their default). */
    private static final Comparator<ConfigProblem> FILE_ORDER = Comparator
            .comparing((ConfigProblem p) -> p.problem().line() == 0)
            .thenComparingInt(p -> p.problem().line())
            .thenComparingInt(p -> p.problem().column());

    private final String file;
    private final LocatedTree positions;
    private final List<ConfigProblem> problems = new ArrayList<>();

    ConfigProblems(String file, LocatedTree positions) {
        this.file = file;
        this.positions = positions;
    }

    /** An error placed at the value of the path. */
    void atValue(String path, String message) {
        add(path, positions.valuePosition(path), message);
    }

    /** An error placed at the key of the path. */
    void atKey(String path, String message) {
        add(path, positions.keyPosition(path), message);
    }

    private void add(String path, LocatedTree.Position position, String message) {
        problems.add(new ConfigProblem(ConfigProblem.keyOf(path), Problem.error(Problem.Code.CONFIG, file,
                position.line(), position.column(), message)));
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    /** All problems in file order (stable for problems on the same spot). */
    List<Problem> sorted() {
        return keyed().stream().map(ConfigProblem::problem).toList();
    }

    /** All problems with their keys, in file order. */
    List<ConfigProblem> keyed() {
        return problems.stream().sorted(FILE_ORDER).toList();
    }
}
