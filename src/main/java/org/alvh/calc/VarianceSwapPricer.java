package org.alvh.calc;

/**
 * Prices a {@link VarianceSwap} per USD of vega notional (METHOD.md §3, §8.1, §9). Under a scenario at
 * T: {@code (σ'² − K_v²) / (2 K_v)} with {@code σ' = max(K_v + s(D0) ΔV_eff, 0)} (vols in points; the
 * convexity is kept, time and discounting are ignored), so a new swap is worth 0. Greeks: VEV {@code s(D0)}
 * per USD, delta, gamma and theta 0.
 */
public final class VarianceSwapPricer {
    private VarianceSwapPricer() {
    }

    public static double valueUsd(VarianceSwap swap, ShockedMarket m) {
        double k = swap.volStrike();
        double sigma = Math.max(k + m.base().scaling().tenorScale(swap.tenorDays()) * m.vixShift(), 0);
        return (sigma * sigma - k * k) / (2 * k);
    }

    public static Greeks greeks(VarianceSwap swap, MarketState m) {
        return new Greeks(0, 0, m.scaling().tenorScale(swap.tenorDays()), 0);
    }
}
