package org.alvh.replay;

import org.alvh.calc.HedgeStructure;

/**
 * What a replay position is (METHOD.md §8.1 and the §5 structure names used in the reports): a condor leg
 * ({@code SPX_OPTION}) or one hedge structure. A unit is one structure: one contract for a future or a call,
 * a butterfly (four leg contracts), a put spread (two), or 1 USD of vega notional for a variance swap.
 */
public enum StructureKind {
    SPX_OPTION(1, 100),
    VX_FUTURE(1, 1000),
    VXM_FUTURE(1, 100),
    VIX_CALL(1, 100),
    VIX_CALL_BUTTERFLY(4, 100),
    SPX_VARIANCE_SWAP(0, 1),
    SPX_PUT_SPREAD(2, 100);

    private final int legContracts;
    private final double multiplier;

    StructureKind(int legContracts, double multiplier) {
        this.legContracts = legContracts;
        this.multiplier = multiplier;
    }

    /** Listed leg contracts in one unit (0 for a swap, which is not listed). */
    public int legContracts() {
        return legContracts;
    }

    /** USD per point of the unit's price: 100 for options, 1000 (VX) or 100 (VXM) for futures, 1 for a swap. */
    public double multiplier() {
        return multiplier;
    }

    public boolean isFuture() {
        return this == VX_FUTURE || this == VXM_FUTURE;
    }

    public boolean isVixOption() {
        return this == VIX_CALL || this == VIX_CALL_BUTTERFLY;
    }

    /** The replay's kind of an engine structure (the same §5 name). */
    public static StructureKind of(HedgeStructure structure) {
        return valueOf(structure.name());
    }
}
