package org.alvh.io.config;

import java.util.Objects;

import org.alvh.model.Problem;

/**
 * A problem of a configuration with the dotted key it concerns, so that an editor can put it beside that key
 * without reading the message.
 *
 * @param key     the leaf key of {@link ConfigKeys} the problem is about (e.g. {@code scenario.spxMoves} for a
 *                bad element {@code scenario.spxMoves[2]}); for a key the configuration does not know, the
 *                dotted path as written; "" for a problem of the whole configuration
 * @param problem the problem as reported (file, line, column, message)
 */
public record ConfigProblem(String key, Problem problem) {

    public ConfigProblem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(problem, "problem");
    }

    /**
     * The leaf key a dotted path belongs to: the path itself when it is a key, else its nearest enclosing key
     * ({@code scenario.historical[1].name} → {@code scenario.historical}), else the path as given.
     */
    static String keyOf(String path) {
        String candidate = path;
        while (!candidate.isEmpty()) {
            if (ConfigRules.byPath(candidate) != null) {
                return candidate;
            }
            int cut = Math.max(candidate.lastIndexOf('.'), candidate.lastIndexOf('['));
            candidate = cut < 0 ? "" : candidate.substring(0, cut);
        }
        return path;
    }
}
