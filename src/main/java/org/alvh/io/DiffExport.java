package org.alvh.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.alvh.calc.AlvhResult;
import org.alvh.io.SpreadsheetCsv.Cell;
import org.alvh.model.Problem;
import org.alvh.whatif.Attribution;
import org.alvh.whatif.Attribution.LayerAttribution;
import org.alvh.whatif.FigureChange;
import org.alvh.whatif.InputGroup;
import org.alvh.whatif.ResultDiff;

/**
 * The diff of two results (issue 12) as CSV (spreadsheet-safe, {@link SpreadsheetCsv}) or JSON. Both carry the
 * attribution of each layer's change, step by step in the substitution order, and every changed audit figure,
 * grouped as in the audit. In the JSON the changes are exact decimals; in the CSV they are the nearest doubles.
 */
public final class DiffExport {
    /** The CSV columns: a {@code section} of {@code attribution} or {@code figure} rows. */
    public static final List<String> COLUMNS = List.of("section", "group", "key", "step", "includes", "before",
            "after", "change", "note");

    private DiffExport() {
    }

    public static byte[] toCsv(ResultDiff diff, Attribution attribution) {
        SpreadsheetCsv csv = new SpreadsheetCsv().header(COLUMNS);
        for (LayerAttribution a : attribution.layers()) {
            String layer = "layer " + a.layer();
            for (int k = 0; k < a.steps().size(); k++) {
                Attribution.Step step = a.steps().get(k);
                Attribution.Stage stage = attribution.stages().get(k);
                String note = stage.computed() ? null : "not computed: " + problems(stage.problems())
                        + "; its effect is in the next computed step";
                csv.row(List.of(SpreadsheetCsv.text("attribution"), SpreadsheetCsv.text(layer),
                        SpreadsheetCsv.text(a.measure().auditKey()), SpreadsheetCsv.text(step.group().label()),
                        SpreadsheetCsv.text(labels(step.includes())), num(step.change() == null ? null : a.levelBefore(k)),
                        num(a.levelAfter(k)), num(step.change()), SpreadsheetCsv.text(note)));
            }
            csv.row(List.of(SpreadsheetCsv.text("attribution"), SpreadsheetCsv.text(layer),
                    SpreadsheetCsv.text(a.measure().auditKey()), SpreadsheetCsv.text("total"), SpreadsheetCsv.empty(),
                    num(a.before()), num(a.after()), num(a.total()), SpreadsheetCsv.empty()));
        }
        for (FigureChange c : diff.changes()) {
            csv.row(List.of(SpreadsheetCsv.text("figure"), SpreadsheetCsv.text(c.group()),
                    SpreadsheetCsv.text(c.key()), SpreadsheetCsv.empty(), SpreadsheetCsv.empty(), value(c.before()),
                    value(c.after()), SpreadsheetCsv.num(c.numericChange()),
                    SpreadsheetCsv.text(c.kind().name().toLowerCase(Locale.ROOT))));
        }
        return csv.bytes();
    }

    public static byte[] toJson(AlvhResult before, AlvhResult after, ResultDiff diff, Attribution attribution) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("before", side(before));
        root.put("after", side(after));
        root.put("order", List.of(InputGroup.values()).stream().map(InputGroup::label).toList());
        List<Object> layers = new ArrayList<>();
        for (LayerAttribution a : attribution.layers()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("layer", a.layer());
            m.put("measure", a.measure().auditKey());
            m.put("before", a.before());
            m.put("after", a.after());
            m.put("total", a.total());
            List<Object> steps = new ArrayList<>();
            for (int k = 0; k < a.steps().size(); k++) {
                Attribution.Step step = a.steps().get(k);
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("group", step.group().label());
                s.put("change", step.change());
                s.put("includes", step.includes().stream().map(InputGroup::label).toList());
                s.put("problems", attribution.stages().get(k).problems().stream().map(Problem::toString).toList());
                steps.add(s);
            }
            m.put("steps", steps);
            layers.add(m);
        }
        root.put("attribution", layers);
        List<Object> groups = new ArrayList<>();
        for (ResultDiff.Group g : diff.groups()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("group", g.name());
            List<Object> changes = new ArrayList<>();
            for (FigureChange c : g.changes()) {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("key", c.key());
                f.put("kind", c.kind().name().toLowerCase(Locale.ROOT));
                f.put("before", c.before());
                f.put("after", c.after());
                f.put("change", c.numericChange());
                changes.add(f);
            }
            m.put("changes", changes);
            groups.add(m);
        }
        root.put("figures", groups);
        try {
            return AuditJson.MAPPER.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("diff tree is not serialisable", e);
        }
    }

    private static Map<String, Object> side(AlvhResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("snapshot", r.snapshotName());
        m.put("asof", r.market().asOf().toString());
        return m;
    }

    private static Cell num(BigDecimal v) {
        return v == null ? SpreadsheetCsv.empty() : SpreadsheetCsv.num(v.doubleValue());
    }

    /** A figure's value: a number as a number, true/false and text as text, unavailable as an empty cell. */
    static Cell value(Object v) {
        if (v instanceof Number n) {
            return SpreadsheetCsv.num(n.doubleValue());
        }
        return v == null ? SpreadsheetCsv.empty() : SpreadsheetCsv.text(String.valueOf(v));
    }

    private static String labels(List<InputGroup> groups) {
        return String.join("; ", groups.stream().map(InputGroup::label).toList());
    }

    private static String problems(List<Problem> problems) {
        return String.join("; ", problems.stream().map(Problem::toString).toList());
    }
}
