/**
 * The replay's files (METHOD.md §10.2, §10.4): {@code daily.csv}, {@code trades.csv} and {@code summary.json} of a
 * {@link org.alvh.replay.ReplayResult}, and the §10.2 snapshot of a date in the §1 format for
 * {@code backtest --dump-snapshot}. CSV through {@link org.alvh.io.SpreadsheetCsv}, numbers in the shortest form
 * that reads back to the same double, files written atomically by the caller.
 */
package org.alvh.io.replay;
