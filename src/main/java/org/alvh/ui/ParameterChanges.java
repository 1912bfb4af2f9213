package org.alvh.ui;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.alvh.io.config.ConfigKey;
import org.alvh.io.config.ConfigKeys;
import org.alvh.io.config.ConfigWriter;
import org.alvh.model.AlvhConfig;

/**
 * The keys of a parameter set that differ from the defaults, each as {@code path = value (default d)}, in §7
 * key order; empty for the defaults. The window's title, status line, Layers header and exported files say
 * which parameters a result was computed with from this list.
 */
final class ParameterChanges {
    private ParameterChanges() {
    }

    static List<String> of(AlvhConfig config) {
        List<String> changes = new ArrayList<>();
        walk(ConfigWriter.diffFromDefaults(config), "", changes);
        return List.copyOf(changes);
    }

    /** A short phrase for the title and status line: "", or e.g. "edited parameters (2 changed)". */
    static String summary(List<String> changes) {
        return changes.isEmpty() ? "" : "edited parameters (" + Formats.count(changes.size(), "change",
                "changes") + ")";
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
