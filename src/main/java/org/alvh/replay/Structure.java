package org.alvh.replay;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.alvh.model.Right;

/**
 * The identity of a position (what was traded), without its quantity.
 *
 * @param kind    condor leg or hedge structure
 * @param expiry  expiry date (a swap: start + tenor)
 * @param strikes ascending, points (a swap: its vol strike; empty for a future)
 * @param right   the option right; null for futures and swaps
 * @param start   a swap's start date; null otherwise
 * @param tenor   a swap's tenor D0 in calendar days; 0 otherwise
 */
public record Structure(StructureKind kind, LocalDate expiry, List<Double> strikes, Right right, LocalDate start,
                        int tenor) {
    public Structure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(expiry, "expiry");
        strikes = List.copyOf(strikes);
    }

    /** A condor leg. */
    static Structure spxOption(Right right, double strike, LocalDate expiry) {
        return new Structure(StructureKind.SPX_OPTION, expiry, List.of(strike), right, null, 0);
    }

    /** The first strike {@code K} of the structure (the one the §10.3 strike test compares). */
    public double firstStrike() {
        return strikes.get(0);
    }
}
