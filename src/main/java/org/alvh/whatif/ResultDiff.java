package org.alvh.whatif;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.alvh.calc.AlvhResult;
import org.alvh.calc.AuditTrail.Figure;

/**
 * Every audit figure that differs between two results, grouped as in the audit: groups in the order the
 * engine records them (the first result's order, then groups only the second has), figures in trail order
 * within a group. Figures are matched by key; a key the engine records more than once is matched by
 * occurrence. Numbers are equal when their double values are identical; a diff of a result with itself is
 * empty.
 */
public record ResultDiff(List<Group> groups) {

    /** The changed figures of one trail group. */
    public record Group(String name, List<FigureChange> changes) {
        public Group {
            Objects.requireNonNull(name, "name");
            changes = List.copyOf(changes);
        }
    }

    public ResultDiff {
        groups = List.copyOf(groups);
    }

    /** The figures of {@code after} compared with those of {@code before}. */
    public static ResultDiff of(AlvhResult before, AlvhResult after) {
        return of(before.trail(), after.trail());
    }

    /** The figures of the trail {@code after} compared with those of {@code before}. */
    public static ResultDiff of(List<Figure> before, List<Figure> after) {
        Map<String, Figure> old = byOccurrence(before);
        Map<String, Figure> now = byOccurrence(after);
        Map<String, List<FigureChange>> groups = new LinkedHashMap<>();
        for (Map.Entry<String, Figure> e : old.entrySet()) {
            Figure a = e.getValue();
            Figure b = now.get(e.getKey());
            if (b == null) {
                add(groups, new FigureChange(a.group(), a.key(), FigureChange.Kind.REMOVED, a.value(), null));
            } else if (!sameValue(a.value(), b.value())) {
                add(groups, new FigureChange(b.group(), b.key(), FigureChange.Kind.CHANGED, a.value(), b.value()));
            }
        }
        for (Map.Entry<String, Figure> e : now.entrySet()) {
            if (!old.containsKey(e.getKey())) {
                Figure b = e.getValue();
                add(groups, new FigureChange(b.group(), b.key(), FigureChange.Kind.ADDED, null, b.value()));
            }
        }
        List<Group> out = new ArrayList<>();
        groups.forEach((name, changes) -> out.add(new Group(name, changes)));
        return new ResultDiff(out);
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    /** Every change, group after group. */
    public List<FigureChange> changes() {
        return groups.stream().flatMap(g -> g.changes().stream()).toList();
    }

    private static void add(Map<String, List<FigureChange>> groups, FigureChange change) {
        groups.computeIfAbsent(change.group(), g -> new ArrayList<>()).add(change);
    }

    /** Trail figures keyed by {@code key} (first occurrence) or {@code key#n} (n-th repeat), in trail order. */
    private static Map<String, Figure> byOccurrence(List<Figure> trail) {
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Figure> out = new LinkedHashMap<>();
        for (Figure f : trail) {
            int n = seen.merge(f.key(), 1, Integer::sum);
            out.put(n == 1 ? f.key() : f.key() + "#" + n, f);
        }
        return out;
    }

    static boolean sameValue(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue()) == 0;
        }
        return Objects.equals(a, b);
    }
}
