package org.alvh.whatif;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alvh.calc.AuditTrail.Figure;
import org.alvh.calc.AuditTrail.Input;

/**
 * The audit trail as a graph: an edge from each input's key (a figure's audit key or a configuration key) to
 * the figure it goes into. What lies downstream of a key is what a change of it can move.
 */
public final class TrailGraph {
    private final Map<String, Set<String>> users = new HashMap<>();

    private TrailGraph(List<Figure> trail) {
        for (Figure f : trail) {
            for (Input input : f.inputs()) {
                if (input.key() != null) {
                    users.computeIfAbsent(input.key(), k -> new LinkedHashSet<>()).add(f.key());
                }
            }
        }
    }

    public static TrailGraph of(List<Figure> trail) {
        return new TrailGraph(trail);
    }

    /** The figures that use {@code key} directly. */
    public Set<String> users(String key) {
        return Set.copyOf(users.getOrDefault(key, Set.of()));
    }

    /** Every figure reachable from {@code key} (not {@code key} itself unless the graph has a cycle through it). */
    public Set<String> downstream(String key) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(key));
        while (!todo.isEmpty()) {
            for (String next : users.getOrDefault(todo.poll(), Set.of())) {
                if (seen.add(next)) {
                    todo.add(next);
                }
            }
        }
        return seen;
    }
}
