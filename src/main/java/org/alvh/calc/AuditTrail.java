package org.alvh.calc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The record of every figure the engine produces, written by the computation itself as it goes (STYLE.md
 * practice 5): its group (as in METHOD.md), its audit key, value, formula and the inputs it was computed from,
 * each input with the key of the figure or configuration value it is, where it is one (so the trail is a graph
 * that a change can be followed through).
 * The audit view shows this list; the audit JSON carries it under {@code trail}. Not thread-safe: one trail per
 * computation.
 */
public final class AuditTrail {

    /**
     * One named input of a figure. The value is a Number, Boolean, String or null (unavailable).
     *
     * @param name the symbol of the formula, e.g. {@code H}
     * @param key  the audit key of the figure this input is (e.g. {@code hedgeBase}) or the configuration key
     *             (e.g. {@code layer1.base}); null when it is neither. The keys make the trail a graph: a
     *             figure depends on the figures and configuration keys its inputs name.
     */
    public record Input(String name, Object value, String key) {
        public Input {
            Objects.requireNonNull(name, "name");
        }

        public Input(String name, Object value) {
            this(name, value, null);
        }
    }

    /** An input value together with the key it comes from; see {@link #from}. */
    public record Sourced(String key, Object value) {
        public Sourced {
            Objects.requireNonNull(key, "key");
        }
    }

    /**
     * Marks an input value as a recorded figure or a configuration value: {@code "H", from("hedgeBase", h)}.
     * An input whose name is itself the key of a figure recorded earlier needs no mark.
     */
    public static Sourced from(String key, Object value) {
        return new Sourced(key, value);
    }

    /**
     * One figure.
     *
     * @param group   METHOD.md section, e.g. "2.3 Weighted beta"
     * @param key     the audit JSON key, e.g. {@code weightedBeta.raw}
     * @param value   Number, Boolean, String, or null when unavailable
     * @param formula the formula in METHOD.md notation
     */
    public record Figure(String group, String key, Object value, String formula, List<Input> inputs) {
        public Figure {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(key, "key");
            formula = formula == null ? "" : formula;
            inputs = List.copyOf(inputs);
        }
    }

    private final List<Figure> figures = new ArrayList<>();
    private final List<String> nonFiniteKeys = new ArrayList<>();
    private final Set<String> recordedKeys = new HashSet<>();
    /** False for a trail that keeps no figures ({@link #discarding()}). */
    private final boolean keeping;

    /** A trail that keeps every figure: the audit of a result. */
    public AuditTrail() {
        this(true);
    }

    private AuditTrail(boolean keeping) {
        this.keeping = keeping;
    }

    /**
     * A trail that keeps no figure, only the keys of figures given as an infinity (the final check refuses
     * them): for a caller that never reads the audit, such as the replay, whose hundreds of engine runs would
     * otherwise build hundreds of thousands of figures only to drop them.
     */
    public static AuditTrail discarding() {
        return new AuditTrail(false);
    }

    /**
     * Records a figure. {@code nameValuePairs} alternate input names and values:
     * {@code "S", 2648.94, "r", 0.02}.
     *
     * @return {@code value}, so a computation can record and use a figure in one expression
     */
    public <T> T record(String group, String key, T value, String formula, Object... nameValuePairs) {
        if (nameValuePairs.length % 2 != 0) {
            throw new IllegalArgumentException("inputs must be name/value pairs for " + key);
        }
        if (!keeping) {
            if (value instanceof Double d && d.isInfinite() || value instanceof Float f && f.isInfinite()) {
                nonFiniteKeys.add(key);
            }
            return value;
        }
        List<Input> inputs = new ArrayList<>(nameValuePairs.length / 2);
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            String name = String.valueOf(nameValuePairs[i]);
            for (Input earlier : inputs) { // a few dozen inputs at most: a scan allocates nothing
                if (earlier.name().equals(name)) {
                    throw new IllegalArgumentException("input " + name + " is given twice for " + key);
                }
            }
            Object input = nameValuePairs[i + 1];
            if (input instanceof Sourced sourced) {
                inputs.add(new Input(name, normalise(sourced.value()), sourced.key()));
            } else {
                inputs.add(new Input(name, normalise(input), recordedKeys.contains(name) ? name : null));
            }
        }
        if (value instanceof Double d && d.isInfinite() || value instanceof Float f && f.isInfinite()) {
            nonFiniteKeys.add(key); // recorded as unavailable, and refused by FiniteResultCheck
        }
        recordedKeys.add(key);
        figures.add(new Figure(group, key, normalise(value), formula, inputs));
        return value;
    }

    /** Records a number that may be unavailable (NaN is recorded as null). */
    public double number(String group, String key, double value, String formula, Object... nameValuePairs) {
        record(group, key, Double.isNaN(value) ? null : value, formula, nameValuePairs);
        return value;
    }

    public List<Figure> figures() {
        return Collections.unmodifiableList(figures);
    }

    /** Keys of the figures that were given as an infinity (recorded as unavailable); none in a valid result. */
    public List<String> nonFiniteKeys() {
        return Collections.unmodifiableList(nonFiniteKeys);
    }

    private static Object normalise(Object v) {
        if (v instanceof Double d && (d.isNaN() || d.isInfinite())) {
            return null;
        }
        if (v instanceof Float f && (f.isNaN() || f.isInfinite())) {
            return null;
        }
        return v;
    }
}
