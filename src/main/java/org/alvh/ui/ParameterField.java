package org.alvh.ui;

import java.awt.event.ItemEvent;

import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JTextField;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.formdev.flatlaf.FlatClientProperties;

import org.alvh.io.config.ConfigKey;
import org.alvh.io.config.ConfigRule;
import org.alvh.io.config.ConfigRules;

/**
 * The editor of one configuration key: a check box for booleans, a combo box for enumerations, a text field
 * holding JSON for everything else (numbers as {@code 0.4}, lists as {@code ["FOMC", "CPI"]}). A value that
 * is not valid is shown with {@link FlatClientProperties#OUTLINE_ERROR} and its reason as the tooltip.
 */
final class ParameterField {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final ConfigKey key;
    private final JComponent editor;
    private final String tooltip;

    ParameterField(ConfigKey key, Runnable onEdit) {
        this.key = key;
        String hint = hint(key);
        this.tooltip = "<html>" + escape(key.description()) + "<br><i>" + escape(key.requirement()) + "</i>"
                + (hint == null ? "" : "<br>" + escape(hint)) + "</html>";
        ConfigRule rule = ConfigRules.byPath(key.path());
        if ("boolean".equals(key.jsonType())) {
            JCheckBox box = new JCheckBox();
            box.addItemListener(e -> onEdit.run());
            editor = box;
        } else if (rule != null && rule.kind() == ConfigRule.Kind.ENUM) {
            JComboBox<String> combo = new JComboBox<>(rule.allowed().toArray(String[]::new));
            combo.addItemListener(e -> {
                if (e.getStateChange() == ItemEvent.SELECTED) {
                    onEdit.run();
                }
            });
            editor = combo;
        } else {
            JTextField field = new JTextField(14);
            if (hint != null) {
                field.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, hint);
            }
            OnTextChange.listen(field, onEdit);
            editor = field;
        }
        editor.setName("param." + key.path());
        editor.setToolTipText(tooltip);
    }

    ConfigKey key() {
        return key;
    }

    /**
     * How to type a list- or object-valued key (e.g. {@code scenario.spxMoves}) as JSON text, with an example
     * of its shape; null for the other keys.
     */
    static String hint(ConfigKey key) {
        return switch (key.jsonType()) {
            case "array" -> "JSON text: a list in [ ], items separated by commas, e.g. " + example(key);
            case "object" -> "JSON text: an object in { }, e.g. " + example(key);
            default -> null;
        };
    }

    /** The first item of the default (or the whole default when it is short), as JSON. */
    private static String example(ConfigKey key) {
        JsonNode d = key.defaultValue();
        String whole = d.toString();
        if (whole.length() <= 40 || !d.isArray() || d.isEmpty()) {
            return whole.length() <= 80 ? whole : whole.substring(0, 77) + "…";
        }
        return "[" + d.get(0) + ", …]";
    }

    JComponent editor() {
        return editor;
    }

    /** Shows a value (a JSON node of the key's shape) without judging it. */
    void set(JsonNode value) {
        if (editor instanceof JCheckBox box) {
            box.setSelected(value.asBoolean());
        } else if (editor instanceof JComboBox<?> combo) {
            String text = value.asText();
            for (int i = 0; i < combo.getItemCount(); i++) {
                if (combo.getItemAt(i).toString().equalsIgnoreCase(text)) {
                    combo.setSelectedIndex(i);
                }
            }
        } else {
            ((JTextField) editor).setText(value.isValueNode() ? value.asText() : value.toString());
        }
    }

    /** The value typed, as JSON; throws with a readable message when it is not JSON. */
    JsonNode value() throws InvalidText {
        if (editor instanceof JCheckBox box) {
            return BooleanNode.valueOf(box.isSelected());
        }
        if (editor instanceof JComboBox<?> combo) {
            return TextNode.valueOf(String.valueOf(combo.getSelectedItem()));
        }
        String text = ((JTextField) editor).getText().trim();
        if (text.isEmpty()) {
            throw new InvalidText(key.path() + " is empty; it must be " + key.requirement());
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            String shape = switch (key.jsonType()) {
                case "number", "integer" -> "a number with a '.' decimal point, e.g. 0.4";
                case "array" -> "a JSON list, e.g. " + example(key);
                case "object" -> "a JSON object, e.g. " + example(key);
                default -> "JSON";
            };
            throw new InvalidText(key.path() + ": '" + text + "' is not " + shape);
        }
    }

    /** Marks the field invalid with the reason, or valid (null). */
    void error(String message) {
        editor.putClientProperty(FlatClientProperties.OUTLINE, message == null ? null
                : FlatClientProperties.OUTLINE_ERROR);
        editor.setToolTipText(message == null ? tooltip : "<html><b>" + escape(message) + "</b><br>"
                + tooltip.substring("<html>".length()));
    }

    boolean hasError() {
        return FlatClientProperties.OUTLINE_ERROR.equals(editor.getClientProperty(FlatClientProperties.OUTLINE));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A field whose text is not JSON of the right shape. */
    static final class InvalidText extends Exception {
        InvalidText(String message) {
            super(message);
        }
    }
}
