package org.alvh.calc;

/**
 * The instruments of METHOD.md §8.1, named as the audit's {@code layers[k].legs[].instrument} names them.
 */
public enum InstrumentKind {
    /** An SPX index option (condor legs, put-spread legs). */
    SPX_OPTION,
    /** The standard VIX future, multiplier 1000. */
    VX_FUTURE,
    /** The mini VIX future, multiplier 100. */
    VXM_FUTURE,
    /** A VIX option on the future of the same expiry. */
    VIX_OPTION,
    /** An SPX variance swap, quantity in USD of vega notional. */
    SPX_VARIANCE_SWAP
}
