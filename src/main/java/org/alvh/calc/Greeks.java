package org.alvh.calc;

/**
 * Greeks of a unit or a position at T (METHOD.md §8.1), in USD.
 *
 * @param delta       USD per SPX index point
 * @param gamma       USD per point per point
 * @param vev         VIX-equivalent vega, USD per VIX point (§3)
 * @param thetaPerDay USD per calendar day
 */
public record Greeks(double delta, double gamma, double vev, double thetaPerDay) {
    public static final Greeks ZERO = new Greeks(0, 0, 0, 0);

    public Greeks plus(Greeks o) {
        return new Greeks(delta + o.delta, gamma + o.gamma, vev + o.vev, thetaPerDay + o.thetaPerDay);
    }

    public Greeks times(double quantity) {
        return new Greeks(delta * quantity, gamma * quantity, vev * quantity, thetaPerDay * quantity);
    }
}
