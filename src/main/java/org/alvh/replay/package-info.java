/**
 * The replay of METHOD.md §10: the ALVH program (monthly iron condors and the three adaptive layers) over a
 * history, in two runs (hedged and unhedged) in one pass. Pure, like {@code calc}: no IO, no UI; the snapshot
 * at each date is a view of the history (no per-date copy of the price matrix). Money is in USD, prices in
 * index points, days are calendar days. Cancellable and reporting progress, so the window can drive it.
 */
package org.alvh.replay;
