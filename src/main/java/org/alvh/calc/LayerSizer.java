package org.alvh.calc;

import java.util.ArrayList;
import java.util.List;
import org.alvh.format.Numbers;
import org.alvh.model.AlvhConfig;

import static org.alvh.calc.AuditTrail.from;

/**
 * METHOD.md §5: the ratio of each layer, its target {@code ratio × H}, and the quantity
 * {@code floor(target / VEV_unit + 0.5)} (a variance swap: vega notional rounded half up to
 * {@code varSwapRounding}).
 */
final class LayerSizer {
    static final String GROUP = "5 Layers";

    private final AlvhConfig config;
    private final AuditTrail trail;

    LayerSizer(AlvhConfig config, AuditTrail trail) {
        this.config = config;
        this.trail = trail;
    }

    /**
     * The three layers, given the hedge base H, shift*, β*, the shift score z, the layer-3 trigger (from
     * {@link #tailTrigger}) and the factors.
     */
    List<LayerResult> size(double hedgeBase, double effectiveShift, double effectiveBeta, Double shiftScore,
                           Boolean trigger, Factors factors, HedgeInstruments instruments) {
        List<LayerResult> layers = new ArrayList<>(3);
        double uplift = uplift(effectiveShift);
        AlvhConfig.Layer1 l1 = config.layer1();
        double r1 = l1.base() + uplift;
        trail.number(GROUP, "layers[0].ratio", r1, "r1 = layer1.base + u(shift*)",
                "layer1.base", from("layer1.base", l1.base()), "u", uplift,
                "shift*", from("weightedBeta.effectiveShift", effectiveShift),
                "upliftMin", from("layer1.upliftMin", l1.upliftMin()), "upliftMax", from("layer1.upliftMax", l1.upliftMax()),
                "shiftStart", from("layer1.shiftStart", l1.shiftStart()), "shiftFull", from("layer1.shiftFull", l1.shiftFull()));
        Rationale why1 = new Rationale(List.of(new Rationale.LayerOneRatio(l1.base(), uplift, effectiveShift)));
        layers.add(sized(1, r1, hedgeBase, true, why1, instruments.layer1(), new Object[0]));

        AlvhConfig.Layer2 l2 = config.layer2();
        double leverage = factors.leverage().value();
        double rotationScale = factors.rotation().scale();
        double r2 = l2.base() * leverage * rotationScale;
        trail.number(GROUP, "layers[1].ratio", r2, "r2 = layer2.base × L × R",
                "layer2.base", from("layer2.base", l2.base()), "L", from("factors.leverage", leverage),
                "R", from("factors.defensiveRotation", rotationScale), "scaleBack", from("layer2.scaleBack", l2.scaleBack()));
        Rationale why2 = new Rationale(List.of(new Rationale.LayerTwoRatio(l2.base(), leverage, rotationScale)));
        layers.add(sized(2, r2, hedgeBase, true, why2, instruments.layer2(), new Object[0]));

        AlvhConfig.Layer3 l3 = config.layer3();
        Boolean ad = factors.breadth().breakdown();
        Boolean reer = factors.reer().spike();
        double r3 = l3.base() * (1 + l3.c_ad() * indicator(ad) + l3.c_reer() * indicator(reer));
        trail.number(GROUP, "layers[2].ratio", r3, "r3 = layer3.base × (1 + c_ad·[A/D breakdown] + c_reer·[REER spike])",
                "layer3.base", from("layer3.base", l3.base()), "c_ad", from("layer3.c_ad", l3.c_ad()),
                "A/D breakdown", from("factors.adBreakdown", ad), "c_reer", from("layer3.c_reer", l3.c_reer()),
                "REER spike", from("factors.reerSpike", reer));
        Double tested = l3.trigger() == AlvhConfig.Trigger.LEVEL ? Double.valueOf(effectiveBeta) : shiftScore;
        Rationale why3 = new Rationale(List.of(new Rationale.LayerThreeRatio(r3, ad, reer),
                new Rationale.TailTrigger(l3.trigger(), tested, l3.threshold(), Boolean.TRUE.equals(trigger))));
        Object[] triggerInputs = {"trigger", from("layer3.trigger", l3.trigger().name().toLowerCase(java.util.Locale.ROOT)),
                "threshold", from("layer3.threshold", l3.threshold()),
                "tested", from(l3.trigger() == AlvhConfig.Trigger.LEVEL ? "weightedBeta.effective"
                        : "weightedBeta.shiftScore", tested)};
        layers.add(sized(3, r3, hedgeBase, Boolean.TRUE.equals(trigger), why3, instruments.layer3(), triggerInputs));
        return layers;
    }

    /** Layer-1 uplift u(shift*), continuous in shift*. */
    double uplift(double shift) {
        AlvhConfig.Layer1 c = config.layer1();
        if (shift <= 0) {
            return 0;
        }
        if (shift < c.shiftStart()) {
            return c.upliftMin() * shift / c.shiftStart();
        }
        double x = VolScaling.clamp((shift - c.shiftStart()) / (c.shiftFull() - c.shiftStart()), 0, 1);
        return c.upliftMin() + (c.upliftMax() - c.upliftMin()) * x;
    }

    /** The layer-3 trigger: {@code z ≥ threshold} (zscore) or {@code β* ≥ threshold} (level); null if z is. */
    Boolean tailTrigger(double effectiveBeta, Double shiftScore) {
        AlvhConfig.Layer3 c = config.layer3();
        if (c.trigger() == AlvhConfig.Trigger.LEVEL) {
            return effectiveBeta >= c.threshold();
        }
        return shiftScore == null ? null : shiftScore >= c.threshold();
    }

    private LayerResult sized(int layer, double ratio, double hedgeBase, boolean triggered, Rationale rationale,
                              HedgeUnit unit, Object[] triggerInputs) {
        Rationale why = rationale;
        boolean active = triggered && hedgeBase > 0 && unit.isAvailable();
        if (!(hedgeBase > 0)) {
            why = why.with(new Rationale.NotShortVega());
        }
        if (!unit.isAvailable()) {
            why = why.with(new Rationale.Unavailable(unit.unavailable()));
        }
        double target = active ? ratio * hedgeBase : 0;
        long quantity = 0;
        double achieved = 0;
        double cost = 0;
        if (active) {
            quantity = (long) Rounding.halfUp(target / unit.vevPerUnit(), unit.quantityStep());
            achieved = quantity * unit.vevPerUnit();
            cost = unit.structure().paysPremium() ? unit.unitPrice() * 100 * quantity : 0;
        }
        String key = "layers[" + (layer - 1) + "]";
        Object instrument = from("layer" + layer + ".instrument", unit.structure().name());
        trail.number(GROUP, key + ".unitPrice", unit.unitPrice(), "price of one unit of the structure (Σ legs ratio ×"
                + " leg price; a future: its price; a variance swap: its vol strike)", TrailInputs.concat(
                        new Object[] {"instrument", instrument}, unit.sources().toArray()));
        trail.number(GROUP, key + ".vevPerUnit", unit.vevPerUnit(), vevFormula(unit), TrailInputs.concat(
                new Object[] {"instrument", instrument, "expiry", unit.expiry() == null ? null : unit.expiry().toString()},
                unit.sources().toArray(), unit.conversion().toArray()));
        trail.number(GROUP, key + ".vevTarget", target, "target = ratio × H (0 when inactive)",
                TrailInputs.concat(new Object[] {"ratio", from(key + ".ratio", ratio), "H", from("hedgeBase", hedgeBase),
                        "active", active}, triggerInputs));
        trail.record(GROUP, key + ".quantity", quantity, "n = floor(target / VEV_unit + 0.5)"
                + (unit.quantityStep() != 1 ? " rounded to " + Numbers.shortest(unit.quantityStep()) : ""),
                "target", from(key + ".vevTarget", target), "VEV_unit", from(key + ".vevPerUnit", unit.vevPerUnit()));
        trail.number(GROUP, key + ".vevAchieved", achieved, "n × VEV_unit", "n", from(key + ".quantity", quantity),
                "VEV_unit", from(key + ".vevPerUnit", unit.vevPerUnit()));
        trail.number(GROUP, key + ".costUsd", cost, unit.structure().paysPremium() ? "premium × 100 × n" : "0 (futures and swaps)",
                "premium", from(key + ".unitPrice", unit.unitPrice()), "n", from(key + ".quantity", quantity));
        List<HedgeLeg> legs = unit.isAvailable() ? unit.legsFor(quantity) : List.of();
        return new LayerResult(layer, unit.structure(), unit.expiry(), unit.strikes(), unit.right(),
                WeightedBetaCalculator.boxed(unit.unitPrice()), WeightedBetaCalculator.boxed(unit.vevPerUnit()),
                legs, unit.inputs(), unit.unavailable(), ratio, active, target, quantity, achieved, cost, why);
    }

    private static String vevFormula(HedgeUnit unit) {
        return switch (unit.structure()) {
            case VX_FUTURE, VXM_FUTURE -> "multiplier × b(D)";
            case VIX_CALL, VIX_CALL_BUTTERFLY -> "Σ legs ratio × 100 × Δ_F × b(D) (Black-76)";
            case SPX_VARIANCE_SWAP -> "s(D) per $1 of vega notional";
            case SPX_PUT_SPREAD -> "100 × (vega_long − vega_short) × s(D)";
        };
    }

    private static int indicator(Boolean flag) {
        return Boolean.TRUE.equals(flag) ? 1 : 0;
    }
}
