package org.alvh.io.config;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import org.alvh.io.config.ConfigRule.Bound;

/**
 * Checks every leaf of a merged configuration tree against its {@link ConfigRule}, collecting all problems.
 * Messages name the dotted key and say what is wanted and what was found:
 * {@code beta.windowDays must be a whole number >= 2, got 1.5}. A bound on another key is checked only
 * when that key is itself valid.
 */
final class ConfigValidator {

    private static final int SHOWN_MAX = 60;

    private final JsonNode merged;
    private final JsonNode overrides;
    private final ConfigProblems problems;

    private ConfigValidator(JsonNode merged, JsonNode overrides, ConfigProblems problems) {
        this.merged = merged;
        this.overrides = overrides;
        this.problems = problems;
    }

    /**
     * Checks every key of {@link ConfigKeys#all()} in the merged tree.
     *
     * @param overrides the tree the user wrote, to mark values that are still the default
     */
    static void validate(JsonNode merged, JsonNode overrides, ConfigProblems problems) {
        ConfigValidator validator = new ConfigValidator(merged, overrides, problems);
        for (ConfigKey key : ConfigKeys.all()) {
            validator.check(ConfigRules.byPath(key.path()));
        }
    }

    private void check(ConfigRule rule) {
        JsonNode node = ConfigTrees.at(merged, rule.path());
        switch (rule.kind()) {
            case NUMBER, INTEGER -> checkNumber(rule, node);
            case BOOLEAN -> require(rule, node, node.isBoolean());
            case ENUM -> require(rule, node, node.isTextual()
                    && rule.allowed().stream().anyMatch(a -> a.equalsIgnoreCase(node.asText())));
            case STRING_LIST -> checkStringList(rule, node);
            case STRING_MAP -> checkStringMap(rule, node);
            case DAY_CURVE -> checkDayCurve(rule, node);
            case DAY_WINDOW -> checkDayWindow(rule, node);
            case NUMBER_LIST, INTEGER_LIST -> checkNumberList(rule, node);
            case SHOCK_LIST -> checkShockList(rule, node);
        }
    }

    private void checkNumber(ConfigRule rule, JsonNode node) {
        Double value = validNumber(rule, node);
        boolean ok = value != null && rule.keyBounds().stream().allMatch(b -> {
            Double limit = otherValue(b.key());
            return limit == null || b.holds(value, limit);
        });
        require(rule, node, ok);
    }

    /** The value when it has the right type and meets the constant bounds, else null. */
    private static Double validNumber(ConfigRule rule, JsonNode node) {
        if (!node.isNumber() || !Double.isFinite(node.doubleValue())) {
            return null;
        }
        double value = node.doubleValue();
        if (rule.kind().isWhole() && !isInt(node)) {
            return null;
        }
        for (Bound b : rule.bounds()) {
            if (!b.refersToKey() && !b.holds(value, b.constant())) {
                return null;
            }
        }
        return value;
    }

    /** The value of another numeric key when it is valid on its own, else null. */
    private Double otherValue(String path) {
        return validNumber(ConfigRules.byPath(path), ConfigTrees.at(merged, path));
    }

    private void require(ConfigRule rule, JsonNode node, boolean ok) {
        if (!ok) {
            problems.atValue(rule.path(), rule.path() + " must be " + rule.requirement(this::otherValue)
                    + ", got " + shown(node) + (isDefault(rule.path()) ? " (the default)" : ""));
        }
    }

    /** True when the user's tree does not set the key, so the offending value is the default. */
    private boolean isDefault(String path) {
        return overrides != merged && ConfigTrees.at(overrides, path).isMissingNode();
    }

    private void checkStringList(ConfigRule rule, JsonNode node) {
        if (!node.isArray()) {
            require(rule, node, false);
            return;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode element = node.get(i);
            if (!isNonBlankText(element)) {
                String path = rule.path() + "[" + i + "]";
                problems.atValue(path, path + " must be a non-empty string, got " + shown(element));
            }
        }
    }

    private void checkStringMap(ConfigRule rule, JsonNode node) {
        if (!node.isObject()) {
            require(rule, node, false);
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String path = LocatedTree.child(rule.path(), entry.getKey());
            if (entry.getKey().isBlank()) {
                problems.atKey(path, rule.path() + " has an empty name");
            }
            if (!isNonBlankText(entry.getValue())) {
                problems.atValue(path, rule.path() + " '" + entry.getKey() + "' must map to a non-empty string, got "
                        + shown(entry.getValue()));
            }
        }
    }

    private void checkDayCurve(ConfigRule rule, JsonNode node) {
        if (!node.isObject() || node.isEmpty()) {
            require(rule, node, false);
            return;
        }
        Set<Integer> days = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String path = LocatedTree.child(rule.path(), entry.getKey());
            Integer day = parseDay(entry.getKey());
            if (day == null || day > ConfigRules.MAX_DAYS) {
                problems.atKey(path, rule.path() + " key " + shown(TextNode.valueOf(entry.getKey()))
                        + " must be a whole number of days from 0 to " + ConfigRules.MAX_DAYS);
            } else if (!days.add(day)) {
                problems.atKey(path, rule.path() + " names day " + day + " twice");
            }
            JsonNode beta = entry.getValue();
            if (!beta.isNumber() || !(beta.doubleValue() > 0 && beta.doubleValue() <= ConfigRules.MAX_FUTURES_BETA)) {
                problems.atValue(path, path + " must be a number > 0 and <= "
                        + ConfigRule.format(ConfigRules.MAX_FUTURES_BETA) + ", got " + shown(beta));
            }
        }
    }

    private void checkNumberList(ConfigRule rule, JsonNode node) {
        if (!node.isArray()) {
            require(rule, node, false);
            return;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode element = node.get(i);
            if (validNumber(rule, element) == null) {
                String path = rule.path() + "[" + i + "]";
                String wanted = rule.requirement(this::otherValue).replaceFirst("^a list of ", "");
                problems.atValue(path, path + " must be " + singular(wanted) + ", got " + shown(element));
            }
        }
    }

    /** "finite numbers > -100" becomes "a finite number > -100"; "whole numbers >= 0", "a whole number >= 0". */
    private static String singular(String plural) {
        return "a " + plural.replaceFirst("numbers", "number");
    }

    private void checkShockList(ConfigRule rule, JsonNode node) {
        if (!node.isArray()) {
            require(rule, node, false);
            return;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode shock = node.get(i);
            String path = rule.path() + "[" + i + "]";
            if (!shock.isObject()) {
                problems.atValue(path, path + " must be an object {name, spxPercent, vixPoints, days}, got "
                        + shown(shock));
                continue;
            }
            for (Iterator<String> names = shock.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!SHOCK_FIELDS.contains(name)) {
                    problems.atKey(LocatedTree.child(path, name), "unknown key '" + name + "' in " + path
                            + " (a shock has name, spxPercent, vixPoints and days)");
                }
            }
            if (!isNonBlankText(shock.path("name"))) {
                problems.atValue(fieldPath(shock, path, "name"), path + ".name must be a non-empty string, got " + shown(shock.get("name")));
            }
            JsonNode spx = shock.path("spxPercent");
            if (!spx.isNumber() || !Double.isFinite(spx.doubleValue()) || !(spx.doubleValue() > -100)) {
                problems.atValue(fieldPath(shock, path, "spxPercent"), path + ".spxPercent must be a finite number > -100, got " + shown(shock.get("spxPercent")));
            }
            JsonNode vix = shock.path("vixPoints");
            if (!vix.isNumber() || !Double.isFinite(vix.doubleValue())) {
                problems.atValue(fieldPath(shock, path, "vixPoints"), path + ".vixPoints must be a finite number, got " + shown(shock.get("vixPoints")));
            }
            JsonNode days = shock.path("days");
            if (!isInt(days) || days.asInt() < 0) {
                problems.atValue(fieldPath(shock, path, "days"), path + ".days must be a whole number >= 0, got " + shown(shock.get("days")));
            }
        }
    }

    /** The path of a shock's field when the shock has it (so the problem points at it), else the shock's. */
    private static String fieldPath(JsonNode shock, String shockPath, String field) {
        return shock.has(field) ? LocatedTree.child(shockPath, field) : shockPath;
    }

    private static final Set<String> SHOCK_FIELDS = Set.of("name", "spxPercent", "vixPoints", "days");

    private void checkDayWindow(ConfigRule rule, JsonNode node) {
        boolean ok = node.isArray() && node.size() == 2 && isInt(node.get(0)) && isInt(node.get(1))
                && node.get(0).asInt() >= 1 && node.get(0).asInt() <= node.get(1).asInt()
                && node.get(1).asInt() <= ConfigRules.MAX_DAYS;
        require(rule, node, ok);
    }

    /** A JSON number with a whole value in the int range ({@code 60} and {@code 60.0} both are). */
    static boolean isInt(JsonNode node) {
        if (node == null || !node.isNumber()) {
            return false;
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToInt();
        }
        double value = node.doubleValue();
        return value == Math.rint(value) && value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE;
    }

    private static boolean isNonBlankText(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank();
    }

    /** Whole days written as decimal digits, e.g. {@code "30"}; null otherwise. */
    private static Integer parseDay(String key) {
        if (key.isEmpty() || key.length() > 9 || !key.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return Integer.parseInt(key);
    }

    /** A value as the message shows it: its JSON text, shortened. */
    static String shown(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isNumber() && !Double.isFinite(node.doubleValue())) {
            return "a number too large for a double";
        }
        String text = node.toString();
        return text.length() <= SHOWN_MAX ? text : text.substring(0, SHOWN_MAX - 3) + "...";
    }

    /** The enum constant named case-insensitively by a validated enum value. */
    static <E extends Enum<E>> E enumValue(Class<E> type, JsonNode node) {
        return Enum.valueOf(type, node.asText().toUpperCase(Locale.ROOT));
    }
}
