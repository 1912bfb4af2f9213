package org.alvh.io;

/**
 * What a numeric cell must be (METHOD.md §1): its sign and its plausible finite range, with the phrase used in
 * error messages. The bounds and the reason for each are documented in {@code docs/input-ranges.md}; they keep
 * every figure the engine computes from a valid snapshot finite (docs/adr/0008). A value that is a number but
 * outside its range is an {@link org.alvh.model.Problem.Code#OUT_OF_RANGE} error.
 */
enum NumberRule {
    /** SPX closes and every option strike: 0.01 to 1,000,000 index points. */
    INDEX_LEVEL("an index level from 0.01 to 1000000", 0.01, 1e6),
    /** VIX closes and VIX futures prices: 0.01 to 1,000 points (the VIX has never closed above 90). */
    VIX_LEVEL("a VIX level from 0.01 to 1000", 0.01, 1e3),
    /** Stock closes and option premiums: 0.0001 to 1,000,000 (one share of BRK.A is below 1,000,000). */
    PRICE("a price from 0.0001 to 1000000", 1e-4, 1e6),
    /** Bid and ask quotes: 0 to 1,000,000 points (a bid of 0 is a real quote). */
    QUOTE("a quote from 0 to 1000000", 0, 1e6),
    /** Float market caps, in any one unit: 0.000001 to 1e14 (USD 100 trillion, 30 times the largest company). */
    MARKET_CAP("a market cap greater than 0 and at most 1e14", 1e-6, 1e14),
    /** Betas: -20 to 20. */
    BETA("a beta from -20 to 20", -20, 20),
    /** Valuation ratios (P/E, P/CF, quick ratio): -1,000,000 to 1,000,000. */
    RATIO("a ratio from -1000000 to 1000000", -1e6, 1e6),
    /** Rates and yields as decimals (risk-free rate, dividend yield, WACC): -1 to 1 (-100% to 100%). */
    RATE("a rate as a decimal from -1 to 1 (0.02 means 2%)", -1, 1),
    /** Other index levels (REER): -1,000,000 to 1,000,000. */
    LEVEL("a number from -1000000 to 1000000", -1e6, 1e6),
    /** Counts of issues (advances, declines): whole numbers from 0 to 1,000,000. */
    COUNT("a whole number from 0 to 1000000", 0, 1e6),
    /** Option quantities: whole or fractional contracts, not 0, |q| at most 1e12. */
    QUANTITY("a number other than 0 from -1e12 to 1e12", -1e12, 1e12),
    /** Implied volatilities as decimals: 0.0001 to 5 (0.01% to 500%). */
    VOLATILITY("a volatility as a decimal from 0.0001 to 5 (0.25 means 25%)", 1e-4, 5),
    /** Correlations: -1 to 1. */
    CORRELATION("a decimal between -1 and 1", -1, 1);

    private final String phrase;
    private final double min;
    private final double max;

    NumberRule(String phrase, double min, double max) {
        this.phrase = phrase;
        this.min = min;
        this.max = max;
    }

    /** "a price from 0.0001 to 1000000", to follow "must be". */
    String phrase() {
        return phrase;
    }

    /** Whether {@code v} satisfies the rule: inside the range (NaN and infinities never do). */
    boolean accepts(double v) {
        if (!(v >= min && v <= max)) {
            return false;
        }
        return switch (this) {
            case QUANTITY -> v != 0;
            case COUNT -> v == Math.rint(v);
            default -> true;
        };
    }
}
