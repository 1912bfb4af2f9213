package org.alvh.calc;

/**
 * An option leg's model figures at T, per share (SPX, BSM) or per point of the future (VIX, Black-76): the
 * inputs behind a layer's unit price and VEV per unit.
 *
 * @param strike      points
 * @param vol         the vol priced with, decimal
 * @param delta       BSM delta, or Black-76 {@code Δ_F} with respect to the future
 * @param vega        per vol point
 * @param theta       per calendar day
 * @param thetaAnnual per year
 */
public record LegQuote(double strike, double vol, double price, double delta, double gamma, double vega,
                       double theta, double thetaAnnual, double d1, double d2) {

    static LegQuote of(double strike, double vol, BlackScholes.Greeks g) {
        return new LegQuote(strike, vol, g.price(), g.delta(), g.gamma(), g.vega(), g.theta(), g.thetaAnnual(),
                g.d1(), g.d2());
    }

    static LegQuote of(double strike, double vol, Black76.Greeks g) {
        return new LegQuote(strike, vol, g.price(), g.delta(), g.gamma(), g.vega(), g.theta(), g.theta() * 365,
                g.d1(), g.d2());
    }
}
