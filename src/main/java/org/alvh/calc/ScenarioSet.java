package org.alvh.calc;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.alvh.model.AlvhConfig;

/**
 * The scenarios of METHOD.md §9, in the §9 order: the grid, the coordinated path and the historical shocks.
 */
public final class ScenarioSet {
    /** The coordinated path runs over ΔS in [−{@value #PATH_HALF_WIDTH}, +{@value #PATH_HALF_WIDTH}] %. */
    static final double PATH_HALF_WIDTH = 30;

    private ScenarioSet() {
    }

    /** The distinct horizons, ascending: 0, each of {@code horizonDays}, and the condor's days to expiry. */
    public static List<Integer> horizons(AlvhConfig.Scenario settings, int condorDays) {
        TreeSet<Integer> days = new TreeSet<>();
        days.add(0);
        days.addAll(settings.horizonDays());
        days.add(condorDays);
        return List.copyOf(days);
    }

    /** Every ΔS × every ΔV × every horizon, by days, then ΔS and ΔV in their listed order. */
    public static List<Scenario> grid(AlvhConfig.Scenario settings, List<Integer> horizons) {
        List<Scenario> out = new ArrayList<>(horizons.size() * settings.spxMoves().size() * settings.vixMoves().size());
        for (int h : horizons) {
            for (double spx : settings.spxMoves()) {
                for (double vix : settings.vixMoves()) {
                    out.add(new Scenario(spx, vix, h));
                }
            }
        }
        return out;
    }

    /** The SPX moves of the coordinated path: {@code −30 + j × pathStep}, {@code j = 0 … ⌊60 / pathStep⌋}. */
    public static double[] pathMoves(AlvhConfig.Scenario settings) {
        int n = (int) Math.floor(2 * PATH_HALF_WIDTH / settings.pathStep()) + 1;
        double[] moves = new double[n];
        for (int j = 0; j < n; j++) {
            moves[j] = -PATH_HALF_WIDTH + j * settings.pathStep();
        }
        return moves;
    }

    /** The path's VIX move at {@code spxMove}: {@code −vixPerSpxDown × ΔS} below 0, {@code −vixPerSpxUp × ΔS} above. */
    public static double pathVixMove(AlvhConfig.Scenario settings, double spxMove) {
        if (spxMove < 0) {
            return -settings.vixPerSpxDown() * spxMove;
        }
        return spxMove > 0 ? -settings.vixPerSpxUp() * spxMove : 0;
    }

    /** The coordinated path at {@code h = 0} and at the condor's expiry, by days, then ΔS. */
    public static List<Scenario> coordinated(AlvhConfig.Scenario settings, int condorDays) {
        double[] moves = pathMoves(settings);
        List<Scenario> out = new ArrayList<>(2 * moves.length);
        for (int h : new TreeSet<>(List.of(0, condorDays))) {
            for (double spx : moves) {
                out.add(new Scenario(spx, pathVixMove(settings, spx), h));
            }
        }
        return out;
    }
}
