package org.alvh.calc;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.alvh.model.Right;

/**
 * One ALVH layer as sized (METHOD.md §5). An inactive layer still names the instrument it would use; the
 * instrument fields are null only when {@code unavailable} says why the instrument itself is unavailable.
 *
 * @param strikes    ascending; empty for futures
 * @param right      the option right, null for futures and swaps
 * @param unitPrice  per unit: futures price (points), option premium (points per share), swap vol strike
 * @param vevPerUnit VEV of one unit (contract, or $1 of vega notional for a swap)
 * @param quantity   contracts, or vega notional in USD for a variance swap
 * @param detail     the inputs of the unit figures (for the audit)
 */
public record LayerResult(int layer, String instrument, LocalDate expiry, List<Double> strikes, Right right,
                          Double unitPrice, Double vevPerUnit, Map<String, Object> detail, String unavailable,
                          double ratio, boolean active, double vevTarget, long quantity, double vevAchieved,
                          double costUsd, String rationale) {
    public LayerResult {
        strikes = strikes == null ? List.of() : List.copyOf(strikes);
        detail = detail == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(detail));
    }
}
