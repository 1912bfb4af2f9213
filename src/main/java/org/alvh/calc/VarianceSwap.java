package org.alvh.calc;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An SPX variance swap started at {@code start} for {@code tenorDays} calendar days, with vol strike
 * {@code volStrike} in VIX points; a position's quantity is its vega notional in USD per vol point.
 */
public record VarianceSwap(LocalDate start, int tenorDays, double volStrike) implements Instrument {
    public VarianceSwap {
        Objects.requireNonNull(start, "start");
        if (tenorDays < 1 || !(volStrike > 0)) {
            throw new IllegalArgumentException("a variance swap needs tenor >= 1 day and a vol strike > 0, got "
                    + tenorDays + ", " + volStrike);
        }
    }

    /** The end of the tenor, listed as the leg's expiry. */
    public LocalDate expiry() {
        return start.plusDays(tenorDays);
    }

    @Override
    public LegTerms terms(MarketState market) {
        return new LegTerms(InstrumentKind.SPX_VARIANCE_SWAP, null, volStrike, expiry(), market.daysTo(expiry()),
                null, null, null, tenorDays, start);
    }

    @Override
    public double unitValueUsd(ShockedMarket market) {
        return VarianceSwapPricer.valueUsd(this, market);
    }

    @Override
    public Greeks unitGreeks(MarketState market) {
        return VarianceSwapPricer.greeks(this, market);
    }
}
