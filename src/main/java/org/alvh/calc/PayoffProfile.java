package org.alvh.calc;

import java.util.ArrayList;
import java.util.List;
import org.alvh.model.AlvhConfig;

/**
 * The payoff chart's curves: the §9 coordinated path of the result (METHOD.md §9), the condor alone and the
 * hedged book, now ({@code h = 0}) and at the condor's expiry, against the SPX level. A projection of
 * {@link AlvhResult#scenarios()}: the engine has valued every point already, so this does no pricing and is
 * cheap anywhere. P&amp;L in USD relative to the book's value at T (§9: premiums paid or received at T do not
 * enter).
 *
 * @param vixPerSpxDown VIX points per 1 % SPX fall on the path
 * @param vixPerSpxUp   VIX points lost per 1 % SPX rise on the path
 * @param condorDays    the condor's days to expiry (the "at expiry" horizon)
 * @param points        by ascending SPX move
 */
public record PayoffProfile(double spot, double vixPerSpxDown, double vixPerSpxUp, int condorDays,
                            List<Point> points) {

    /** One point of the path; P&amp;L in USD. */
    public record Point(double spxMove, double vixMove, double spot, double condorToday, double hedgedToday,
                        double condorAtExpiry, double hedgedAtExpiry) {
    }

    public PayoffProfile {
        points = List.copyOf(points);
    }

    public static PayoffProfile of(AlvhResult result) {
        Scenarios scenarios = result.scenarios();
        int expiry = result.risk().condorDays();
        List<ScenarioPnl> now = new ArrayList<>();
        List<ScenarioPnl> atExpiry = new ArrayList<>();
        for (ScenarioPnl p : scenarios.coordinated()) {
            if (p.scenario().days() == 0) {
                now.add(p);
            }
            if (p.scenario().days() == expiry) {
                atExpiry.add(p);
            }
        }
        List<Point> points = new ArrayList<>(now.size());
        for (int i = 0; i < now.size(); i++) {
            Scenario s = now.get(i).scenario();
            points.add(new Point(s.spxMove(), s.vixMove(), now.get(i).spot(),
                    now.get(i).condorUsd(), now.get(i).hedgedUsd(), atExpiry.get(i).condorUsd(),
                    atExpiry.get(i).hedgedUsd()));
        }
        AlvhConfig.Scenario settings = result.config().scenario();
        return new PayoffProfile(scenarios.spot(), settings.vixPerSpxDown(), settings.vixPerSpxUp(), expiry, points);
    }
}
