package org.alvh.replay;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of {@code daily.csv} (METHOD.md §10.4), the state after the close.
 *
 * @param betaStar       β* of that date's engine run; null when the engine did not run (or failed)
 * @param shiftScore     the shift score z of that run; null when none
 * @param condorMarkUsd  the condor's signed value (hedged run's condor, else the unhedged one's, else 0)
 * @param layers         the three layers of the hedged run
 * @param engineWarning  why the engine failed on this date; null when it did not fail
 */
public record DailyRow(LocalDate date, double spx, double vix, Double betaStar, Double shiftScore,
                       Boolean tailTrigger, double condorMarkUsd, List<LayerDay> layers, double hedgedEquity,
                       double unhedgedEquity, double hedgedDrawdown, double unhedgedDrawdown, String engineWarning) {
    public DailyRow {
        layers = List.copyOf(layers);
    }

    /**
     * A layer at the close.
     *
     * @param kind     the held structure, null when nothing is held
     * @param quantity structures held (a swap: vega notional, USD)
     * @param markUsd  its mark (a future: its variation since F_entry)
     */
    public record LayerDay(StructureKind kind, double quantity, double markUsd) {
    }
}
