package org.alvh.io.config;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Every leaf key of the configuration in the order of {@code alvh-defaults.json}, each with its default
 * (from the defaults tree) and its requirement and description (from {@link ConfigRules}). Lists and the
 * map-valued keys are leaves.
 */
public final class ConfigKeys {

    private static final ObjectNode DEFAULTS = ConfigJson.readDefaultsTree();

    private static final List<ConfigKey> ALL = build(DEFAULTS);

    private static final List<String> ALL_PATHS = allPaths(DEFAULTS);

    private ConfigKeys() {
    }

    /** Every leaf key, in file order. */
    public static List<ConfigKey> all() {
        return ALL;
    }

    /** The key of a dotted path, if it is a leaf. */
    public static Optional<ConfigKey> find(String path) {
        return ALL.stream().filter(k -> k.path().equals(path)).findFirst();
    }

    /** Dotted paths of every section and leaf (for suggestions). */
    static List<String> allPaths() {
        return ALL_PATHS;
    }

    /** The dotted paths of the leaves of a tree, in order (sections recursed into, map-valued keys not). */
    static List<String> leafPaths(JsonNode tree) {
        List<String> paths = new ArrayList<>();
        walk(tree, "", paths, false);
        return paths;
    }

    private static List<String> allPaths(ObjectNode defaults) {
        List<String> paths = new ArrayList<>();
        walk(defaults, "", paths, true);
        return List.copyOf(paths);
    }

    private static void walk(JsonNode node, String path, List<String> out, boolean withSections) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String childPath = LocatedTree.child(path, field.getKey());
            if (field.getValue().isObject() && !ConfigRules.isMapValued(childPath)) {
                if (withSections) {
                    out.add(childPath);
                }
                walk(field.getValue(), childPath, out, withSections);
            } else {
                out.add(childPath);
            }
        }
    }

    private static List<ConfigKey> build(ObjectNode defaults) {
        List<ConfigKey> keys = new ArrayList<>();
        for (String path : leafPaths(defaults)) {
            ConfigRule rule = ConfigRules.byPath(path);
            if (rule == null) {
                throw new IllegalStateException("no rule in ConfigRules for default key " + path);
            }
            keys.add(new ConfigKey(path, rule.kind().jsonType(), ConfigTrees.at(defaults, path).deepCopy(),
                    rule.requirement(), rule.description()));
        }
        if (keys.size() != ConfigRules.ALL.size()) {
            throw new IllegalStateException("ConfigRules has rules for keys the defaults do not have");
        }
        return List.copyOf(keys);
    }
}
