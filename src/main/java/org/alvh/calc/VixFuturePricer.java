package org.alvh.calc;

/**
 * Prices a {@link VixFutureContract} (METHOD.md §3, §8.1, §9). Its value is the variation since T,
 * {@code m × (F' − F)}. Under a scenario the VIX shock reaches a future of {@code D} days by the §3 futures
 * beta and its basis to spot decays linearly to expiry:
 * {@code F' = VIX' + (F − VIX + (b(D) − 1) ΔV_eff) × (D − h)/D}; from its expiry on it has settled at
 * {@code VIX'}. Its theta is that roll-down at T, {@code −m (F − VIX)/D} per day.
 */
public final class VixFuturePricer {
    private VixFuturePricer() {
    }

    /** F', the future of {@code expiry} under the scenario, points. */
    public static double shockedFuture(java.time.LocalDate expiry, ShockedMarket m) {
        MarketState base = m.base();
        int days = base.daysTo(expiry);
        if (m.days() >= days) {
            return m.vix();
        }
        double f = base.future(expiry);
        double beta = base.scaling().futuresBeta(days);
        return m.vix() + (f - base.vix() + (beta - 1) * m.vixShift()) * (days - m.days()) / days;
    }

    public static double valueUsd(VixFutureContract c, ShockedMarket m) {
        return c.size().multiplier() * (shockedFuture(c.expiry(), m) - m.base().future(c.expiry()));
    }

    /** Delta and gamma 0, VEV {@code m × b(D)}, theta the roll-down {@code −m (F − VIX)/D} per day. */
    public static Greeks greeks(VixFutureContract c, MarketState m) {
        int days = m.daysTo(c.expiry());
        int mult = c.size().multiplier();
        return new Greeks(0, 0, mult * m.scaling().futuresBeta(days), -mult * (m.future(c.expiry()) - m.vix()) / days);
    }
}
