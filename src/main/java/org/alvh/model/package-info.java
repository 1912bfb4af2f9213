/**
 * Immutable values of the ALVH workstation: the snapshot as read from disk, the configuration,
 * and input problems. Contract: no Swing, AWT, JFreeChart, Jackson or file IO here (enforced by
 * {@code ArchitectureTest}); missing optional numbers are {@code null} in records and
 * {@link java.lang.Double#NaN} in the primitive arrays of {@link org.alvh.model.MarketHistory}
 * and {@link org.alvh.model.PriceMatrix}.
 */
package org.alvh.model;
