package org.alvh.calc;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.alvh.model.Right;

/**
 * One unit of a hedge instrument, priced and converted to VEV, or the reason it is unavailable.
 *
 * @param premiumPerShare true when the cost is {@code unitPrice × 100 × quantity} (options); false for futures
 *                        and swaps (cost 0)
 * @param quantityStep    1 for contracts; {@code layer2.varSwapRounding} for a variance swap's vega notional
 */
record HedgeUnit(String instrument, LocalDate expiry, List<Double> strikes, Right right, double unitPrice,
                 double vevPerUnit, Map<String, Object> detail, boolean premiumPerShare, double quantityStep,
                 String unavailable) {

    static HedgeUnit unavailable(String instrument, String reason) {
        return new HedgeUnit(instrument, null, List.of(), null, Double.NaN, Double.NaN, Map.of(), false, 1, reason);
    }

    /** The instrument is named but its VEV per unit is not positive: unavailable, keeping what is known. */
    HedgeUnit withUnavailable(String reason) {
        return new HedgeUnit(instrument, expiry, strikes, right, unitPrice, vevPerUnit, detail, premiumPerShare,
                quantityStep, reason);
    }

    boolean isAvailable() {
        return unavailable == null;
    }
}
