package org.alvh.io.config;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;

/** Small helpers on configuration trees addressed by dotted paths. */
final class ConfigTrees {

    private ConfigTrees() {
    }

    /** The node at a dotted schema path (no dots inside key names), or a missing node. */
    static JsonNode at(JsonNode tree, String path) {
        return tree.at(pointer(path));
    }

    /** {@code beta.windowDays} -&gt; {@code /beta/windowDays}. */
    static JsonPointer pointer(String path) {
        StringBuilder sb = new StringBuilder();
        for (String segment : path.split("\\.")) {
            sb.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
        }
        return JsonPointer.compile(sb.toString());
    }
}
