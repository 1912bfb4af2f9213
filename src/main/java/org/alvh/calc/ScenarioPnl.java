package org.alvh.calc;

import java.util.List;

/**
 * The P&amp;L of the book in one scenario (METHOD.md §9), USD: value in the scenario minus value at
 * {@code (0, 0, 0)} by the same formulas.
 *
 * @param name      the historical shock's name; null for grid and path cells
 * @param spot      S' in the scenario, index points
 * @param vix       VIX' in the scenario (floored), points
 * @param layersUsd layers 1–3 (an inactive layer 0)
 * @param hedgedUsd condor + Σ layers
 */
public record ScenarioPnl(String name, Scenario scenario, double spot, double vix, double condorUsd, List<Double> layersUsd,
                          double hedgedUsd) {
    public ScenarioPnl {
        layersUsd = List.copyOf(layersUsd);
    }
}
