package org.alvh.calc;

import java.util.List;

/**
 * The book's P&amp;L under the §9 scenarios, in the §9 order.
 *
 * @param horizons the grid's distinct horizons, days ascending
 * @param vixFloor the floor used, points
 */
public record Scenarios(double spot, double vix, double vixFloor, List<Integer> horizons, List<ScenarioPnl> grid,
                        List<ScenarioPnl> coordinated, List<ScenarioPnl> historical) {
    public Scenarios {
        horizons = List.copyOf(horizons);
        grid = List.copyOf(grid);
        coordinated = List.copyOf(coordinated);
        historical = List.copyOf(historical);
    }
}
