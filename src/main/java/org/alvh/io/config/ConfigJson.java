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

    /**
     * The strict parser factory: every config read goes through it, token by token ({@link LocatedTree}), so that
     * reading a configuration never builds an {@code ObjectMapper}, whose set-up (date formats, locale data) cost
     * about a tenth of a second of every cold start. The features are turned off one call each: the builder's
     * two-argument {@code disable(first, other...)} turns the others ON in Jackson 2.17 (ConfigJsonTest).
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .disable(JsonReadFeature.ALLOW_YAML_COMMENTS)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .disable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .disable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private ConfigJson() {
    }

    /** A parser over the bytes with the strict features: a duplicate key is an error. */
    static JsonParser parser(byte[] json) throws IOException {
        return FACTORY.createParser(json);
    }

    /**
     * The tree mapper over the strict factory, for writing in the §7 layout (and for tests); never configured
     * with default typing. Built on first use.
     */
    static ObjectMapper mapper() {
        return Writing.MAPPER;
    }

    /** The mapper and the §7 writer, built only when something is written. */
    private static final class Writing {
        static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .build();
        static final ObjectWriter PRETTY = MAPPER.writer(layout());

        private Writing() {
        }
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
            LocatedTree tree = LocatedTree.parse(in.readAllBytes());
            if (tree == null || !(tree.root() instanceof ObjectNode object)) {
                throw new IllegalStateException(DEFAULTS_RESOURCE + " is not a JSON object");
            }
            return object;
        } catch (ConfigSyntaxException e) {
            throw new IllegalStateException(DEFAULTS_RESOURCE + " is not valid JSON: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULTS_RESOURCE, e);
        }
    }

    /** The tree in the §7 layout, ending with a line feed. */
    static String pretty(JsonNode tree) {
        try {
            return Writing.PRETTY.writeValueAsString(tree) + "\n";
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
