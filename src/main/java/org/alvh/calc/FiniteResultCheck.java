package org.alvh.calc;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.alvh.model.AlvhConfig;
import org.alvh.model.Problem;

/**
 * The last step of {@link AlvhEngine#compute}: every number of the result is checked before anything reports
 * it (ADR 0004, docs/adr/0008). A NaN or an infinity in a figure that is reported, an integer count beyond
 * 2^53 (no longer exact, e.g. a quantity cast from an overflowing double), or a figure the trail recorded as
 * infinite, is an {@link UnusableSnapshotException} with a {@link Problem.Code#NON_FINITE_RESULT} problem
 * naming the figure, so that the command line exits 2 and the window keeps the previous result. Unavailable
 * figures are null, never NaN, and pass.
 */
final class FiniteResultCheck {
    /** Integers above this are not exact as doubles: a count this large is an overflow, not a result. */
    static final long MAX_EXACT_INTEGER = 1L << 53;
    /** At most this many figures are named; the rest are counted. */
    static final int MAX_NAMED = 20;

    private FiniteResultCheck() {
    }

    /**
     * @param nonFiniteTrailKeys keys of figures the trail was given as infinite (and recorded as unavailable)
     * @throws UnusableSnapshotException naming every figure that is not finite
     */
    static void requireFinite(AlvhResult result, List<String> nonFiniteTrailKeys) {
        List<String> bad = new ArrayList<>();
        for (Accessor accessor : ACCESSORS.get(AlvhResult.class)) {
            String name = accessor.name();
            if (name.equals("config") || name.equals("trail") || name.equals("warnings")) {
                continue; // inputs, and the trail (checked through its keys below)
            }
            walk(new FigurePath(null, name, -1), accessor.read(result), bad);
        }
        for (String key : nonFiniteTrailKeys) {
            bad.add("trail " + key + " (Infinity)");
        }
        if (bad.isEmpty()) {
            return;
        }
        List<Problem> problems = new ArrayList<>();
        for (String figure : bad.subList(0, Math.min(bad.size(), MAX_NAMED))) {
            problems.add(Problem.error(Problem.Code.NON_FINITE_RESULT, "", 0, 0, "the computed figure " + figure
                    + " is not a finite number: an input is outside the range the method can compute with"
                    + " (see docs/input-ranges.md)"));
        }
        if (bad.size() > MAX_NAMED) {
            problems.add(Problem.error(Problem.Code.NON_FINITE_RESULT, "", 0, 0, "... and "
                    + (bad.size() - MAX_NAMED) + " more figures that are not finite"));
        }
        throw new UnusableSnapshotException(problems);
    }

    /**
     * Where a figure sits in the result ({@code layers[0].quantity}); written out only for a figure that is not
     * finite, so checking a result with thousands of rows builds no text.
     */
    private record FigurePath(FigurePath parent, String name, int index) {
        FigurePath component(String component) {
            return new FigurePath(this, component, -1);
        }

        FigurePath element(int i) {
            return new FigurePath(this, null, i);
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder();
            write(text);
            return text.toString();
        }

        private void write(StringBuilder text) {
            if (parent != null) {
                parent.write(text);
            }
            if (name == null) {
                text.append('[').append(index).append(']');
            } else {
                text.append(parent == null ? "" : ".").append(name);
            }
        }
    }

    private static void walk(FigurePath path, Object value, List<String> bad) {
        if (value == null || bad.size() > MAX_NAMED) {
            return;
        }
        if (value instanceof Double d) {
            if (!Double.isFinite(d)) {
                bad.add(path + " (" + d + ")");
            }
        } else if (value instanceof Float f) {
            if (!Float.isFinite(f)) {
                bad.add(path + " (" + f + ")");
            }
        } else if (value instanceof Long n) {
            if (Math.abs(n) > MAX_EXACT_INTEGER || n == Long.MIN_VALUE) {
                bad.add(path + " (" + n + ")");
            }
        } else if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(path.element(i++), item, bad);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                walk(path.component(String.valueOf(e.getKey())), e.getValue(), bad);
            }
        } else if (value instanceof Record record && !(value instanceof AlvhConfig)) {
            for (Accessor accessor : ACCESSORS.get(record.getClass())) {
                walk(path.component(accessor.name()), accessor.read(record), bad);
            }
        }
    }

    /**
     * A record component's name and the field behind it, looked up once per record class. The field is read, not
     * the accessor method: a record's component field holds exactly the figure, and reflective field reads need
     * no generated accessor classes, which made this check cost tens of milliseconds on a cold start.
     */
    private record Accessor(String name, Field field) {
        Object read(Object record) {
            try {
                return field.get(record);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + name + " of " + record.getClass(), e);
            }
        }
    }

    private static final ClassValue<List<Accessor>> ACCESSORS = new ClassValue<>() {
        @Override
        protected List<Accessor> computeValue(Class<?> type) {
            List<Accessor> accessors = new ArrayList<>();
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) { // a record's instance fields are its components
                    field.setAccessible(true);
                    accessors.add(new Accessor(field.getName(), field));
                }
            }
            return List.copyOf(accessors);
        }
    };
}
