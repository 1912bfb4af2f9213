package org.alvh.calc;

/**
 * Prices an {@link SpxOption} (METHOD.md §4.1, §8.1, §9): BSM with the continuous dividend yield, 100 × the
 * per-share price per contract. Under a scenario the option's {@code D}-day vol moves by {@code s(D)} points
 * per VIX point, {@code σ' = max(σ + s(D) ΔV_eff / 100, 0.01)}, at {@code S'} and {@code τ' = (D − h)/365};
 * from its expiry on ({@code h ≥ D}) it is worth its intrinsic value at {@code S'}.
 */
public final class SpxOptionPricer {
    /** USD per index point of one contract. */
    static final double MULTIPLIER = 100;
    /** The lowest vol a scenario moves an option to (§9). */
    static final double MIN_SCENARIO_VOL = 0.01;

    private SpxOptionPricer() {
    }

    /** Per-share BSM price and greeks at T (the §5 unit figures). */
    public static BlackScholes.Greeks quote(SpxOption o, MarketState m) {
        return BlackScholes.greeks(o.right(), m.spot(), o.strike(), m.rate(), m.dividendYield(), o.impliedVol(),
                m.daysTo(o.expiry()) / 365.0);
    }

    /**
     * The per-share mark in index points at the market's date: BSM at the option's own vol before its expiry,
     * its intrinsic value at spot from its expiry on (the replay's marks, METHOD.md §8.1, §10.3).
     */
    public static double unitPrice(SpxOption o, MarketState m) {
        int days = m.daysTo(o.expiry());
        if (days <= 0) {
            return OptionPayoff.intrinsic(o.right(), m.spot(), o.strike());
        }
        return BlackScholes.price(o.right(), m.spot(), o.strike(), m.rate(), m.dividendYield(), o.impliedVol(),
                days / 365.0);
    }

    /** Per-share BSM vega per vol point at the option's own vol (before its expiry), index points. */
    public static double unitVega(SpxOption o, MarketState m) {
        return BlackScholes.vega(m.spot(), o.strike(), m.rate(), m.dividendYield(), o.impliedVol(),
                m.daysTo(o.expiry()) / 365.0);
    }

    public static double valueUsd(SpxOption o, ShockedMarket m) {
        MarketState base = m.base();
        int days = base.daysTo(o.expiry());
        int left = days - m.days();
        if (left <= 0) {
            return MULTIPLIER * OptionPayoff.intrinsic(o.right(), m.spot(), o.strike());
        }
        double sigma = Math.max(o.impliedVol() + base.scaling().tenorScale(days) * m.vixShift() / 100,
                MIN_SCENARIO_VOL);
        return MULTIPLIER * BlackScholes.price(o.right(), m.spot(), o.strike(), base.rate(), base.dividendYield(),
                sigma, left / 365.0);
    }

    /**
     * Delta and gamma (× 100), VEV {@code 100 × vega × s(D)} (§3) and theta per calendar day (BSM annual /
     * 365, × 100).
     */
    public static Greeks greeks(SpxOption o, MarketState m) {
        int days = m.daysTo(o.expiry());
        BlackScholes.Greeks g = quote(o, m);
        return new Greeks(MULTIPLIER * g.delta(), MULTIPLIER * g.gamma(),
                MULTIPLIER * g.vega() * m.scaling().tenorScale(days), MULTIPLIER * g.theta());
    }
}
