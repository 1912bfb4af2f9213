package org.alvh.calc;

import java.util.List;
import org.alvh.model.AlvhConfig;
import org.alvh.model.Problem;

/**
 * Everything the engine computed for one snapshot and configuration: the figures of METHOD.md §2–§5, the
 * warnings, and the audit trail recorded as they were computed. The audit JSON, the hedge sheet and every
 * view of the window are projections of this one value.
 *
 * @param hedgeBase          H = max(0, −VEV_c)
 * @param hedgeCostUsd       Σ layer costs
 * @param residualVev        VEV_c + Σ achieved
 * @param hedgedReturnOnRisk (credit $ − cost) / (max loss $ + cost)
 * @param parity             null when unavailable (no chain.csv or no row at the condor's expiry)
 * @param risk               the §8.1 greeks of the book and the §9 worst cases and break-evens
 * @param scenarios          the §9 grid, coordinated path and historical shocks
 * @param book               the condor and layer positions with the market at T (for views that revalue it)
 */
public record AlvhResult(String snapshotName, AlvhConfig config, MarketParameters market, BetaSeries beta,
                         Factors factors, EffectiveBeta effective, CondorResult condor, double hedgeBase,
                         List<LayerResult> layers, double hedgeCostUsd, double residualVev,
                         double hedgedReturnOnRisk, List<Advisory> advisories, ParityCheck parity,
                         BookRisk risk, Scenarios scenarios, HedgedBook book, List<Problem> warnings,
                         List<AuditTrail.Figure> trail) {
    public AlvhResult {
        layers = List.copyOf(layers);
        advisories = List.copyOf(advisories);
        warnings = List.copyOf(warnings);
        trail = List.copyOf(trail);
    }

    /** The active layers whose structure expires before the condor: each must be rolled by its expiry. */
    public List<LayerResult> layersToRoll() {
        return layers.stream().filter(l -> l.active() && l.expiry() != null && l.expiry().isBefore(condor.expiry()))
                .toList();
    }
}
