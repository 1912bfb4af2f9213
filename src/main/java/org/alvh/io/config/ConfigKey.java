package org.alvh.io.config;

import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One leaf key of the configuration, for the Parameters view and the audit.
 *
 * @param path         dotted key, e.g. {@code beta.windowDays}
 * @param jsonType     number, integer, boolean, string, array or object
 * @param defaultValue the default from {@code alvh-defaults.json} (a copy; do not modify)
 * @param requirement  what a valid value is, e.g. {@code a whole number >= 2}
 * @param description  one sentence from METHOD.md
 */
public record ConfigKey(String path, String jsonType, JsonNode defaultValue, String requirement,
                        String description) {

    public ConfigKey {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(jsonType, "jsonType");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(description, "description");
    }

    /** The section, e.g. {@code beta} for {@code beta.windowDays}; empty for a top-level key. */
    public String section() {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(0, dot);
    }
}
