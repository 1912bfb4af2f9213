package org.alvh.calc;

import java.util.List;

/**
 * The result of METHOD.md §2.1–§2.5 at T: the weighted beta, its correlation adjustment, the smoothed series
 * and the basket.
 *
 * @param impliedSource "market", "implied-vols" or "none" (at T)
 * @param shiftSd       sd (ddof 1) of the non-null shift values, null when fewer than 2
 */
public record BetaSeries(double raw, double correlationAdjustment, double adjusted, double smoothed,
                         double baseline, double shift, double signal, double hist,
                         Double realizedCorrelation, Double impliedCorrelation, String impliedSource,
                         Double shiftSd, int shiftCount, List<BasketMember> basket, int basketSize,
                         List<String> basketWithoutBeta, List<SeriesPoint> series,
                         List<ConstituentBeta> constituents) {
    public BetaSeries {
        basket = List.copyOf(basket);
        basketWithoutBeta = List.copyOf(basketWithoutBeta);
        series = List.copyOf(series);
        constituents = List.copyOf(constituents);
    }
}
