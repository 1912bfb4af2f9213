package org.alvh.calc;

/**
 * The confirmed shift of METHOD.md §2.6: {@code A = m_mom × m_evt × m_liq}, {@code shift* = shift(T) × A},
 * {@code β* = β_base(T) + shift*}, and the shift score {@code z = shift* / sd(shift)} (null when sd is 0 or
 * unavailable).
 *
 * @param tailTrigger the layer-3 trigger; null when the zscore trigger has no z
 */
public record EffectiveBeta(double amplifier, double effectiveShift, double effective, Double shiftScore,
                            Boolean tailTrigger) {
}
