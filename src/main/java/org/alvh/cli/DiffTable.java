package org.alvh.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.alvh.calc.AlvhResult;
import org.alvh.whatif.Attribution;
import org.alvh.whatif.Attribution.LayerAttribution;
import org.alvh.whatif.FigureChange;
import org.alvh.whatif.InputGroup;
import org.alvh.whatif.ResultDiff;

/** The readable tables {@code diff} prints: the attribution, the steps not computed, the changed figures. */
final class DiffTable {
    private static final String NOT_COMPUTED = "-";

    private DiffTable() {
    }

    static String of(AlvhResult a, AlvhResult b, ResultDiff diff, Attribution attribution) {
        StringBuilder sb = new StringBuilder();
        line(sb, "Diff  A %s (as of %s)  ->  B %s (as of %s)", a.snapshotName(), a.market().asOf(), b.snapshotName(),
                b.market().asOf());
        line(sb, "");
        line(sb, "Attribution: B's inputs put into A one group at a time, in this order; each column is the change"
                + " that step makes");
        List<String> header = new ArrayList<>(List.of("layer", "measure", "A"));
        for (InputGroup g : InputGroup.values()) {
            header.add(g.label());
        }
        header.add("B");
        header.add("total");
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        for (LayerAttribution la : attribution.layers()) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(la.layer()), la.measure().label(),
                    TableText.number(la.before())));
            for (Attribution.Step step : la.steps()) {
                row.add(step.change() == null ? NOT_COMPUTED : TableText.signed(step.change()));
            }
            row.add(TableText.number(la.after()));
            row.add(TableText.signed(la.total()));
            rows.add(row);
        }
        columns(sb, rows);
        boolean anyMissing = false;
        for (Attribution.Stage stage : attribution.stages()) {
            if (!stage.computed()) {
                if (!anyMissing) {
                    line(sb, "%s: not computed; its effect is in the next computed step. Why:", NOT_COMPUTED);
                    anyMissing = true;
                }
                stage.problems().forEach(p -> line(sb, "  %s: %s", stage.group().label(), p));
            }
        }
        line(sb, "");
        List<FigureChange> changes = diff.changes();
        line(sb, "Changed audit figures: %d", changes.size());
        for (ResultDiff.Group g : diff.groups()) {
            line(sb, "[%s]", g.name());
            List<List<String>> figures = new ArrayList<>();
            for (FigureChange c : g.changes()) {
                Double change = c.numericChange();
                String kind = c.kind() == FigureChange.Kind.CHANGED ? ""
                        : "(" + c.kind().name().toLowerCase(Locale.ROOT) + ")";
                figures.add(List.of("  " + c.key(), TableText.value(c.before()), "->", TableText.value(c.after()),
                        change == null ? kind : TableText.signed(change)));
            }
            columns(sb, figures);
        }
        return sb.toString();
    }

    /** Left-aligned columns, two spaces apart. */
    static void columns(StringBuilder sb, List<List<String>> rows) {
        int n = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] width = new int[n];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                width[i] = Math.max(width[i], row.get(i).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(row.get(i));
                if (i < row.size() - 1) {
                    line.append(" ".repeat(width[i] - row.get(i).length() + 2));
                }
            }
            sb.append(TerminalText.safe(line.toString().stripTrailing())).append(System.lineSeparator());
        }
    }

    static void line(StringBuilder sb, String format, Object... args) {
        sb.append(TerminalText.safe(String.format(Locale.ROOT, format, args))).append(System.lineSeparator());
    }
}
