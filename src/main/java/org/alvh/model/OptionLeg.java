package org.alvh.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A leg of the condor as traded (a row of {@code condor.csv}).
 *
 * @param quantity   signed contracts, negative = short
 * @param impliedVol decimal, null when only the price is given
 * @param price      per-share premium, null when only the vol is given
 */
public record OptionLeg(int line, Right right, double strike, LocalDate expiry, double quantity,
                        Double impliedVol, Double price) {

    public OptionLeg {
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(expiry, "expiry");
        if (!(strike > 0)) {
            throw new IllegalArgumentException("strike must be > 0, got " + strike);
        }
    }
}
