package org.alvh.calc;

/**
 * A scenario {@code s = (ΔS, ΔV, h)} of METHOD.md §9.
 *
 * @param spxMove SPX move in percent (−10 = a 10 % fall), &gt; −100
 * @param vixMove VIX move in points, as listed (the effective move is floored, {@link ShockedMarket})
 * @param days    whole calendar days that pass, ≥ 0 (0 = now)
 */
public record Scenario(double spxMove, double vixMove, int days) {
    public static final Scenario ORIGIN = new Scenario(0, 0, 0);

    public Scenario {
        if (!(spxMove > -100) || !Double.isFinite(spxMove) || !Double.isFinite(vixMove) || days < 0) {
            throw new IllegalArgumentException("a scenario needs ΔS > −100 %, finite ΔV and h >= 0, got "
                    + spxMove + ", " + vixMove + ", " + days);
        }
    }
}
