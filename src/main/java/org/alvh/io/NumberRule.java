package org.alvh.io;

/** What a numeric cell must be (METHOD.md §1), with the phrase used in error messages. */
enum NumberRule {
    FINITE("a number"),
    POSITIVE("a number greater than 0"),
    NON_NEGATIVE("a number of at least 0"),
    NON_ZERO("a number other than 0"),
    WHOLE_NON_NEGATIVE("a whole number of at least 0"),
    VOLATILITY("a volatility as a decimal in (0, 5] (0.25 means 25%)"),
    CORRELATION("a decimal between -1 and 1");

    private final String phrase;

    NumberRule(String phrase) {
        this.phrase = phrase;
    }

    /** "a number greater than 0", to follow "must be". */
    String phrase() {
        return phrase;
    }

    /** Whether a finite value satisfies the rule. */
    boolean accepts(double v) {
        return switch (this) {
            case FINITE -> true;
            case POSITIVE -> v > 0;
            case NON_NEGATIVE -> v >= 0;
            case NON_ZERO -> v != 0;
            case WHOLE_NON_NEGATIVE -> v >= 0 && v == Math.rint(v);
            case VOLATILITY -> v > 0 && v <= 5;
            case CORRELATION -> v >= -1 && v <= 1;
        };
    }
}
