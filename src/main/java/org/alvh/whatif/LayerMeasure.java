package org.alvh.whatif;

import org.alvh.calc.LayerResult;

/** A per-layer figure the attribution and the sensitivity follow. */
public enum LayerMeasure {
    /** The layer's target VEV (METHOD.md §5), continuous. */
    TARGET_VEV("target VEV", "vevTarget"),
    /** The layer's quantity in contracts (or USD of vega notional for a swap): moves in whole steps. */
    QUANTITY("quantity", "quantity");

    private final String label;
    private final String auditKey;

    LayerMeasure(String label, String auditKey) {
        this.label = label;
        this.auditKey = auditKey;
    }

    public String label() {
        return label;
    }

    /** The field name in the audit ({@code layers[i].vevTarget}). */
    public String auditKey() {
        return auditKey;
    }

    /** The value in a layer, or null when it is not a finite number. */
    public Double of(LayerResult layer) {
        double v = this == TARGET_VEV ? layer.vevTarget() : layer.quantity();
        return Double.isFinite(v) ? v : null;
    }
}
