package org.alvh.calc;

import java.util.Objects;

/**
 * A signed quantity of one instrument: contracts (negative = short), or for a variance swap its vega
 * notional in USD.
 */
public record Position(Instrument instrument, double quantity) {
    public Position {
        Objects.requireNonNull(instrument, "instrument");
        if (!Double.isFinite(quantity)) {
            throw new IllegalArgumentException("quantity must be finite, got " + quantity);
        }
    }

    /** USD value in the market under a scenario. */
    public double valueUsd(ShockedMarket market) {
        return quantity * instrument.unitValueUsd(market);
    }

    /** Greeks of the position at T. */
    public Greeks greeks(MarketState market) {
        return quantity == 0 ? Greeks.ZERO : instrument.unitGreeks(market).times(quantity);
    }
}
