package org.alvh.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.alvh.calc.AlvhResult;
import org.alvh.calc.LayerResult;
import org.alvh.io.SensitivityExport;
import org.alvh.whatif.Bump;
import org.alvh.whatif.LayerFigures;
import org.alvh.whatif.ParameterSensitivity;
import org.alvh.whatif.Sensitivity;

/**
 * The readable tables {@code sensitivity} prints: per layer, the parameters that move it, largest swing of the
 * target VEV first, each with its quantity beside it (quantities move in whole steps); then the bumps that were
 * not computed and why.
 */
final class SensitivityTable {
    private SensitivityTable() {
    }

    static String of(AlvhResult base, Sensitivity s) {
        StringBuilder sb = new StringBuilder();
        DiffTable.line(sb, "Sensitivity  %s (as of %s)  continuous parameters x (1 -/+ %s), whole numbers -/+ 1;"
                + " %d parameters", base.snapshotName(), base.market().asOf(), TableText.number(s.relativeStep()),
                s.parameters().size());
        for (LayerResult layer : base.layers()) {
            LayerFigures b = s.baseLayer(layer.layer());
            DiffTable.line(sb, "");
            DiffTable.line(sb, "Layer %d  %s  target VEV %s  quantity %d", layer.layer(), layer.instrument(),
                    TableText.number(b.vevTarget()), b.quantity());
            List<ParameterSensitivity> moving = new ArrayList<>();
            for (ParameterSensitivity p : s.parameters()) {
                if (swing(p, b) > 0 || quantitySwing(p, b) > 0) {
                    moving.add(p);
                }
            }
            moving.sort(Comparator.comparingDouble((ParameterSensitivity p) -> -swing(p, b))
                    .thenComparingLong(p -> -quantitySwing(p, b)));
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("  parameter", "value", "down to", "target VEV", "quantity", "up to", "target VEV",
                    "quantity"));
            for (ParameterSensitivity p : moving) {
                List<String> row = new ArrayList<>(List.of("  " + p.key(), TableText.number(p.value())));
                cells(row, p.down(), b);
                cells(row, p.up(), b);
                rows.add(row);
            }
            DiffTable.columns(sb, rows);
            DiffTable.line(sb, "  %d of %d parameters move nothing in this layer", s.parameters().size()
                    - moving.size(), s.parameters().size());
        }
        DiffTable.line(sb, "");
        DiffTable.line(sb, "Hedged worst P&L (METHOD.md 9, coordinated path at the condor's expiry)  base %s USD",
                TableText.number(s.baseWorstHedgedUsd()));
        List<ParameterSensitivity> byWorst = new ArrayList<>();
        for (ParameterSensitivity p : s.parameters()) {
            if (worstSwing(p, s) > 0) {
                byWorst.add(p);
            }
        }
        byWorst.sort(Comparator.comparingDouble((ParameterSensitivity p) -> -worstSwing(p, s)));
        List<List<String>> worst = new ArrayList<>();
        worst.add(List.of("  parameter", "value", "down to", "change USD", "up to", "change USD"));
        for (ParameterSensitivity p : byWorst) {
            worst.add(List.of("  " + p.key(), TableText.number(p.value()), TableText.number(p.down().value()),
                    worstChange(p.down(), s), TableText.number(p.up().value()), worstChange(p.up(), s)));
        }
        DiffTable.columns(sb, worst);
        DiffTable.line(sb, "  %d of %d parameters move nothing in it", s.parameters().size() - byWorst.size(),
                s.parameters().size());
        List<List<String>> skipped = new ArrayList<>();
        for (ParameterSensitivity p : s.parameters()) {
            for (Bump bump : List.of(p.down(), p.up())) {
                if (bump.outcome() != Bump.Outcome.COMPUTED) {
                    skipped.add(List.of("  " + p.key(), bump.direction().name().toLowerCase(Locale.ROOT),
                            TableText.number(bump.value()), SensitivityExport.note(bump)));
                }
            }
        }
        DiffTable.line(sb, "");
        DiffTable.line(sb, "Bumps not computed: %d", skipped.size());
        DiffTable.columns(sb, skipped);
        return sb.toString();
    }

    private static void cells(List<String> row, Bump bump, LayerFigures base) {
        row.add(TableText.number(bump.value()));
        LayerFigures l = bump.layer(base.layer());
        if (l == null) {
            row.add(bump.outcome().name().toLowerCase(Locale.ROOT));
            row.add("");
            return;
        }
        row.add(TableText.signed(l.vevTarget() - base.vevTarget()));
        row.add(l.quantity() + " (" + TableText.signed((double) (l.quantity() - base.quantity())) + ")");
    }

    private static String worstChange(Bump bump, Sensitivity s) {
        return bump.worstHedgedUsd() == null ? bump.outcome().name().toLowerCase(Locale.ROOT)
                : TableText.signed(bump.worstHedgedUsd() - s.baseWorstHedgedUsd());
    }

    private static double worstSwing(ParameterSensitivity p, Sensitivity s) {
        double max = 0;
        for (Bump bump : List.of(p.down(), p.up())) {
            if (bump.worstHedgedUsd() != null) {
                max = Math.max(max, Math.abs(bump.worstHedgedUsd() - s.baseWorstHedgedUsd()));
            }
        }
        return max;
    }

    /** The largest |change| of the layer's target VEV over the two bumps (0 when neither was computed). */
    static double swing(ParameterSensitivity p, LayerFigures base) {
        double max = 0;
        for (Bump bump : List.of(p.down(), p.up())) {
            LayerFigures l = bump.layer(base.layer());
            if (l != null) {
                max = Math.max(max, Math.abs(l.vevTarget() - base.vevTarget()));
            }
        }
        return max;
    }

    static long quantitySwing(ParameterSensitivity p, LayerFigures base) {
        long max = 0;
        for (Bump bump : List.of(p.down(), p.up())) {
            LayerFigures l = bump.layer(base.layer());
            if (l != null) {
                max = Math.max(max, Math.abs(l.quantity() - base.quantity()));
            }
        }
        return max;
    }
}
