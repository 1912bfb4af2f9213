package org.alvh.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.Timer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.formdev.flatlaf.FlatClientProperties;

import org.alvh.io.config.ConfigKey;
import org.alvh.io.config.ConfigProblem;
import org.alvh.io.config.ConfigKeys;
import org.alvh.io.config.ConfigReader;
import org.alvh.io.config.ConfigWriter;
import org.alvh.model.AlvhConfig;

/**
 * Parameters (Ctrl+6): every key of {@link ConfigKeys} with its default and rule, editable. Each edit is
 * checked by {@link ConfigReader#fromTree} (the same rules as a file); an invalid field is outlined in red
 * with the reason; a valid set is handed on after a short pause (debounced) for a recompute. Tracks whether
 * the set differs from what was last loaded or saved; Save, Save As, Open and Reset live in the window's
 * actions, which ask before discarding.
 */
final class ParametersView {
    static final int DEBOUNCE_MS = 400;

    private final JPanel root = new JPanel(new BorderLayout());
    private final Map<String, ParameterField> fields = new LinkedHashMap<>();
    private final JLabel state = new JLabel();
    private final Timer debounce;
    private final Consumer<AlvhConfig> onValidChange;
    private AlvhConfig current = ConfigReader.defaults();
    private AlvhConfig pending;
    private Path file;
    private boolean dirty;
    private boolean filling;

    ParametersView(Consumer<AlvhConfig> onValidChange, Map<String, Runnable> actions) {
        this.onValidChange = onValidChange;
        debounce = new Timer(DEBOUNCE_MS, e -> fire());
        debounce.setRepeats(false);

        JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEFT, 8, 4));
        actions.forEach((label, action) -> {
            JButton b = new JButton(label);
            b.setName("params." + label.replace("…", "").replace(" ", ""));
            b.addActionListener(e -> action.run());
            bar.add(b);
        });
        state.setName("paramsState");
        bar.add(state);
        root.add(bar, BorderLayout.NORTH);

        JPanel form = new JPanel(new GridBagLayout());
        form.setBorder(BorderFactory.createEmptyBorder(4, 12, 12, 12));
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(2, 4, 2, 8);
        c.anchor = GridBagConstraints.WEST;
        int row = 0;
        String section = null;
        for (ConfigKey key : ConfigKeys.all()) {
            String s = key.section().isEmpty() ? "general" : key.section();
            if (!s.equals(section)) {
                section = s;
                c.gridx = 0;
                c.gridy = row++;
                c.gridwidth = 5;
                c.insets = new Insets(row == 1 ? 4 : 14, 4, 4, 8);
                form.add(Tables.heading(section), c);
                c.gridwidth = 1;
                c.insets = new Insets(2, 4, 2, 8);
            }
            ParameterField field = new ParameterField(key, this::edited);
            fields.put(key.path(), field);
            JLabel human = new JLabel(wrap(key.description(), 210));
            human.setName("paramLabel." + key.path());
            human.setToolTipText(field.editor().getToolTipText());
            human.setLabelFor(field.editor());
            JLabel name = small(key.path());
            name.setToolTipText(field.editor().getToolTipText());
            c.gridy = row++;
            c.gridx = 0;
            c.fill = GridBagConstraints.NONE;
            c.weightx = 0;
            form.add(human, c);
            c.gridx = 1;
            form.add(name, c);
            c.gridx = 2;
            c.fill = GridBagConstraints.HORIZONTAL;
            c.weightx = 0.6;
            form.add(field.editor(), c);
            c.weightx = 0.4;
            c.gridx = 3;
            c.fill = GridBagConstraints.NONE;
            String hint = ParameterField.hint(key);
            form.add(small(wrap((hint == null ? "" : "JSON text; ") + "default " + compact(key.defaultValue()) + "; "
                    + key.requirement(), 170)), c);
        }
        c.gridy = row;
        c.weighty = 1;
        form.add(new JPanel(), c);
        JScrollPane scroll = new JScrollPane(form);
        scroll.getVerticalScrollBar().setUnitIncrement(16);
        root.add(scroll, BorderLayout.CENTER);
        show(current, null);
    }

    JComponent component() {
        return root;
    }

    /** The last valid set (what the engine gets). */
    AlvhConfig config() {
        return current;
    }

    Path file() {
        return file;
    }

    /** True when the fields differ from what was last loaded, saved or reset. */
    boolean isDirty() {
        return dirty;
    }

    boolean hasErrors() {
        return fields.values().stream().anyMatch(ParameterField::hasError);
    }

    /** Shows a set (loaded, reset or saved) as the new clean state; does not fire a change. */
    void show(AlvhConfig config, Path from) {
        ObjectNode tree = ConfigWriter.toTree(config);
        filling = true;
        try {
            for (ParameterField f : fields.values()) {
                f.set(at(tree, f.key().path()));
                f.error(null);
            }
        } finally {
            filling = false;
        }
        debounce.stop();
        current = config;
        file = from;
        dirty = false;
        updateState();
    }

    /** The set was saved to {@code to}: it is now the clean state. */
    void saved(Path to) {
        file = to;
        dirty = false;
        updateState();
    }

    private void edited() {
        if (filling) {
            return;
        }
        dirty = true;
        ObjectNode overrides = JsonNodeFactory.instance.objectNode();
        List<ParameterField> unparsable = new ArrayList<>();
        for (ParameterField f : fields.values()) {
            try {
                JsonNode value = f.value();
                put(overrides, f.key().path(), value);
                f.error(null);
            } catch (ParameterField.InvalidText e) {
                f.error(e.getMessage());
                unparsable.add(f);
            }
        }
        ConfigReader.Check checked = new ConfigReader().check(overrides);
        for (ConfigProblem p : checked.problems()) {
            ParameterField f = fields.get(p.key());
            if (f != null && !unparsable.contains(f)) {
                f.error(p.problem().message());
            }
        }
        if (unparsable.isEmpty() && checked.ok()) {
            pending = checked.value();
            debounce.restart();
        } else {
            pending = null;
            debounce.stop();
        }
        updateState();
    }

    private void fire() {
        if (pending != null && !pending.equals(current)) {
            current = pending;
            onValidChange.accept(current);
        }
        pending = null;
        updateState();
    }

    private void updateState() {
        String name = file == null ? "defaults (not saved)" : file.getFileName().toString();
        String status = hasErrors() ? " — invalid values, not applied" : dirty ? " — modified" : "";
        state.setText(name + status);
        // a style, not setForeground: the colour is looked up again when the theme changes
        state.putClientProperty(FlatClientProperties.STYLE, hasErrors() ? "foreground: $Alvh.status.error" : null);
    }

    private static JLabel small(String text) {
        JLabel l = new JLabel(text);
        l.putClientProperty(FlatClientProperties.STYLE_CLASS, "small");
        l.putClientProperty(FlatClientProperties.STYLE, "foreground: $Label.disabledForeground");
        return l;
    }

    /** HTML that wraps at {@code width} pixels (escaped). */
    private static String wrap(String text, int width) {
        return "<html><div style='width:" + width + "px'>" + text.replace("&", "&amp;").replace("<", "&lt;")
                .replace(">", "&gt;") + "</div></html>";
    }

    private static String compact(JsonNode v) {
        String s = v.isValueNode() ? v.asText() : v.toString();
        return s.length() > 40 ? s.substring(0, 37) + "…" : s;
    }

    private static JsonNode at(JsonNode tree, String path) {
        JsonNode node = tree;
        for (String part : path.split("\\.")) {
            node = node.get(part);
        }
        return node;
    }

    private static void put(ObjectNode tree, String path, JsonNode value) {
        String[] parts = path.split("\\.");
        ObjectNode node = tree;
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.withObjectProperty(parts[i]);
        }
        node.set(parts[parts.length - 1], value);
    }
}
