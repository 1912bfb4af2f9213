package org.alvh.ui;

import java.util.List;

import org.alvh.io.config.ConfigChanges;
import org.alvh.model.AlvhConfig;

/**
 * The keys of a parameter set that differ from the defaults ({@link ConfigChanges}), and the short phrase the
 * window's title, status line and Layers header show for them.
 */
final class ParameterChanges {
    private ParameterChanges() {
    }

    static List<String> of(AlvhConfig config) {
        return ConfigChanges.of(config);
    }

    /** A short phrase for the title and status line: "", or e.g. "edited parameters (2 changed)". */
    static String summary(List<String> changes) {
        return changes.isEmpty() ? "" : "edited parameters (" + Formats.count(changes.size(), "change",
                "changes") + ")";
    }
}
