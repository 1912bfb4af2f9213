package org.alvh.io.config;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.alvh.model.AlvhConfig;

/**
 * The keys of a parameter set that differ from the defaults, each as {@code path = value (default d)}, in §7
 * key order; empty for the defaults. One home for the window (title, status line, export) and the command
 * line (the export companion file).
 */
public final class ConfigChanges {
    private ConfigChanges() {
    }

    public static List<String> of(AlvhConfig config) {
        List<String> changes = new ArrayList<>();
        walk(ConfigWriter.diffFromDefaults(config), "", changes);
        return List.copyOf(changes);
    }

    private static void walk(JsonNode node, String path, List<String> out) {
        if (node.isObject() && (path.isEmpty() || ConfigKeys.find(path).isEmpty())) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                walk(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out);
            }
            return;
        }
        String value = node.isValueNode() ? node.asText() : node.toString();
        String def = ConfigKeys.find(path).map(ConfigKey::defaultValue)
                .map(d -> d.isValueNode() ? d.asText() : d.toString()).orElse("none");
        out.add(path + " = " + value + " (default " + def + ")");
    }
}
