package org.alvh.calc;

import java.util.ArrayList;
import java.util.List;
import org.alvh.model.AlvhConfig;

/**
 * Runs METHOD.md §8.1 and §9 on a sized book: the greeks of the condor and of the hedged book, the scenario
 * grid, the coordinated path and the historical shocks, the worst P&amp;Ls and the break-evens, recording every
 * figure in the audit trail with its inputs.
 */
final class BookStress {
    static final String GREEKS_GROUP = "8.1 Greeks of the book";
    static final String SCENARIO_GROUP = "9 Scenarios";
    private static final String PNL_FORMULA = "value at s − value at (0, 0, 0); hedged = condor + Σ layers";

    private final HedgedBook book;
    private final AlvhConfig.Scenario settings;
    private final int condorDays;
    private final AuditTrail trail;

    /** Inputs naming each layer's quantity figure: every P&L and greek of the hedged book depends on them. */
    private final Object[] quantities;

    BookStress(HedgedBook book, AlvhConfig.Scenario settings, int condorDays, List<LayerResult> layers,
               AuditTrail trail) {
        this.book = book;
        List<Object> q = new ArrayList<>();
        for (int k = 0; k < layers.size(); k++) {
            q.add("n" + (k + 1));
            q.add(AuditTrail.from("layers[" + k + "].quantity", layers.get(k).quantity()));
        }
        this.quantities = q.toArray();
        this.settings = settings;
        this.condorDays = condorDays;
        this.trail = trail;
    }

    /** The condor's positions: each leg, marked with its own implied vol. */
    static List<Position> condorPositions(CondorResult condor) {
        return condor.legs().stream()
                .map(l -> new Position(new SpxOption(l.right(), l.strike(), l.expiry(), l.impliedVol()), l.quantity()))
                .toList();
    }

    /** The layers' positions (an inactive layer's quantities are 0, an unavailable one has none). */
    static List<List<Position>> layerPositions(List<LayerResult> layers) {
        return layers.stream().map(LayerResult::positions).toList();
    }

    Scenarios scenarios() {
        List<Integer> horizons = ScenarioSet.horizons(settings, condorDays);
        List<ScenarioPnl> grid = run("scenarios.grid", ScenarioSet.grid(settings, horizons), null);
        List<ScenarioPnl> path = run("scenarios.coordinated", ScenarioSet.coordinated(settings, condorDays), null);
        List<Scenario> shocks = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (AlvhConfig.HistoricalShock h : settings.historical()) {
            shocks.add(new Scenario(h.spxPercent(), h.vixPoints(), h.days()));
            names.add(h.name());
        }
        List<ScenarioPnl> historical = run("scenarios.historical", shocks, names);
        MarketState m = book.market();
        return new Scenarios(m.spot(), m.vix(), book.vixFloor(), horizons, grid, path, historical);
    }

    BookRisk risk(double hedgeBase, List<LayerResult> layers, Scenarios scenarios) {
        Greeks condor = recordGreeks("risk.condor", book.condorGreeks(), "Σ condor legs quantity × unit greeks");
        Greeks hedged = condor;
        List<Greeks> perLayer = new ArrayList<>(layers.size());
        double achieved = 0;
        for (int k = 0; k < layers.size(); k++) {
            Greeks g = recordGreeks("risk.layers[" + k + "]", book.layerGreeks(k),
                    "Σ legs quantity × unit greeks (" + layers.get(k).instrument() + ")", "n",
                    AuditTrail.from("layers[" + k + "].quantity", layers.get(k).quantity()));
            perLayer.add(g);
            hedged = hedged.plus(g);
            achieved += layers.get(k).vevAchieved();
        }
        recordGreeks("risk.hedged", hedged, "condor + Σ layers", quantities);
        List<Object> achievedInputs = new ArrayList<>();
        for (int k = 0; k < layers.size(); k++) {
            achievedInputs.add("achieved " + (k + 1));
            achievedInputs.add(AuditTrail.from("layers[" + k + "].vevAchieved", layers.get(k).vevAchieved()));
        }
        trail.number(GREEKS_GROUP, "risk.achievedVev", achieved, "Σ achieved VEV of the layers",
                achievedInputs.toArray());
        Double percent = hedgeBase > 0 ? achieved / hedgeBase : null;
        trail.record(GREEKS_GROUP, "risk.percentHedged", percent, "Σ achieved VEV / H (null when H = 0)",
                "Σ achieved", AuditTrail.from("risk.achievedVev", achieved), "H", AuditTrail.from("hedgeBase", hedgeBase));

        List<ScenarioPnl> atExpiry = scenarios.coordinated().stream()
                .filter(p -> p.scenario().days() == condorDays).toList();
        double[] moves = new double[atExpiry.size()];
        double[] unhedged = new double[moves.length];
        double[] hedgedPnl = new double[moves.length];
        for (int i = 0; i < moves.length; i++) {
            moves[i] = atExpiry.get(i).scenario().spxMove();
            unhedged[i] = atExpiry.get(i).condorUsd();
            hedgedPnl[i] = atExpiry.get(i).hedgedUsd();
        }
        PathAnalysis.Worst worstUnhedged = PathAnalysis.worst(moves, unhedged);
        PathAnalysis.Worst worstHedged = PathAnalysis.worst(moves, hedgedPnl);
        List<Double> breakEvens = PathAnalysis.breakEvens(moves, hedgedPnl);
        String worstFormula = "lowest P&L on the coordinated path at the condor's expiry (ties within 0.01 USD:"
                + " the lowest ΔS)";
        trail.number(SCENARIO_GROUP, "risk.worstUnhedgedUsd", worstUnhedged.pnlUsd(), worstFormula + ", condor alone",
                "h", condorDays, "ΔS", worstUnhedged.spxMove());
        trail.number(SCENARIO_GROUP, "risk.worstUnhedgedAtSpxMove", worstUnhedged.spxMove(), "ΔS of the worst unhedged P&L");
        trail.number(SCENARIO_GROUP, "risk.worstHedgedUsd", worstHedged.pnlUsd(), worstFormula + ", hedged book",
                with(quantities, "h", condorDays, "ΔS", worstHedged.spxMove()));
        trail.number(SCENARIO_GROUP, "risk.worstHedgedAtSpxMove", worstHedged.spxMove(), "ΔS of the worst hedged P&L",
                quantities);
        for (int i = 0; i < breakEvens.size(); i++) {
            trail.number(SCENARIO_GROUP, "risk.hedgedBreakEvens[" + i + "]", breakEvens.get(i), "ΔS where the hedged"
                    + " P&L at the condor's expiry changes sign, linear between neighbouring path points",
                    with(quantities, "h", condorDays, "pathStep", settings.pathStep()));
        }
        return new BookRisk(condor, hedged, perLayer, achieved, hedgeBase, percent, worstUnhedged.pnlUsd(),
                worstUnhedged.spxMove(), worstHedged.pnlUsd(), worstHedged.spxMove(), breakEvens, condorDays);
    }

    private List<ScenarioPnl> run(String key, List<Scenario> scenarios, List<String> names) {
        List<ScenarioPnl> out = new ArrayList<>(scenarios.size());
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario s = scenarios.get(i);
            ScenarioPnl p = book.pnl(names == null ? null : names.get(i), s);
            List<Double> l = p.layersUsd();
            trail.number(SCENARIO_GROUP, key + "[" + i + "].hedgedUsd", p.hedgedUsd(), PNL_FORMULA,
                    with(quantities, "days", s.days(), "spxMove", s.spxMove(), "vixMove", s.vixMove(), "S'", p.spot(),
                            "VIX'", p.vix(), "condorUsd", p.condorUsd(), "layer1Usd", l.get(0), "layer2Usd", l.get(1),
                            "layer3Usd", l.get(2)));
            out.add(p);
        }
        return out;
    }

    private Greeks recordGreeks(String key, Greeks g, String formula, Object... inputs) {
        trail.number(GREEKS_GROUP, key + ".delta", g.delta(), formula + ", USD per SPX point", inputs);
        trail.number(GREEKS_GROUP, key + ".gamma", g.gamma(), formula + ", USD per point per point", inputs);
        trail.number(GREEKS_GROUP, key + ".vev", g.vev(), formula + ", USD per VIX point (§3)", inputs);
        trail.number(GREEKS_GROUP, key + ".thetaPerDay", g.thetaPerDay(), formula
                + ", USD per calendar day (futures: roll-down −m (F − VIX)/D)", inputs);
        return g;
    }

    /** {@code first} followed by {@code more} (name/value pairs). */
    private static Object[] with(Object[] first, Object... more) {
        Object[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
