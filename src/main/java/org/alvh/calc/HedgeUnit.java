package org.alvh.calc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.alvh.model.Right;

/**
 * One unit of a hedge structure, priced and converted to VEV, or the reason it is unavailable.
 *
 * @param legs         the structure's legs for one unit (quantity = ratio); empty when unavailable
 * @param quantityStep 1 for contracts; {@code layer2.varSwapRounding} for a variance swap's vega notional
 * @param sources      the audit trail's keyed inputs of the unit's price (name/value pairs): the configuration
 *                     keys that choose and shape the structure and the §1 market figures it is priced from
 * @param conversion   the keyed inputs that convert its vega to VEV (§3): the b(D) points or the s(D) clamps
 */
record HedgeUnit(HedgeStructure structure, LocalDate expiry, List<Double> strikes, Right right, double unitPrice,
                 double vevPerUnit, List<HedgeLeg> legs, UnitInputs inputs, double quantityStep,
                 String unavailable, List<Object> sources, List<Object> conversion) {

    HedgeUnit {
        strikes = List.copyOf(strikes);
        legs = List.copyOf(legs);
        sources = Collections.unmodifiableList(new ArrayList<>(sources));
        conversion = Collections.unmodifiableList(new ArrayList<>(conversion));
    }

    HedgeUnit(HedgeStructure structure, LocalDate expiry, List<Double> strikes, Right right, double unitPrice,
              double vevPerUnit, List<HedgeLeg> legs, UnitInputs inputs, double quantityStep, String unavailable) {
        this(structure, expiry, strikes, right, unitPrice, vevPerUnit, legs, inputs, quantityStep, unavailable,
                List.of(), List.of());
    }

    static HedgeUnit unavailable(HedgeStructure structure, String reason) {
        return new HedgeUnit(structure, null, List.of(), null, Double.NaN, Double.NaN, List.of(), null, 1, reason);
    }

    /** The structure is named but its VEV per unit is not positive: unavailable, keeping what is known. */
    HedgeUnit withUnavailable(String reason) {
        return new HedgeUnit(structure, expiry, strikes, right, unitPrice, vevPerUnit, legs, inputs, quantityStep,
                reason, sources, conversion);
    }

    /** This unit with the keyed inputs of its price and of its VEV conversion (name/value pairs). */
    HedgeUnit withSources(Object[] priceSources, Object[] vevConversion) {
        return new HedgeUnit(structure, expiry, strikes, right, unitPrice, vevPerUnit, legs, inputs, quantityStep,
                unavailable, Arrays.asList(priceSources), Arrays.asList(vevConversion));
    }

    boolean isAvailable() {
        return unavailable == null;
    }

    /** The legs held for {@code quantity} units of the structure. */
    List<HedgeLeg> legsFor(double quantity) {
        return legs.stream().map(l -> new HedgeLeg(new Position(l.position().instrument(), l.ratio() * quantity + 0.0),
                l.ratio(), l.quote())).toList();
    }
}
