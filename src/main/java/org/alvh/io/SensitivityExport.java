package org.alvh.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.alvh.calc.AlvhResult;
import org.alvh.model.Problem;
import org.alvh.whatif.Bump;
import org.alvh.whatif.LayerFigures;
import org.alvh.whatif.ParameterSensitivity;
import org.alvh.whatif.Sensitivity;

/**
 * The sensitivity (issue 12) as CSV (spreadsheet-safe, {@link SpreadsheetCsv}) or JSON: every parameter, its
 * bumped values and what each layer's target VEV and quantity became. A bump that was not computed (refused
 * by the validator, unusable, or a zero not moved by a relative step) says why and carries no figures.
 */
public final class SensitivityExport {
    /** One CSV row per parameter, direction and layer (one row without a layer for a bump not computed). */
    public static final List<String> COLUMNS = List.of("parameter", "step", "value", "direction", "bumped_value",
            "outcome", "layer", "vev_target", "vev_target_change", "quantity", "quantity_change",
            "worst_hedged_pnl_usd", "worst_hedged_pnl_change_usd", "note");

    private SensitivityExport() {
    }

    public static byte[] toCsv(Sensitivity s) {
        SpreadsheetCsv csv = new SpreadsheetCsv().header(COLUMNS);
        for (ParameterSensitivity p : s.parameters()) {
            for (Bump bump : List.of(p.down(), p.up())) {
                List<SpreadsheetCsv.Cell> head = List.of(SpreadsheetCsv.text(p.key()),
                        SpreadsheetCsv.text(word(p.step())), SpreadsheetCsv.num(p.value()),
                        SpreadsheetCsv.text(word(bump.direction())), SpreadsheetCsv.num(bump.value()),
                        SpreadsheetCsv.text(word(bump.outcome())));
                if (bump.outcome() != Bump.Outcome.COMPUTED) {
                    List<SpreadsheetCsv.Cell> row = new ArrayList<>(head);
                    for (int i = 0; i < 7; i++) {
                        row.add(SpreadsheetCsv.empty());
                    }
                    row.add(SpreadsheetCsv.text(note(bump)));
                    csv.row(row);
                    continue;
                }
                for (LayerFigures l : bump.layers()) {
                    LayerFigures base = s.baseLayer(l.layer());
                    List<SpreadsheetCsv.Cell> row = new ArrayList<>(head);
                    row.add(SpreadsheetCsv.num((double) l.layer()));
                    row.add(SpreadsheetCsv.num(l.vevTarget()));
                    row.add(SpreadsheetCsv.num(base == null ? null : l.vevTarget() - base.vevTarget()));
                    row.add(SpreadsheetCsv.num((double) l.quantity()));
                    row.add(SpreadsheetCsv.num(base == null ? null : (double) (l.quantity() - base.quantity())));
                    row.add(SpreadsheetCsv.num(bump.worstHedgedUsd()));
                    row.add(SpreadsheetCsv.num(bump.worstHedgedUsd() - s.baseWorstHedgedUsd()));
                    row.add(SpreadsheetCsv.empty());
                    csv.row(row);
                }
            }
        }
        return csv.bytes();
    }

    public static byte[] toJson(AlvhResult base, Sensitivity s) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("snapshot", base.snapshotName());
        root.put("asof", base.market().asOf().toString());
        root.put("relativeStep", s.relativeStep());
        root.put("base", s.base().stream().map(SensitivityExport::layer).toList());
        root.put("baseWorstHedgedUsd", s.baseWorstHedgedUsd());
        List<Object> parameters = new ArrayList<>();
        for (ParameterSensitivity p : s.parameters()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", p.key());
            m.put("step", word(p.step()));
            m.put("value", p.value());
            m.put("down", bump(p.down()));
            m.put("up", bump(p.up()));
            parameters.add(m);
        }
        root.put("parameters", parameters);
        try {
            return AuditJson.MAPPER.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("sensitivity tree is not serialisable", e);
        }
    }

    /** Why a bump was not computed, in a sentence. */
    public static String note(Bump bump) {
        return switch (bump.outcome()) {
            case COMPUTED -> "";
            case UNMOVED -> "a relative step does not move a value of 0";
            case REFUSED -> "refused by the validator: " + problems(bump.problems());
            case UNUSABLE -> "the snapshot cannot be used: " + problems(bump.problems());
        };
    }

    private static Map<String, Object> bump(Bump b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", b.value());
        m.put("outcome", word(b.outcome()));
        m.put("layers", b.layers().stream().map(SensitivityExport::layer).toList());
        m.put("worstHedgedUsd", b.worstHedgedUsd());
        m.put("problems", b.problems().stream().map(Problem::toString).toList());
        return m;
    }

    private static Map<String, Object> layer(LayerFigures l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("layer", l.layer());
        m.put("vevTarget", l.vevTarget());
        m.put("quantity", l.quantity());
        return m;
    }

    private static String word(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static String problems(List<Problem> problems) {
        return String.join("; ", problems.stream().map(Problem::toString).toList());
    }
}
