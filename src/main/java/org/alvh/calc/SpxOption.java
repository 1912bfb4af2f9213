package org.alvh.calc;

import java.time.LocalDate;
import java.util.Objects;
import org.alvh.model.Right;

/**
 * An SPX index option, one contract (multiplier 100), marked with its own implied vol: a condor leg's
 * {@code implied_vol} (or the vol solved from its price), a put-spread leg's §5 vol.
 *
 * @param impliedVol decimal (0.18)
 */
public record SpxOption(Right right, double strike, LocalDate expiry, double impliedVol) implements Instrument {
    public SpxOption {
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(expiry, "expiry");
    }

    @Override
    public LegTerms terms(MarketState market) {
        return new LegTerms(InstrumentKind.SPX_OPTION, right, strike, expiry, market.daysTo(expiry), null, null,
                impliedVol, null, null);
    }

    @Override
    public double unitValueUsd(ShockedMarket market) {
        return SpxOptionPricer.valueUsd(this, market);
    }

    @Override
    public Greeks unitGreeks(MarketState market) {
        return SpxOptionPricer.greeks(this, market);
    }
}
