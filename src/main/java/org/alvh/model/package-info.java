/**
 * Immutable values of the ALVH workstation: the snapshot as read from disk, the history of the replay
 * ({@link org.alvh.model.History}), the configuration, and input problems. {@link org.alvh.model.MarketHistory}
 * and {@link org.alvh.model.PriceMatrix} can be views up to a date that share their arrays: read them up to
 * {@code size()} / {@code days()}, never to the arrays' lengths. Contract: no Swing, AWT, JFreeChart, Jackson or file IO here (enforced by
 * {@code ArchitectureTest}); missing optional numbers are {@code null} in records and
 * {@link java.lang.Double#NaN} in the primitive arrays of {@link org.alvh.model.MarketHistory}
 * and {@link org.alvh.model.PriceMatrix}.
 */
package org.alvh.model;
