package org.alvh.io.config;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A JSON tree together with where each key and value starts in the text, so that a problem found after
 * parsing can still name its line and column. Paths are dotted ({@code beta.windowDays}); array elements
 * are written {@code layer2.windowDays[0]}; the root is the empty path.
 */
final class LocatedTree {

    /** A 1-based line and column; {@link #UNKNOWN} is 0, 0. */
    record Position(int line, int column) {
        static final Position UNKNOWN = new Position(0, 0);

        static Position of(JsonLocation location) {
            if (location == null) {
                return UNKNOWN;
            }
            return new Position(Math.max(0, location.getLineNr()), Math.max(0, location.getColumnNr()));
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode root;
    private final Map<String, Position> keys;
    private final Map<String, Position> values;

    private LocatedTree(JsonNode root, Map<String, Position> keys, Map<String, Position> values) {
        this.root = root;
        this.keys = Map.copyOf(keys);
        this.values = Map.copyOf(values);
    }

    /** A tree without positions (e.g. one built in memory). */
    static LocatedTree unlocated(JsonNode root) {
        return new LocatedTree(root, Map.of(), Map.of());
    }

    /**
     * Parses one JSON document with the strict features of {@link ConfigJson#parser}.
     *
     * @return the tree, or null for an empty document
     * @throws ConfigSyntaxException on malformed JSON, a duplicate key or content after the document
     */
    static LocatedTree parse(byte[] json) throws ConfigSyntaxException {
        Builder builder = new Builder();
        try (JsonParser parser = ConfigJson.parser(json)) {
            if (parser.nextToken() == null) {
                return null;
            }
            JsonNode root = builder.value(parser, "");
            if (parser.nextToken() != null) {
                throw new ConfigSyntaxException("unexpected content after the end of the JSON document",
                        Position.of(parser.currentTokenLocation()));
            }
            return new LocatedTree(root, builder.keys, builder.values);
        } catch (ConfigSyntaxException e) {
            throw e;
        } catch (IOException e) {
            throw ConfigSyntaxException.from(e, builder.currentObjectPath);
        }
    }

    JsonNode root() {
        return root;
    }

    /** Where the key of a path starts; for array elements and the root, where the value starts. */
    Position keyPosition(String path) {
        return keys.getOrDefault(path, valuePosition(path));
    }

    /** Where the value of a path starts, or {@link Position#UNKNOWN}. */
    Position valuePosition(String path) {
        return values.getOrDefault(path, Position.UNKNOWN);
    }

    /** Joins a parent path and a key. */
    static String child(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    /** Builds nodes token by token, remembering positions. */
    private static final class Builder {
        final Map<String, Position> keys = new HashMap<>();
        final Map<String, Position> values = new HashMap<>();
        String currentObjectPath = "";

        JsonNode value(JsonParser p, String path) throws IOException {
            values.put(path, Position.of(p.currentTokenLocation()));
            JsonToken token = p.currentToken();
            return switch (token) {
                case START_OBJECT -> object(p, path);
                case START_ARRAY -> array(p, path);
                case VALUE_STRING -> NODES.textNode(p.getText());
                case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
                    case INT -> NODES.numberNode(p.getIntValue());
                    case LONG -> NODES.numberNode(p.getLongValue());
                    default -> NODES.numberNode(p.getBigIntegerValue());
                };
                case VALUE_NUMBER_FLOAT -> NODES.numberNode(p.getDoubleValue());
                case VALUE_TRUE -> NODES.booleanNode(true);
                case VALUE_FALSE -> NODES.booleanNode(false);
                case VALUE_NULL -> NODES.nullNode();
                default -> throw new IllegalStateException("unexpected token " + token);
            };
        }

        private ObjectNode object(JsonParser p, String path) throws IOException {
            ObjectNode node = NODES.objectNode();
            currentObjectPath = path;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                String childPath = child(path, name);
                keys.put(childPath, Position.of(p.currentTokenLocation()));
                p.nextToken();
                node.set(name, value(p, childPath));
                currentObjectPath = path;
            }
            return node;
        }

        private ArrayNode array(JsonParser p, String path) throws IOException {
            ArrayNode node = NODES.arrayNode();
            int index = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                node.add(value(p, path + "[" + index++ + "]"));
            }
            return node;
        }
    }
}
