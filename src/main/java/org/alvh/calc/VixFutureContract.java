package org.alvh.calc;

import java.time.LocalDate;
import java.util.Objects;

/** A VIX future of one expiry, standard ({@code VX}, 1000 USD per point) or mini ({@code VXM}, 100). */
public record VixFutureContract(LocalDate expiry, Size size) implements Instrument {

    /** The contract size. */
    public enum Size {
        VX(1000, InstrumentKind.VX_FUTURE),
        VXM(100, InstrumentKind.VXM_FUTURE);

        private final int multiplier;
        private final InstrumentKind kind;

        Size(int multiplier, InstrumentKind kind) {
            this.multiplier = multiplier;
            this.kind = kind;
        }

        /** USD per VIX point. */
        public int multiplier() {
            return multiplier;
        }

        public InstrumentKind kind() {
            return kind;
        }
    }

    public VixFutureContract {
        Objects.requireNonNull(expiry, "expiry");
        Objects.requireNonNull(size, "size");
    }

    @Override
    public LegTerms terms(MarketState market) {
        return new LegTerms(size.kind(), null, null, expiry, market.daysTo(expiry), market.future(expiry),
                size.multiplier(), null, null, null);
    }

    @Override
    public double unitValueUsd(ShockedMarket market) {
        return VixFuturePricer.valueUsd(this, market);
    }

    @Override
    public Greeks unitGreeks(MarketState market) {
        return VixFuturePricer.greeks(this, market);
    }
}
