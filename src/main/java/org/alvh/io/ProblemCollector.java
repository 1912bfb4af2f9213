package org.alvh.io;

import org.alvh.model.Problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects the problems of one load. Keeps the first {@code maxErrors} errors (and as many warnings) and
 * only counts the rest, so a file with millions of bad rows is reported quickly; {@link #toList} adds one
 * final "... and N more problems" entry for what was counted but not kept.
 */
final class ProblemCollector {
    private final int maxKept;
    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private long droppedErrors;
    private long droppedWarnings;
    private String firstDroppedErrorFile;
    private String firstDroppedWarningFile;

    ProblemCollector(int maxKept) {
        if (maxKept < 1) {
            throw new IllegalArgumentException("maxKept must be >= 1, got " + maxKept);
        }
        this.maxKept = maxKept;
    }

    void error(String file, int line, int column, String message) {
        error(Problem.Code.BAD_INPUT, file, line, column, message);
    }

    void error(Problem.Code code, String file, int line, int column, String message) {
        if (errors.size() < maxKept) {
            errors.add(Problem.error(code, file, Math.max(line, 0), Math.max(column, 0), message));
        } else {
            countDroppedError(file);
        }
    }

    /** Like {@link #error(String, int, int, String)} but builds the message only when it is kept. */
    void error(String file, int line, int column, Supplier<String> message) {
        error(Problem.Code.BAD_INPUT, file, line, column, message);
    }

    void error(Problem.Code code, String file, int line, int column, Supplier<String> message) {
        if (errors.size() < maxKept) {
            error(code, file, line, column, message.get());
        } else {
            countDroppedError(file);
        }
    }

    private void countDroppedError(String file) {
        if (droppedErrors++ == 0) {
            firstDroppedErrorFile = file;
        }
    }

    void warning(String file, int line, int column, String message) {
        warning(Problem.Code.NOTE, file, line, column, message);
    }

    void warning(Problem.Code code, String file, int line, int column, String message) {
        if (warnings.size() < maxKept) {
            warnings.add(Problem.warning(code, file, Math.max(line, 0), Math.max(column, 0), message));
        } else if (droppedWarnings++ == 0) {
            firstDroppedWarningFile = file;
        }
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    /**
     * Every kept problem ordered by file (in {@code fileOrder}; other files first), then line and column,
     * then the "... and N more" entries.
     */
    List<Problem> toList(List<String> fileOrder) {
        List<Problem> all = new ArrayList<>(errors);
        all.addAll(warnings);
        Comparator<Problem> byFile = Comparator.comparingInt(p -> fileOrder.indexOf(p.file()));
        all.sort(byFile.thenComparingInt(Problem::line).thenComparingInt(Problem::column));
        if (droppedErrors > 0) {
            all.add(Problem.error(firstDroppedErrorFile, 0, 0, "... and " + droppedErrors + " more problems"));
        }
        if (droppedWarnings > 0) {
            all.add(Problem.warning(firstDroppedWarningFile, 0, 0, "... and " + droppedWarnings + " more warnings"));
        }
        return all;
    }
}
