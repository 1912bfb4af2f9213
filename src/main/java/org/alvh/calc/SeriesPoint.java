package org.alvh.calc;

import java.time.LocalDate;

/**
 * One date of the §2.5 series. Smoothing fields are null before their seed index; correlations are null
 * when unavailable.
 */
public record SeriesPoint(LocalDate date, double weightedBeta, double adjustment, double adjusted,
                          Double smoothed, Double baseline, Double shift, Double signal, Double hist,
                          Double realizedCorrelation, Double impliedCorrelation) {
}
