package org.alvh.model;

import java.time.LocalDate;
import java.util.Objects;

/** A VIX futures settlement: price in points, optional implied vol of the VIX options of that expiry. */
public record VixFuture(int line, LocalDate expiry, double price, Double optionIv) {
    public VixFuture {
        Objects.requireNonNull(expiry, "expiry");
        if (!(price > 0)) {
            throw new IllegalArgumentException("futures price must be > 0, got " + price);
        }
    }
}
