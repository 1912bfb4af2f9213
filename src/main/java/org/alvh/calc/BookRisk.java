package org.alvh.calc;

import java.util.List;

/**
 * The book under stress in figures (METHOD.md §8.1, §9 {@code risk}): the greeks of the condor and of the
 * hedged book at T, the share of the hedge base achieved, and the worst P&amp;L and break-evens on the
 * coordinated path at the condor's expiry. USD; SPX moves in percent.
 *
 * @param layers          greeks of each layer (an inactive layer 0)
 * @param achievedVev     Σ achieved VEV of the layers
 * @param percentHedged   achieved / H, a fraction; null when H = 0
 * @param hedgedBreakEvens SPX moves where the hedged P&amp;L at expiry changes sign, ascending
 */
public record BookRisk(Greeks condor, Greeks hedged, List<Greeks> layers, double achievedVev, double hedgeBase,
                       Double percentHedged, double worstUnhedgedUsd, double worstUnhedgedAtSpxMove,
                       double worstHedgedUsd, double worstHedgedAtSpxMove, List<Double> hedgedBreakEvens,
                       int condorDays) {
    public BookRisk {
        layers = List.copyOf(layers);
        hedgedBreakEvens = List.copyOf(hedgedBreakEvens);
    }
}
