package org.alvh.io.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one Jackson setup of the configuration: strict reading (no comments, no trailing tokens, a duplicate
 * key is an error, no default or polymorphic typing: only trees are read) and the §7 layout for writing
 * (2-space indent, {@code "key": value}, one array element per line, {@code \n} line ends).
 */
final class ConfigJson {

    /** Classpath location of the bundled defaults, a copy of {@code config/alvh.json}. */
    static final String DEFAULTS_RESOURCE = "/org/alvh/config/alvh-defaults.json";

    /** Strict tree mapper; never configured with default typing. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_YAML_COMMENTS,
                    JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    private static final ObjectWriter PRETTY = MAPPER.writer(layout());

    private ConfigJson() {
    }

    /** The parser factory of {@link #MAPPER}; its parsers detect duplicate keys. */
    static JsonFactory factory() {
        return MAPPER.getFactory();
    }

    /** A parser over the bytes with the strict features of {@link #MAPPER}. */
    static JsonParser parser(byte[] json) throws IOException {
        return factory().createParser(json);
    }

    /**
     * The bundled defaults as a fresh, mutable tree: a deep copy of the one tree parsed from the resource (on
     * first use), so a caller may change its copy freely.
     */
    static ObjectNode readDefaultsTree() {
        return ParsedDefaults.TREE.deepCopy();
    }

    /** The defaults resource parsed once; never handed out itself, only as deep copies. */
    private static final class ParsedDefaults {
        static final ObjectNode TREE = parseDefaults();

        private ParsedDefaults() {
        }
    }

    private static ObjectNode parseDefaults() {
        try (InputStream in = ConfigJson.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + DEFAULTS_RESOURCE);
            }
            JsonNode tree = MAPPER.readTree(in);
            if (!(tree instanceof ObjectNode object)) {
                throw new IllegalStateException(DEFAULTS_RESOURCE + " is not a JSON object");
            }
            return object;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULTS_RESOURCE, e);
        }
    }

    /** The tree in the §7 layout, ending with a line feed. */
    static String pretty(JsonNode tree) {
        try {
            return PRETTY.writeValueAsString(tree) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DefaultPrettyPrinter layout() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }
}
