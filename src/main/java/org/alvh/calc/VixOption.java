package org.alvh.calc;

import java.time.LocalDate;
import java.util.Objects;
import org.alvh.model.Right;

/**
 * A VIX option, one contract (multiplier 100), on the VIX future of the same expiry, marked with its own vol
 * (the future's {@code option_iv}, else {@code vix.defaultOptionIv}).
 *
 * @param impliedVol decimal (0.85)
 */
public record VixOption(Right right, double strike, LocalDate expiry, double impliedVol) implements Instrument {
    public VixOption {
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(expiry, "expiry");
    }

    @Override
    public LegTerms terms(MarketState market) {
        return new LegTerms(InstrumentKind.VIX_OPTION, right, strike, expiry, market.daysTo(expiry),
                market.future(expiry), null, impliedVol, null, null);
    }

    @Override
    public double unitValueUsd(ShockedMarket market) {
        return VixOptionPricer.valueUsd(this, market);
    }

    @Override
    public Greeks unitGreeks(MarketState market) {
        return VixOptionPricer.greeks(this, market);
    }
}
