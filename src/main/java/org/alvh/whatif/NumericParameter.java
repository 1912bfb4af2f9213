package org.alvh.whatif;

import java.util.Objects;
import org.alvh.model.AlvhConfig;
import org.alvh.model.LoadResult;

/**
 * One numeric configuration value the sensitivity bumps, with a way to set it. The table of keys and their
 * validation live in {@code io.config}, which this package may not import: the caller builds these.
 *
 * @param key    the dotted configuration key, e.g. {@code layer1.base}, or an element such as
 *               {@code volBeta.futuresBeta.30}
 * @param step   how the value moves: relatively, or by one for whole numbers
 * @param value  the value in the base configuration
 * @param setter the base configuration with this key set to another value, validated
 */
public record NumericParameter(String key, StepKind step, double value, Setter setter) {

    /** How a parameter is bumped. */
    public enum StepKind {
        /** Down and up by the relative step: {@code value × (1 ∓ h)}. */
        RELATIVE,
        /** Whole numbers: down and up by one, their natural step. */
        WHOLE
    }

    /** Sets the parameter in the base configuration. */
    @FunctionalInterface
    public interface Setter {
        /**
         * @return the configuration with the parameter at {@code value}, or the problems that the validator
         *         finds in it (a value out of range, or one that breaks a rule between keys)
         */
        LoadResult<AlvhConfig> set(double value);
    }

    public NumericParameter {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(setter, "setter");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(key + " is not a finite number: " + value);
        }
    }
}
