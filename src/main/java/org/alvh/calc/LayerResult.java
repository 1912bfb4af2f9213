package org.alvh.calc;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.alvh.model.Right;

/**
 * One ALVH layer as sized (METHOD.md §5). An inactive layer still names the structure it would use and lists
 * its legs with quantity 0; the structure's fields are null and its legs empty only when {@code unavailable}
 * says why the instrument itself is unavailable.
 *
 * @param strikes    ascending; empty for futures
 * @param right      the option right, null for futures and swaps
 * @param unitPrice  per unit: futures price (points), option premium (points per share), swap vol strike
 * @param vevPerUnit VEV of one unit (contract, or $1 of vega notional for a swap)
 * @param legs       the §8.1 positions held, in the §8.1 order (quantity 0 when inactive)
 * @param inputs     the market inputs of the unit figures; null when unavailable before pricing
 * @param quantity   units of the structure: contracts, or vega notional in USD for a variance swap
 */
public record LayerResult(int layer, HedgeStructure structure, LocalDate expiry, List<Double> strikes, Right right,
                          Double unitPrice, Double vevPerUnit, List<HedgeLeg> legs, UnitInputs inputs,
                          String unavailable, double ratio, boolean active, double vevTarget, long quantity,
                          double vevAchieved, double costUsd, Rationale rationale) {
    public LayerResult {
        strikes = strikes == null ? List.of() : List.copyOf(strikes);
        legs = legs == null ? List.of() : List.copyOf(legs);
    }

    /** The §5 structure name (the audit's {@code instrument}), e.g. {@code VIX_CALL}. */
    public String instrument() {
        return structure.name();
    }

    /** The positions of the legs. */
    public List<Position> positions() {
        return legs.stream().map(HedgeLeg::position).toList();
    }

    /** The rationale in words. */
    public String rationaleText() {
        return rationale.text();
    }

    /** The inputs of the unit figures as the audit's informative {@code detail} object. */
    public Map<String, Object> detail() {
        return LayerDetail.of(this);
    }
}
