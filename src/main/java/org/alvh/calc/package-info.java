/**
 * The ALVH method of METHOD.md, as pure functions of a {@link org.alvh.model.Snapshot} and an
 * {@link org.alvh.model.AlvhConfig}. Contract: no Swing, AWT, JFreeChart or IO (enforced by
 * {@code ArchitectureTest}); every figure the engine produces is recorded with its formula and inputs
 * in an {@link org.alvh.calc.AuditTrail} as it is computed. Units: vols and rates are decimals, vega is
 * per vol point (0.01), theta per calendar day, year fraction ACT/365F.
 */
package org.alvh.calc;
