package org.alvh.calc;

/**
 * What was traded (METHOD.md §8.1), never its price: an SPX option, a VIX future, a VIX option or an SPX
 * variance swap. Each kind is valued by one pricer class from market data passed in
 * ({@link SpxOptionPricer}, {@link VixFuturePricer}, {@link VixOptionPricer}, {@link VarianceSwapPricer}); the
 * two methods below only hand the instrument to its pricer.
 */
public sealed interface Instrument permits SpxOption, VixFutureContract, VixOption, VarianceSwap {

    /** The identity the audit lists for a leg of this instrument. */
    LegTerms terms(MarketState market);

    /**
     * Value of one unit in USD in the market under a scenario (METHOD.md §8.1, §9): 100 × the option price,
     * the future's variation {@code m × (F' − F)} since T, or the swap's value per USD of vega notional.
     */
    double unitValueUsd(ShockedMarket market);

    /** Greeks of one unit at T (METHOD.md §8.1). */
    Greeks unitGreeks(MarketState market);
}
