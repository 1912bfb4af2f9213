package org.alvh.whatif;

import java.util.Objects;

/**
 * One audit figure whose value differs between two results.
 *
 * @param group  the trail group (METHOD.md section) the figure is recorded under
 * @param key    the audit key, e.g. {@code layers[0].quantity}
 * @param kind   changed, or present on one side only
 * @param before the value in the first result: Number, Boolean, String, or null when unavailable or absent
 * @param after  the value in the second result, likewise
 */
public record FigureChange(String group, String key, Kind kind, Object before, Object after) {

    /** How the figure differs. */
    public enum Kind {
        /** Recorded in both results with different values (a value becoming unavailable counts). */
        CHANGED,
        /** Recorded only in the second result. */
        ADDED,
        /** Recorded only in the first result. */
        REMOVED
    }

    public FigureChange {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
    }

    /** {@code after − before} when both are numbers, else null. */
    public Double numericChange() {
        if (before instanceof Number b && after instanceof Number a) {
            return a.doubleValue() - b.doubleValue();
        }
        return null;
    }
}
