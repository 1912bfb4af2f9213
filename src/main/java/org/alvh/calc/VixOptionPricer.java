package org.alvh.calc;

/**
 * Prices a {@link VixOption} (METHOD.md §5, §8.1, §9): Black-76 on the VIX future of the same expiry, 100 ×
 * the price per point per contract. Under a scenario: Black-76 on that future's {@code F'}
 * ({@link VixFuturePricer#shockedFuture}) with {@code τ' = (D − h)/365} and the option's own vol; from its
 * expiry on, its intrinsic value on {@code F'}. A shocked future at or below 0 (possible only for extreme
 * negative basis moves) takes Black-76's limit as F falls to 0: a call is worth 0, a put its discounted strike.
 */
public final class VixOptionPricer {
    static final double MULTIPLIER = 100;

    private VixOptionPricer() {
    }

    /** Per-point Black-76 price and greeks at T (the §5 unit figures). */
    public static Black76.Greeks quote(VixOption o, MarketState m) {
        return Black76.greeks(o.right(), m.future(o.expiry()), o.strike(), m.rate(), o.impliedVol(),
                m.daysTo(o.expiry()) / 365.0);
    }

    /**
     * The per-point mark at the market's date on the future of the option's expiry ({@link MarketState#future}):
     * Black-76 at the option's own vol before its expiry, its intrinsic value on that future from its expiry on
     * (the replay's marks, METHOD.md §8.1, §10.3).
     */
    public static double unitPrice(VixOption o, MarketState m) {
        double f = m.future(o.expiry());
        int days = m.daysTo(o.expiry());
        if (days <= 0) {
            return OptionPayoff.intrinsic(o.right(), f, o.strike());
        }
        return Black76.price(o.right(), f, o.strike(), m.rate(), o.impliedVol(), days / 365.0);
    }

    public static double valueUsd(VixOption o, ShockedMarket m) {
        MarketState base = m.base();
        double f = VixFuturePricer.shockedFuture(o.expiry(), m);
        int left = base.daysTo(o.expiry()) - m.days();
        if (left <= 0) {
            return MULTIPLIER * OptionPayoff.intrinsic(o.right(), f, o.strike());
        }
        double tau = left / 365.0;
        if (!(f > 0)) {
            return o.right() == org.alvh.model.Right.CALL ? 0 : MULTIPLIER * Math.exp(-base.rate() * tau) * o.strike();
        }
        return MULTIPLIER * Black76.price(o.right(), f, o.strike(), base.rate(), o.impliedVol(), tau);
    }

    /**
     * Delta and gamma 0 (no SPX exposure), VEV {@code 100 × Δ_F × b(D)} (§3), theta the Black-76 theta
     * {@code −F e^{−rτ} n(d1) σ/(2√τ) + r × price} per year / 365, × 100.
     */
    public static Greeks greeks(VixOption o, MarketState m) {
        Black76.Greeks g = quote(o, m);
        int days = m.daysTo(o.expiry());
        return new Greeks(0, 0, MULTIPLIER * g.delta() * m.scaling().futuresBeta(days), MULTIPLIER * g.theta());
    }
}
