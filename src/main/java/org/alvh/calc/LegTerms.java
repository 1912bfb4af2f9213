package org.alvh.calc;

import java.time.LocalDate;
import org.alvh.model.Right;

/**
 * How a leg is listed in the audit (METHOD.md §8.1 {@code legs[]}), plus the market data its value uses.
 * Fields that do not apply to an instrument are null.
 *
 * @param days       calendar days from T to the expiry (a swap: to the end of its tenor)
 * @param future     the VIX future of the leg's expiry at T, points (futures and VIX options)
 * @param multiplier USD per point of a VIX future (1000 or 100)
 * @param impliedVol the option's own vol, decimal
 * @param tenorDays  a variance swap's tenor {@code D0}
 * @param start      a variance swap's start date
 */
public record LegTerms(InstrumentKind instrument, Right right, Double strike, LocalDate expiry, int days,
                       Double future, Integer multiplier, Double impliedVol, Integer tenorDays, LocalDate start) {
}
