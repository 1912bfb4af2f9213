package org.alvh.replay;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of {@code trades.csv} (METHOD.md §10.4).
 *
 * @param layer    0 for a condor leg, 1–3 for a hedge layer
 * @param quantity signed change in units (contracts, structures, or USD of vega notional)
 * @param price    the net mark per unit in points (a swap: its value per USD of notional)
 * @param costUsd  half-spreads and commissions, USD (0 at settlement)
 * @param reason   why: entry, the exit rule that held, the roll or resize reason, ruin
 */
public record Trade(LocalDate date, Run run, int layer, TradeAction action, Structure structure, double quantity,
                    double price, double costUsd, String reason) {
    public Trade {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(structure, "structure");
        Objects.requireNonNull(reason, "reason");
    }
}
