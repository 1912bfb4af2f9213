package org.alvh.io.config;

import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Lays an override tree over a copy of the defaults (METHOD.md §7): objects merge key by key; lists, the
 * map-valued keys and scalars replace the default whole. A key the defaults do not have, or a non-object
 * where the defaults have a section, is reported and left at its default.
 */
final class ConfigMerger {

    private ConfigMerger() {
    }

    /**
     * @param defaults  the defaults tree (not modified)
     * @param overrides the parsed override file
     * @param problems  where unknown keys and misplaced sections go
     * @return a new tree: the defaults with every acceptable override applied
     */
    static ObjectNode merge(ObjectNode defaults, JsonNode overrides, ConfigProblems problems) {
        ObjectNode merged = defaults.deepCopy();
        if (!overrides.isObject()) {
            problems.atValue("", "the configuration must be a JSON object, got " + ConfigValidator.shown(overrides));
            return merged;
        }
        overlay(merged, overrides, "", problems);
        return merged;
    }

    private static void overlay(ObjectNode target, JsonNode override, String path, ConfigProblems problems) {
        for (Iterator<Map.Entry<String, JsonNode>> it = override.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String childPath = LocatedTree.child(path, field.getKey());
            JsonNode current = target.get(field.getKey());
            JsonNode value = field.getValue();
            if (current == null) {
                problems.atKey(childPath, unknownKey(childPath));
            } else if (current.isObject() && !ConfigRules.isMapValued(childPath)) {
                if (value.isObject()) {
                    overlay((ObjectNode) current, value, childPath, problems);
                } else {
                    problems.atValue(childPath, childPath + " must be an object, got " + ConfigValidator.shown(value));
                }
            } else {
                target.set(field.getKey(), value);
            }
        }
    }

    /** {@code unknown key 'beta.windowDay' (did you mean 'beta.windowDays'?)}. */
    static String unknownKey(String path) {
        String message = "unknown key '" + path + "'";
        String suggestion = closest(path, ConfigKeys.allPaths());
        if (suggestion == null) {
            return message;
        }
        if (suggestion.equals(path)) {
            // a dotted name written as one key, e.g. {"beta.windowDays": 60}: the hint is the nesting
            int dot = path.indexOf('.');
            return message + " (write it nested: {\"" + path.substring(0, dot) + "\": {\"" + path.substring(dot + 1)
                    .replace(".", "\": {\"") + "\": ...}})";
        }
        return message + " (did you mean '" + suggestion + "'?)";
    }

    /** The known path nearest to the given one, or null when none is near. */
    static String closest(String path, List<String> known) {
        String lower = path.toLowerCase(Locale.ROOT);
        String lastSegment = lower.substring(lower.lastIndexOf('.') + 1);
        int allowed = Math.max(2, lower.length() / 4);
        String best = known.stream()
                .min(Comparator.comparingInt(k -> distance(lower, k.toLowerCase(Locale.ROOT))))
                .filter(k -> distance(lower, k.toLowerCase(Locale.ROOT)) <= allowed)
                .orElse(null);
        if (best != null) {
            return best;
        }
        // the right key in the wrong section, e.g. "windowDays" at the top level
        return known.stream()
                .filter(k -> k.toLowerCase(Locale.ROOT).endsWith("." + lastSegment))
                .findFirst()
                .orElse(null);
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
