/**
 * The ALVH method of METHOD.md, as pure functions of a {@link org.alvh.model.Snapshot} and an
 * {@link org.alvh.model.AlvhConfig}. Contract: no Swing, AWT, JFreeChart or IO (enforced by
 * {@code ArchitectureTest}); every figure the engine produces is recorded with its formula and inputs
 * in an {@link org.alvh.calc.AuditTrail} as it is computed. Units: vols and rates are decimals, vega is
 * per vol point (0.01), theta per calendar day, year fraction ACT/365F.
 *
 * <p>Instruments (METHOD.md §8.1) are the sealed {@link org.alvh.calc.Instrument} records, each valued by
 * one pricer class ({@code SpxOptionPricer}, {@code VixFuturePricer}, {@code VixOptionPricer},
 * {@code VarianceSwapPricer}) from a {@link org.alvh.calc.MarketState} passed in, at T or under a §9
 * scenario ({@link org.alvh.calc.ShockedMarket}). A layer is a list of positions; the book under stress is
 * {@link org.alvh.calc.HedgedBook} (docs/adr/0009).
 */
package org.alvh.calc;
