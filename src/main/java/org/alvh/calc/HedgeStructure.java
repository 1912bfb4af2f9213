package org.alvh.calc;

/**
 * The §5 hedge structures a layer can hold, named as the audit's {@code layers[k].instrument} and the hedge
 * sheet name them; each is a list of §8.1 legs ({@link HedgeLeg}).
 */
public enum HedgeStructure {
    /** One VX future. */
    VX_FUTURE(false),
    /** One VXM (mini) future. */
    VXM_FUTURE(false),
    /** Long a VIX call at K, short two at K+w, long one at K+2w. */
    VIX_CALL_BUTTERFLY(true),
    /** One VIX call. */
    VIX_CALL(true),
    /** One SPX variance swap; the quantity is its USD vega notional. */
    SPX_VARIANCE_SWAP(false),
    /** Short an SPX put at 0.8 S, long one at 0.9 S (strikes ascending). */
    SPX_PUT_SPREAD(true);

    private final boolean paysPremium;

    HedgeStructure(boolean paysPremium) {
        this.paysPremium = paysPremium;
    }

    /** True when the cost is the premium × 100 × quantity (options); futures and swaps cost 0 at T. */
    public boolean paysPremium() {
        return paysPremium;
    }
}
