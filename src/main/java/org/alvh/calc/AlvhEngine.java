package org.alvh.calc;

import java.util.ArrayList;
import java.util.List;
import org.alvh.format.Numbers;
import org.alvh.model.AlvhConfig;
import org.alvh.model.Problem;
import org.alvh.model.SnapshotInput;
import org.alvh.model.Snapshot;

/**
 * The ALVH method of METHOD.md §2–§5 in one call. Pure and thread-confined: the same snapshot and config always
 * give the same result; the window, the command line and the tests all call this.
 */
public final class AlvhEngine {
    private AlvhEngine() {
    }

    /**
     * Computes the layers.
     *
     * @throws UnusableSnapshotException when the snapshot cannot support the method (every such problem at once)
     */
    public static AlvhResult compute(Snapshot snapshot, AlvhConfig config) {
        return compute(snapshot, config, new AuditTrail());
    }

    /**
     * Computes the layers, recording every figure in {@code trail}; with {@link AuditTrail#discarding()} the
     * result's {@code trail()} is empty and every other figure the same.
     *
     * @throws UnusableSnapshotException when the snapshot cannot support the method (every such problem at once)
     */
    public static AlvhResult compute(Snapshot snapshot, AlvhConfig config, AuditTrail trail) {
        List<Problem> warnings = new ArrayList<>(snapshot.warnings());
        MarketParameters market = MarketParameters.at(snapshot.market(), config.market(), trail);
        VolScaling scaling = new VolScaling(config.volBeta());

        List<Problem> problems = new ArrayList<>();
        CondorResult condor = null;
        BetaSeries beta = null;
        try {
            condor = CondorAnalytics.analyse(snapshot.condor(), market, scaling, trail);
        } catch (UnusableSnapshotException e) {
            problems.addAll(e.problems());
        }
        try {
            beta = new WeightedBetaCalculator(snapshot, config, warnings, trail).compute();
        } catch (UnusableSnapshotException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new UnusableSnapshotException(problems);
        }
        if (condor.annualisedReturnOnRisk() == null) {
            warnings.add(Problem.warning(SnapshotInput.CONDOR, 0, 0, "annualised return on risk unavailable: (1 + "
                    + Numbers.fixed(condor.returnOnRisk(), 4) + ")^(365/" + condor.days() + ") overflows"));
        }

        Confirmations confirmations = new Confirmations(snapshot, config, warnings, trail);
        Factors.Momentum momentum = confirmations.momentum();
        Factors.EventsFactor events = confirmations.events(condor.expiry());
        Factors.LiquidityFactor liquidity = confirmations.liquidity();
        double amplifier = momentum.factor() * events.factor() * liquidity.factor();
        double effectiveShift = beta.shift() * amplifier;
        double effectiveBeta = beta.baseline() + effectiveShift;
        Double shiftScore = beta.shiftSd() == null || beta.shiftSd() == 0 ? null : effectiveShift / beta.shiftSd();
        String group = WeightedBetaCalculator.GROUP;
        trail.number(group, "weightedBeta.amplifier", amplifier, "A = m_mom × m_evt × m_liq",
                "m_mom", AuditTrail.from("factors.momentum", momentum.factor()),
                "m_evt", AuditTrail.from("factors.events", events.factor()),
                "m_liq", AuditTrail.from("factors.liquidity", liquidity.factor()));
        trail.number(group, "weightedBeta.effectiveShift", effectiveShift, "shift* = shift(T) × A",
                "shift(T)", AuditTrail.from("weightedBeta.shift", beta.shift()),
                "A", AuditTrail.from("weightedBeta.amplifier", amplifier));
        trail.number(group, "weightedBeta.effective", effectiveBeta, "β* = β_base(T) + shift*",
                "β_base(T)", AuditTrail.from("weightedBeta.baseline", beta.baseline()),
                "shift*", AuditTrail.from("weightedBeta.effectiveShift", effectiveShift));
        trail.record(group, "weightedBeta.shiftScore", shiftScore, "z = shift* / sd(shift)",
                "shift*", AuditTrail.from("weightedBeta.effectiveShift", effectiveShift),
                "sd(shift)", AuditTrail.from("weightedBeta.shiftSd", beta.shiftSd()));
        if (shiftScore == null) {
            warnings.add(Confirmations.unavailable("shift score (the shift series has no variability)"));
        }

        Factors.Breadth breadth = confirmations.breadth();
        Factors.ReerSpike reer = confirmations.reer();
        Factors.SectorValuation valuation = confirmations.valuation();
        Factors.Rotation rotation = confirmations.rotation(effectiveShift);
        Factors.Leverage leverage = confirmations.leverage(valuation);
        Factors factors = new Factors(momentum, events, liquidity, amplifier, breadth, reer, valuation, rotation,
                leverage);

        double hedgeBase = trail.number(LayerSizer.GROUP, "hedgeBase", Math.max(0, -condor.vev()),
                "H = max(0, −VEV_c)", "VEV_c", AuditTrail.from("condor.vev", condor.vev()));
        FuturesCurve curve = new FuturesCurve(snapshot.futures(), snapshot.asOf(), warnings);
        MarketState state = MarketState.of(market, curve, scaling);
        HedgeInstruments instruments = new HedgeInstruments(config, state, curve, warnings);
        LayerSizer sizer = new LayerSizer(config, trail);
        Boolean tailTrigger = sizer.tailTrigger(effectiveBeta, shiftScore);
        List<LayerResult> layers = sizer.size(hedgeBase, effectiveShift, effectiveBeta, shiftScore, tailTrigger,
                factors, instruments);
        EffectiveBeta effective = new EffectiveBeta(amplifier, effectiveShift, effectiveBeta, shiftScore, tailTrigger);

        double cost = 0;
        double residual = condor.vev();
        for (LayerResult layer : layers) {
            cost += layer.costUsd();
            residual += layer.vevAchieved();
        }
        String out = "6 Outputs";
        List<Object> costs = new ArrayList<>();
        List<Object> achieved = new ArrayList<>(List.of("VEV_c", AuditTrail.from("condor.vev", condor.vev())));
        for (int i = 0; i < layers.size(); i++) {
            String key = "layers[" + i + "]";
            costs.addAll(List.of("cost " + (i + 1), AuditTrail.from(key + ".costUsd", layers.get(i).costUsd())));
            achieved.addAll(List.of("achieved " + (i + 1),
                    AuditTrail.from(key + ".vevAchieved", layers.get(i).vevAchieved())));
        }
        trail.number(out, "hedgeCostUsd", cost, "Σ layer cost", costs.toArray());
        trail.number(out, "residualVev", residual, "VEV_c + Σ achieved", achieved.toArray());
        double hedgedRor = trail.number(out, "hedgedReturnOnRisk",
                (condor.creditUsd() - cost) / (condor.maxLossUsd() + cost), "(credit $ − cost) / (max loss $ + cost)",
                "credit $", AuditTrail.from("condor.creditUsd", condor.creditUsd()),
                "cost", AuditTrail.from("hedgeCostUsd", cost),
                "max loss $", AuditTrail.from("condor.maxLossUsd", condor.maxLossUsd()));

        List<Advisory> advisories = new ArrayList<>();
        if (Boolean.TRUE.equals(liquidity.deteriorating())) {
            advisories.add(Advisories.tightenWings(condor, market, config, trail));
        }
        ParityCheck parity = Advisories.parity(snapshot.chain(), condor, market, config, warnings, trail);
        advisories.addAll(Advisories.parityEdges(parity, warnings));

        AlvhConfig.Scenario scenarioSettings = config.scenario();
        HedgedBook book = new HedgedBook(state, scenarioSettings.vixFloor(), BookStress.condorPositions(condor),
                BookStress.layerPositions(layers));
        BookStress stress = new BookStress(book, scenarioSettings, condor.days(), layers, trail);
        Scenarios scenarios = stress.scenarios();
        BookRisk risk = stress.risk(hedgeBase, layers, scenarios);

        AlvhResult result = new AlvhResult(snapshot.name(), config, market, beta, factors, effective, condor,
                hedgeBase, layers, cost, residual, hedgedRor, advisories, parity, risk, scenarios, book, warnings,
                trail.figures());
        FiniteResultCheck.requireFinite(result, trail.nonFiniteKeys());
        return result;
    }
}
