package org.alvh.whatif;

import java.util.List;
import java.util.Objects;
import org.alvh.model.Problem;

/**
 * One parameter moved one way, and what the engine gave.
 *
 * @param value    the bumped value (the base value when the bump {@link Outcome#UNMOVED did not move it})
 * @param layers   each layer's figures when {@link Outcome#COMPUTED}, empty otherwise
 * @param worstHedgedUsd the hedged book's worst P&amp;L on the coordinated path at the condor's expiry (METHOD.md
 *                 §9), USD, when {@link Outcome#COMPUTED}; null otherwise
 * @param problems why it was not computed: the validator's problems ({@link Outcome#REFUSED}) or the engine's
 *                 ({@link Outcome#UNUSABLE}); empty otherwise
 */
public record Bump(Direction direction, double value, Outcome outcome, List<LayerFigures> layers,
                   Double worstHedgedUsd, List<Problem> problems) {

    /** Which way the parameter moves. */
    public enum Direction { DOWN, UP }

    /** What became of a bump. */
    public enum Outcome {
        /** Computed: {@code layers} holds the figures. */
        COMPUTED,
        /** The validator refuses the bumped value (out of range, or against a rule between keys): not computed. */
        REFUSED,
        /** The configuration is valid but the engine cannot use the snapshot under it. */
        UNUSABLE,
        /** A relative step of zero is zero: nothing to compute. */
        UNMOVED
    }

    public Bump {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(outcome, "outcome");
        layers = List.copyOf(layers);
        problems = List.copyOf(problems);
    }

    /** The figures of one layer, or null when not computed or the layer is absent. */
    public LayerFigures layer(int layer) {
        return layers.stream().filter(l -> l.layer() == layer).findFirst().orElse(null);
    }
}
