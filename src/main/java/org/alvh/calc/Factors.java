package org.alvh.calc;

import java.time.LocalDate;
import java.util.List;

/**
 * The confirmations of METHOD.md §2.6 at T. A flag or figure whose rule is unavailable is null, never false;
 * a factor whose rule has no data is 1 (the value that enters A).
 */
public record Factors(Momentum momentum, EventsFactor events, LiquidityFactor liquidity, double amplifier,
                      Breadth breadth, ReerSpike reer, SectorValuation valuation, Rotation rotation,
                      Leverage leverage) {

    /** Momentum flags; a flag is null when its indicator has too little history (counted as not true). */
    public record Momentum(double factor, int count, Double spxRsi, Double vixRsi, Double spxMacdHist,
                           Double vixMacdHist, Boolean spxMacdHistNegative, Boolean spxRsiBelow,
                           Boolean vixMacdHistPositive, Boolean vixRsiAbove) {
    }

    public record CountedEvent(LocalDate date, String type) {
    }

    /** @param count null when there is no events.csv */
    public record EventsFactor(double factor, Integer count, List<CountedEvent> counted) {
        public EventsFactor {
            counted = counted == null ? null : List.copyOf(counted);
        }
    }

    /** @param deteriorating null when neither quick_ratio nor wacc has data */
    public record LiquidityFactor(double factor, Double quickRatio, Double wacc, Boolean deteriorating) {
    }

    /** @param source "market.csv", "prices.csv" or null when unavailable */
    public record Breadth(Boolean breakdown, String source, Double adT, Double previousMin, int lookback) {
    }

    public record ReerSpike(Boolean spike, Double change) {
    }

    public record SectorValuation(Double peCyclical, Double peDefensive, Double peAll, Double pcf) {
    }

    public record Rotation(Boolean defensiveRotation, Double weightChange, double scale) {
    }

    public record Leverage(double value, double pcfTerm, double peTerm) {
    }
}
