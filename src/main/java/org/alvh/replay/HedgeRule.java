package org.alvh.replay;

import org.alvh.calc.LayerResult;
import org.alvh.model.AlvhConfig;

/**
 * When a held hedge structure is kept (METHOD.md §10.3 "Hedging"): same instrument kind as the engine names; a
 * future the same contract; a VIX option structure or a put spread with days left at least the lower end of its
 * layer's window (layer 1 {@code minDays}, layers 2 and 3 {@code windowDays[0]}) and its first strike {@code K}
 * within {@code |K − K_e| ≤ strikeTolerance × K_e} of the engine's; a swap with days left
 * {@code ≥ layer2.windowDays[0]}; and in every case its own {@code VEV_unit > 0} at the date.
 */
final class HedgeRule {
    private HedgeRule() {
    }

    /** Why {@code held} no longer qualifies for the engine's {@code engine} layer; null when it is kept. */
    static String notKept(MarketDay day, int layer, Holding held, LayerResult engine, AlvhConfig config) {
        Structure s = held.structure();
        StructureKind kind = StructureKind.of(engine.structure());
        if (s.kind() != kind) {
            return "instrument " + s.kind() + " is not the engine's " + kind;
        }
        int daysLeft = day.daysTo(s.expiry());
        if (kind.isFuture()) {
            if (!s.expiry().equals(engine.expiry())) {
                return "contract " + s.expiry() + " is not the engine's " + engine.expiry();
            }
        } else if (kind == StructureKind.SPX_VARIANCE_SWAP) {
            int lower = config.layer2().windowDays().min();
            if (daysLeft < lower) {
                return "days left " + daysLeft + " < " + lower;
            }
        } else {
            int lower = switch (layer) {
                case 1 -> config.layer1().minDays();
                case 2 -> config.layer2().windowDays().min();
                default -> config.layer3().windowDays().min();
            };
            if (daysLeft < lower) {
                return "days left " + daysLeft + " < " + lower;
            }
            double k = s.firstStrike();
            double ke = engine.strikes().get(0);
            double tolerance = config.backtest().strikeTolerance();
            if (Math.abs(k - ke) > tolerance * ke) {
                return "strike " + ReplayText.number(k) + " not within " + ReplayText.number(tolerance)
                        + " of the engine's " + ReplayText.number(ke);
            }
        }
        double vev = day.vevPerUnit(s);
        if (!(vev > 0)) {
            return "VEV per unit " + ReplayText.number(vev) + " <= 0";
        }
        return null;
    }
}
