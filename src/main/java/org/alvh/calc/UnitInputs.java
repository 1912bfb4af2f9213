package org.alvh.calc;

/**
 * The market inputs of a structure's unit figures (§3, §5); null where they do not apply.
 *
 * @param days        calendar days from T to the structure's expiry (a swap: its tenor)
 * @param future      the VIX future used, points
 * @param futuresBeta b(D)
 * @param optionIv    the VIX option vol, decimal
 * @param volScale    s(D)
 * @param volStrike   a variance swap's vol strike, points
 * @param rounding    a variance swap's notional rounding, USD
 * @param multiplier  a VIX future's USD per point
 * @param width       a butterfly's wing width, points
 */
public record UnitInputs(int days, Double future, Double futuresBeta, Double optionIv, Double volScale,
                         Double volStrike, Double rounding, Integer multiplier, Double width) {
}
