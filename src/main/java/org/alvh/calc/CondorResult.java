package org.alvh.calc;

import java.time.LocalDate;
import java.util.List;
import org.alvh.model.Right;

/**
 * The condor of METHOD.md §4: per-leg figures (per share) and position figures (dollars).
 *
 * @param vega  position vega, $ per SPX vol point (Σ quantity × 100 × vega)
 * @param delta position delta, $ per index point
 * @param vev   condor VEV = vega × s(D)
 * @param annualisedReturnOnRisk {@code (1 + ror)^(365/D) − 1}; null when that overflows a double (a large
 *              return on risk over very few days, docs/adr/0004)
 */
public record CondorResult(List<Leg> legs, LocalDate expiry, int days, double tau, double vega, double vev,
                           double volScale, double delta, double gamma, double theta, double creditPerShare,
                           double creditUsd, double maxLossUsd, double breakEvenLow, double breakEvenHigh,
                           double popSigma, double probabilityOfProfit, double returnOnRisk,
                           Double annualisedReturnOnRisk, double contracts) {

    public CondorResult {
        legs = List.copyOf(legs);
    }

    /**
     * One leg, per share.
     *
     * @param price    the premium used for the credit: the given price, else the model price
     * @param ivSource "given" or "solved" (from the price)
     */
    public record Leg(String role, Right right, double strike, LocalDate expiry, double quantity,
                      double impliedVol, String ivSource, double price, boolean priceGiven, double modelPrice,
                      double delta, double gamma, double vega, double theta) {
    }
}
