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
    /**
     * Inputs naming what values the book in a scenario: each layer's unit (its price figure, which names the
     * structure's configuration), the market of T, the §3 conversions and the VIX floor.
     */
    private final Object[] valuation;
    /** The key of the hedged book's value at T, which every scenario P&amp;L is measured against. */
    static final String ORIGIN_KEY = "scenarios.bookValueUsd";
    /** The input naming {@link #ORIGIN_KEY}, set by {@link #scenarios()}. */
    private Object[] originValue;
    /** Inputs naming the §1 market and the s(D) clamps the condor's legs are valued with. */
    private final Object[] condorValuation;

    BookStress(HedgedBook book, AlvhConfig.Scenario settings, int condorDays, List<LayerResult> layers,
               AuditTrail trail) {
        this.book = book;
        List<Object> q = new ArrayList<>();
        for (int k = 0; k < layers.size(); k++) {
            q.add("n" + (k + 1));
            q.add(AuditTrail.from("layers[" + k + "].quantity", layers.get(k).quantity()));
        }
        this.quantities = q.toArray();
        AlvhConfig.VolBeta volBeta = book.market().scaling().volBeta();
        this.condorValuation = TrailInputs.concat(TrailInputs.market(book.market()), TrailInputs.tenorScale(volBeta));
        List<Object> units = new ArrayList<>();
        for (int k = 0; k < layers.size(); k++) {
            units.add("unit " + (k + 1));
            units.add(AuditTrail.from("layers[" + k + "].unitPrice", layers.get(k).unitPrice()));
        }
        this.valuation = TrailInputs.concat(units.toArray(), condorValuation, TrailInputs.futuresBetaCurve(volBeta),
                new Object[] {"vixFloor", AuditTrail.from("scenario.vixFloor", settings.vixFloor())});
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
        // what values the book in every scenario, recorded once: each scenario's P&L names this figure
        double origin = trail.number(SCENARIO_GROUP, ORIGIN_KEY, book.originValueUsd(), "Σ quantity × unit"
                + " value (USD) of the condor's and the layers' legs at T, s = (0, 0, 0); a scenario values them the"
                + " same way at its S', VIX' and horizon", with(quantities, valuation));
        originValue = new Object[] {"value at (0, 0, 0)", AuditTrail.from(ORIGIN_KEY, origin)};
        List<Integer> horizons = ScenarioSet.horizons(settings, condorDays);
        List<ScenarioPnl> grid = run("scenarios.grid", ScenarioSet.grid(settings, horizons), null,
                (i, s) -> gridInputs(s));
        List<ScenarioPnl> path = run("scenarios.coordinated", ScenarioSet.coordinated(settings, condorDays), null,
                (i, s) -> pathInputs(s));
        List<Scenario> shocks = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (AlvhConfig.HistoricalShock h : settings.historical()) {
            shocks.add(new Scenario(h.spxPercent(), h.vixPoints(), h.days()));
            names.add(h.name());
        }
        List<ScenarioPnl> historical = run("scenarios.historical", shocks, names, (i, s) -> {
            String key = "scenario.historical[" + i + "].";
            return new Object[] {"days", AuditTrail.from(key + "days", s.days()),
                    "spxMove", AuditTrail.from(key + "spxPercent", s.spxMove()),
                    "vixMove", AuditTrail.from(key + "vixPoints", s.vixMove())};
        });
        MarketState m = book.market();
        return new Scenarios(m.spot(), m.vix(), book.vixFloor(), horizons, grid, path, historical);
    }

    BookRisk risk(double hedgeBase, List<LayerResult> layers, Scenarios scenarios) {
        Greeks condor = recordGreeks("risk.condor", book.condorGreeks(), "Σ condor legs quantity × unit greeks",
                greek -> condorValuation);
        Greeks hedged = condor;
        List<Greeks> perLayer = new ArrayList<>(layers.size());
        double achieved = 0;
        for (int k = 0; k < layers.size(); k++) {
            String key = "layers[" + k + "]";
            LayerResult layer = layers.get(k);
            Object[] inputs = {"n", AuditTrail.from(key + ".quantity", layer.quantity()),
                    "unit", AuditTrail.from(key + ".unitPrice", layer.unitPrice()),
                    "VEV_unit", AuditTrail.from(key + ".vevPerUnit", layer.vevPerUnit())};
            Greeks g = recordGreeks("risk." + key, book.layerGreeks(k),
                    "Σ legs quantity × unit greeks (" + layer.instrument() + ")", greek -> inputs);
            perLayer.add(g);
            hedged = hedged.plus(g);
            achieved += layer.vevAchieved();
        }
        Greeks condorGreeks = condor;
        recordGreeks("risk.hedged", hedged, "condor + Σ layers", greek -> {
            List<Object> inputs = new ArrayList<>(List.of(quantities));
            inputs.addAll(List.of("condor", AuditTrail.from("risk.condor." + greek, value(condorGreeks, greek))));
            for (int k = 0; k < perLayer.size(); k++) {
                inputs.addAll(List.of("layer " + (k + 1),
                        AuditTrail.from("risk.layers[" + k + "]." + greek, value(perLayer.get(k), greek))));
            }
            return inputs.toArray();
        });
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
        Object[] unhedgedPath = TrailInputs.concat(condorValuation, pathSettings(),
                new Object[] {"vixFloor", AuditTrail.from("scenario.vixFloor", settings.vixFloor())});
        trail.number(SCENARIO_GROUP, "risk.worstUnhedgedUsd", worstUnhedged.pnlUsd(), worstFormula + ", condor alone",
                TrailInputs.concat(new Object[] {"h", condorDays, "ΔS", worstUnhedged.spxMove()}, unhedgedPath));
        trail.number(SCENARIO_GROUP, "risk.worstUnhedgedAtSpxMove", worstUnhedged.spxMove(), "ΔS of the worst unhedged P&L",
                unhedgedPath);
        trail.number(SCENARIO_GROUP, "risk.worstHedgedUsd", worstHedged.pnlUsd(), worstFormula + ", hedged book",
                with(quantities, TrailInputs.concat(new Object[] {"h", condorDays, "ΔS", worstHedged.spxMove()},
                        valuation, pathSettings())));
        trail.number(SCENARIO_GROUP, "risk.worstHedgedAtSpxMove", worstHedged.spxMove(), "ΔS of the worst hedged P&L",
                with(quantities, TrailInputs.concat(valuation, pathSettings())));
        for (int i = 0; i < breakEvens.size(); i++) {
            trail.number(SCENARIO_GROUP, "risk.hedgedBreakEvens[" + i + "]", breakEvens.get(i), "ΔS where the hedged"
                    + " P&L at the condor's expiry changes sign, linear between neighbouring path points",
                    with(quantities, TrailInputs.concat(new Object[] {"h", condorDays}, pathSettings(),
                            valuation)));
        }
        return new BookRisk(condor, hedged, perLayer, achieved, hedgeBase, percent, worstUnhedged.pnlUsd(),
                worstUnhedged.spxMove(), worstHedged.pnlUsd(), worstHedged.spxMove(), breakEvens, condorDays);
    }

    /** The keyed inputs of one scenario: its days, ΔS and ΔV as name/value pairs. */
    @FunctionalInterface
    private interface ScenarioInputs {
        Object[] of(int index, Scenario s);
    }

    private List<ScenarioPnl> run(String key, List<Scenario> scenarios, List<String> names, ScenarioInputs inputs) {
        List<ScenarioPnl> out = new ArrayList<>(scenarios.size());
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario s = scenarios.get(i);
            ScenarioPnl p = book.pnl(names == null ? null : names.get(i), s);
            List<Double> l = p.layersUsd();
            trail.number(SCENARIO_GROUP, key + "[" + i + "].hedgedUsd", p.hedgedUsd(), PNL_FORMULA,
                    with(quantities, TrailInputs.concat(inputs.of(i, s), new Object[] {"S'", p.spot(),
                            "VIX'", p.vix(), "condorUsd", p.condorUsd(), "layer1Usd", l.get(0), "layer2Usd", l.get(1),
                            "layer3Usd", l.get(2)}, originValue)));
            out.add(p);
        }
        return out;
    }

    /** A grid scenario's ΔS, ΔV and days, each keyed to its element of the §9 lists (days 0 and D are not). */
    private Object[] gridInputs(Scenario s) {
        return new Object[] {"days", element("scenario.horizonDays", settings.horizonDays(), s.days()),
                "spxMove", element("scenario.spxMoves", settings.spxMoves(), s.spxMove()),
                "vixMove", element("scenario.vixMoves", settings.vixMoves(), s.vixMove())};
    }

    /** A coordinated-path scenario's inputs: ΔS from the path step, ΔV from the slope on its side of 0. */
    private Object[] pathInputs(Scenario s) {
        Object vixMove = s.spxMove() < 0 ? AuditTrail.from("scenario.vixPerSpxDown", s.vixMove())
                : s.spxMove() > 0 ? AuditTrail.from("scenario.vixPerSpxUp", s.vixMove()) : s.vixMove();
        return new Object[] {"days", s.days(), "spxMove", AuditTrail.from("scenario.pathStep", s.spxMove()),
                "vixMove", vixMove};
    }

    /** The settings of the coordinated path, keyed: its step and the VIX slopes on each side of 0. */
    private Object[] pathSettings() {
        Object[] slopes = {"vixPerSpxDown", AuditTrail.from("scenario.vixPerSpxDown", settings.vixPerSpxDown()),
                "vixPerSpxUp", AuditTrail.from("scenario.vixPerSpxUp", settings.vixPerSpxUp())};
        Object[] step = {"pathStep", AuditTrail.from("scenario.pathStep", settings.pathStep())};
        return TrailInputs.concat(step, slopes);
    }

    /** {@code value} keyed to its first position in the configured list {@code key}, or unkeyed when absent. */
    private static Object element(String key, List<? extends Number> list, double value) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).doubleValue() == value) {
                return AuditTrail.from(key + "[" + i + "]", value);
            }
        }
        return value;
    }

    /** One greek of {@code g} by its audit name. */
    private static double value(Greeks g, String greek) {
        return switch (greek) {
            case "delta" -> g.delta();
            case "gamma" -> g.gamma();
            case "vev" -> g.vev();
            case "thetaPerDay" -> g.thetaPerDay();
            default -> throw new IllegalArgumentException("no greek " + greek);
        };
    }

    private Greeks recordGreeks(String key, Greeks g, String formula,
                                java.util.function.Function<String, Object[]> inputs) {
        trail.number(GREEKS_GROUP, key + ".delta", g.delta(), formula + ", USD per SPX point", inputs.apply("delta"));
        trail.number(GREEKS_GROUP, key + ".gamma", g.gamma(), formula + ", USD per point per point",
                inputs.apply("gamma"));
        trail.number(GREEKS_GROUP, key + ".vev", g.vev(), formula + ", USD per VIX point (§3)", inputs.apply("vev"));
        trail.number(GREEKS_GROUP, key + ".thetaPerDay", g.thetaPerDay(), formula
                + ", USD per calendar day (futures: roll-down −m (F − VIX)/D)", inputs.apply("thetaPerDay"));
        return g;
    }

    /** {@code first} followed by {@code more} (name/value pairs). */
    private static Object[] with(Object[] first, Object... more) {
        Object[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
