package org.alvh.calc;

import java.util.ArrayList;
import java.util.List;

/**
 * One horizon of the §9 grid as a matrix for the heat map: rows the SPX moves and columns the VIX moves, in
 * their configured order, each cell the grid's {@link ScenarioPnl}. A projection of {@link Scenarios#grid()}.
 *
 * @param cells {@code cells.get(row).get(column)}
 */
public record ScenarioMatrix(int days, List<Double> spxMoves, List<Double> vixMoves, List<List<ScenarioPnl>> cells) {

    /** What a cell's colour shows. */
    public enum Component {
        HEDGED, CONDOR, LAYER_1, LAYER_2, LAYER_3;

        /** This component's P&amp;L in a cell, USD. */
        public double of(ScenarioPnl p) {
            return switch (this) {
                case HEDGED -> p.hedgedUsd();
                case CONDOR -> p.condorUsd();
                case LAYER_1 -> p.layersUsd().get(0);
                case LAYER_2 -> p.layersUsd().get(1);
                case LAYER_3 -> p.layersUsd().get(2);
            };
        }
    }

    public ScenarioMatrix {
        spxMoves = List.copyOf(spxMoves);
        vixMoves = List.copyOf(vixMoves);
        cells = cells.stream().map(List::copyOf).toList();
    }

    /** The cells of horizon {@code days}, in the grid's order (days, then ΔS, then ΔV as configured). */
    public static ScenarioMatrix of(Scenarios scenarios, List<Double> spxMoves, List<Double> vixMoves, int days) {
        List<ScenarioPnl> atHorizon = scenarios.grid().stream().filter(p -> p.scenario().days() == days).toList();
        int columns = vixMoves.size();
        if (atHorizon.size() != spxMoves.size() * columns) {
            throw new IllegalArgumentException("the grid has " + atHorizon.size() + " cells at " + days
                    + " days, not " + spxMoves.size() + " x " + columns);
        }
        List<List<ScenarioPnl>> rows = new ArrayList<>(spxMoves.size());
        for (int r = 0; r < spxMoves.size(); r++) {
            rows.add(atHorizon.subList(r * columns, (r + 1) * columns));
        }
        return new ScenarioMatrix(days, spxMoves, vixMoves, rows);
    }

    /** The largest |P&amp;L| of a component over the matrix (0 when all are 0). */
    public double maxAbs(Component component) {
        double max = 0;
        for (List<ScenarioPnl> row : cells) {
            for (ScenarioPnl p : row) {
                max = Math.max(max, Math.abs(component.of(p)));
            }
        }
        return max;
    }
}
