package org.alvh.io.config;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What one leaf key of {@code config/alvh.json} may hold: its kind, its bounds and a sentence saying what
 * it does. The table of all rules is {@link ConfigRules#ALL}.
 *
 * @param path        dotted key, e.g. {@code beta.windowDays}
 * @param kind        the JSON shape the key takes
 * @param bounds      numeric bounds (for {@link Kind#NUMBER} and {@link Kind#INTEGER} only), all must hold
 * @param allowed     the allowed spellings (for {@link Kind#ENUM} only), as METHOD.md writes them
 * @param description one sentence from METHOD.md
 */
public record ConfigRule(String path, Kind kind, List<Bound> bounds, List<String> allowed, String description) {

    /** The JSON shapes a configuration leaf can take. */
    public enum Kind {
        /** A finite JSON number. */
        NUMBER("number", "a finite number"),
        /** A whole JSON number that fits in an int ({@code 60} or {@code 60.0}). */
        INTEGER("integer", "a whole number"),
        BOOLEAN("boolean", "true or false"),
        /** One of {@link ConfigRule#allowed()}, matched case-insensitively. */
        ENUM("string", "one of"),
        /** A list of non-empty strings. */
        STRING_LIST("array", "a list of non-empty strings"),
        /** An object mapping non-empty names to non-empty strings; replaced whole by an override. */
        STRING_MAP("object", "an object mapping names to non-empty strings"),
        /** An object mapping whole days 0..36500 (JSON keys) to numbers in (0, 100]; replaced whole. */
        DAY_CURVE("object", "a non-empty object mapping whole days from 0 to 36500 to numbers > 0 and <= 100"),
        /** A list of exactly two whole numbers {@code [min, max]} with {@code 1 <= min <= max <= 36500}. */
        DAY_WINDOW("array", "a list of two whole numbers [min, max] with 1 <= min <= max <= 36500"),
        /** A list of finite numbers, each meeting the rule's bounds; replaced whole by an override. */
        NUMBER_LIST("array", "a list of finite numbers"),
        /** A list of whole numbers, each meeting the rule's bounds; replaced whole by an override. */
        INTEGER_LIST("array", "a list of whole numbers"),
        /**
         * A list of historical shocks {@code {name, spxPercent, vixPoints, days}} (METHOD.md §9): a non-empty
         * name, {@code spxPercent > -100}, finite {@code vixPoints}, whole {@code days >= 0}.
         */
        SHOCK_LIST("array", "a list of objects {name, spxPercent, vixPoints, days}");

        private final String jsonType;
        private final String phrase;

        Kind(String jsonType, String phrase) {
            this.jsonType = jsonType;
            this.phrase = phrase;
        }

        /** The JSON schema type name: number, integer, boolean, string, array or object. */
        public String jsonType() {
            return jsonType;
        }

        /** True for the map-valued kinds that an override replaces whole. */
        public boolean isMap() {
            return this == STRING_MAP || this == DAY_CURVE;
        }

        /** True for the kinds whose bounds apply to a number (the value, or each element of a list). */
        public boolean isBounded() {
            return this == NUMBER || this == INTEGER || this == NUMBER_LIST || this == INTEGER_LIST;
        }

        /** True for the kinds whose values (or elements) must be whole numbers. */
        public boolean isWhole() {
            return this == INTEGER || this == INTEGER_LIST;
        }
    }

    /** A comparison operator of a bound. */
    public enum Op {
        GE(">="), GT(">"), LE("<="), LT("<"),
        /** A positive whole multiple of the limit (up to a relative 1e-9 for decimal steps). */
        MULTIPLE_OF("a positive multiple of");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        boolean holds(double value, double limit) {
            return switch (this) {
                case GE -> value >= limit;
                case GT -> value > limit;
                case LE -> value <= limit;
                case LT -> value < limit;
                case MULTIPLE_OF -> isPositiveMultiple(value, limit);
            };
        }

        private static boolean isPositiveMultiple(double value, double step) {
            if (!(value > 0) || !(step > 0)) {
                return false;
            }
            double ratio = value / step;
            return Math.abs(ratio - Math.rint(ratio)) <= 1e-9 * Math.max(1, ratio);
        }

        boolean isLower() {
            return this == GE || this == GT;
        }
    }

    /**
     * {@code value op limit}, the limit being a constant or the value of another key.
     *
     * @param op       the comparison
     * @param constant the limit when {@code key} is null
     * @param key      the dotted key whose value is the limit, or null
     */
    public record Bound(Op op, double constant, String key) {

        public Bound {
            Objects.requireNonNull(op, "op");
        }

        public boolean refersToKey() {
            return key != null;
        }

        /** True when {@code value op limit}. */
        public boolean holds(double value, double limit) {
            return op.holds(value, limit);
        }
    }

    public ConfigRule {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        bounds = List.copyOf(bounds);
        allowed = List.copyOf(allowed);
        if (!bounds.isEmpty() && !kind.isBounded()) {
            throw new IllegalArgumentException(path + ": bounds only apply to numbers");
        }
        if ((kind == Kind.ENUM) == allowed.isEmpty()) {
            throw new IllegalArgumentException(path + ": allowed values go with ENUM and only with ENUM");
        }
    }

    /** The bounds that compare with another key. */
    public List<Bound> keyBounds() {
        return bounds.stream().filter(Bound::refersToKey).toList();
    }

    /** The requirement without the values of other keys, e.g. {@code a whole number >= 2 and <= beta.windowDays}. */
    public String requirement() {
        return requirement(key -> null);
    }

    /**
     * The requirement as a phrase, e.g. {@code a whole number >= 2 and <= beta.windowDays (60)}.
     *
     * @param valueOf the current value of another key, or null when unknown or invalid
     */
    public String requirement(Function<String, Double> valueOf) {
        if (kind == Kind.ENUM) {
            return "one of " + String.join(", ", allowed);
        }
        if (bounds.isEmpty()) {
            return kind.phrase;
        }
        List<String> parts = new ArrayList<>();
        List<Bound> constants = bounds.stream().filter(b -> !b.refersToKey()).toList();
        if (constants.size() == 2 && constants.get(0).op().isLower() && !constants.get(1).op().isLower()) {
            Bound lo = constants.get(0);
            Bound hi = constants.get(1);
            parts.add("in " + (lo.op() == Op.GE ? "[" : "(") + format(lo.constant()) + ", "
                    + format(hi.constant()) + (hi.op() == Op.LE ? "]" : ")"));
        } else {
            constants.forEach(b -> parts.add(b.op().symbol() + " " + format(b.constant())));
        }
        for (Bound b : keyBounds()) {
            Double other = valueOf.apply(b.key());
            parts.add(b.op().symbol() + " " + b.key() + (other == null ? "" : " (" + format(other) + ")"));
        }
        return kind.phrase + " " + String.join(" and ", parts);
    }

    /** A number as a person writes it: {@code 2}, {@code 0.5}, {@code -1}. */
    static String format(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
