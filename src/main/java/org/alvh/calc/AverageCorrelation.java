package org.alvh.calc;

/**
 * The average-correlation identity of METHOD.md §2.4:
 * {@code ρ = (σ_I² − Σ u_i² σ_i²) / ((Σ u_i σ_i)² − Σ u_i² σ_i²)}.
 *
 * <p>Policy (docs/adr/0004): a denominator at or below {@link WindowStats#RELATIVE_ZERO} times
 * {@code (Σ u σ)²} is "≤ 0": the correlation is unavailable (NaN), never a huge number.
 */
public final class AverageCorrelation {
    private AverageCorrelation() {
    }

    /**
     * @param indexVariance       σ_I²
     * @param weightedSigma       Σ u_i σ_i
     * @param weightedSquaredVar  Σ u_i² σ_i²
     */
    public static double of(double indexVariance, double weightedSigma, double weightedSquaredVar) {
        double square = weightedSigma * weightedSigma;
        double denominator = square - weightedSquaredVar;
        if (!(denominator > WindowStats.RELATIVE_ZERO * square)) {
            return Double.NaN;
        }
        return (indexVariance - weightedSquaredVar) / denominator;
    }
}
