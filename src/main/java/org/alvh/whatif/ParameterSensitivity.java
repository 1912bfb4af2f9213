package org.alvh.whatif;

import java.util.Objects;

/**
 * One parameter bumped down and up.
 *
 * @param value the base value
 */
public record ParameterSensitivity(String key, NumericParameter.StepKind step, double value, Bump down, Bump up) {
    public ParameterSensitivity {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(down, "down");
        Objects.requireNonNull(up, "up");
    }
}
