package org.alvh.calc;

import java.util.List;

/**
 * The §9 scenario settings (config {@code scenario.*}): the VIX floor, the grid's moves and horizons, the
 * coordinated path's VIX-per-SPX sensitivities and step, and the historical shocks.
 *
 * @param vixFloor      points; the VIX never falls below {@code min(VIX, vixFloor)}
 * @param spxMoves      percent
 * @param vixMoves      points
 * @param horizonDays   whole days
 * @param vixPerSpxDown VIX points per 1 % SPX fall on the coordinated path
 * @param vixPerSpxUp   VIX points lost per 1 % SPX rise on the coordinated path
 * @param pathStep      percent between points of the coordinated path
 */
public record ScenarioSettings(double vixFloor, List<Double> spxMoves, List<Double> vixMoves,
                               List<Integer> horizonDays, double vixPerSpxDown, double vixPerSpxUp, double pathStep,
                               List<HistoricalShock> historical) {
    public ScenarioSettings {
        spxMoves = List.copyOf(spxMoves);
        vixMoves = List.copyOf(vixMoves);
        horizonDays = List.copyOf(horizonDays);
        historical = List.copyOf(historical);
    }

    /** A historical shock: SPX percent move, VIX points move, over {@code days} calendar days. */
    public record HistoricalShock(String name, double spxPercent, double vixPoints, int days) {
    }

    /** The METHOD.md §7 defaults. */
    public static ScenarioSettings defaults() {
        return new ScenarioSettings(9.0, List.of(-20.0, -15.0, -10.0, -7.0, -5.0, -3.0, -1.0, 0.0, 1.0, 3.0, 5.0),
                List.of(-5.0, 0.0, 5.0, 10.0, 20.0, 35.0), List.of(7), 1.75, 1.0, 1.0, List.of(
                new HistoricalShock("2015-08 China devaluation", -9.71, 26.95, 6),
                new HistoricalShock("2018-02 Volmageddon", -6.13, 23.85, 4),
                new HistoricalShock("2018-12 Q4 sell-off", -14.82, 18.00, 24),
                new HistoricalShock("2019-08 trade war", -5.99, 12.43, 10),
                new HistoricalShock("2020-03 COVID crash", -29.53, 68.31, 26)));
    }
}
