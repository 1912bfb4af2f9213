package org.alvh.io.config;

import java.io.IOException;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;

/** A configuration file that is not one well-formed JSON document without duplicate keys. */
final class ConfigSyntaxException extends Exception {

    /** Jackson's "[Source: ...; line: 3, column: 5]" inside a message, e.g. where an unclosed object starts. */
    private static final Pattern SOURCE_WITH_LINE =
            Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");

    /** Any other "[Source: ...]"; it only repeats the (redacted) input description. */
    private static final Pattern SOURCE = Pattern.compile("\\s*(at )?\\[Source: [^\\]]*\\]");

    private final LocatedTree.Position position;

    ConfigSyntaxException(String message, LocatedTree.Position position) {
        super(message, null, false, false);
        this.position = position;
    }

    LocatedTree.Position position() {
        return position;
    }

    /**
     * Turns a Jackson failure into a readable sentence with its position.
     *
     * @param objectPath dotted path of the object being read, to name a duplicate key in full
     */
    /**
     * Pieces of a parser message that name the library rather than the file: {@code , from
     * `StreamReadConstraints.getMaxNestingDepth()`}, {@code (code 125)}, {@code (CTRL-CHAR, code 1)}.
     */
    private static final Pattern INTERNALS = Pattern.compile(
            ",?\\s*from `[^`]*`|\\s*\\((?:CTRL-CHAR, )?code \\d+\\)|`[A-Za-z.]+\\(\\)`");

    static ConfigSyntaxException from(IOException e, String objectPath) {
        if (!(e instanceof JsonProcessingException jpe)) {
            return new ConfigSyntaxException("cannot read the file: " + (e.getMessage() == null ? "read error"
                    : e.getMessage()), LocatedTree.Position.UNKNOWN);
        }
        LocatedTree.Position position = LocatedTree.Position.of(jpe.getLocation());
        String original = jpe.getOriginalMessage() == null ? "malformed JSON" : jpe.getOriginalMessage();
        if (original.startsWith("Duplicate") && jpe.getProcessor() instanceof JsonParser parser
                && parser.getParsingContext() != null && parser.getParsingContext().getCurrentName() != null) {
            String key = LocatedTree.child(objectPath, parser.getParsingContext().getCurrentName());
            return new ConfigSyntaxException("duplicate key '" + key + "'", position);
        }
        String withLines = SOURCE_WITH_LINE.matcher(original).replaceAll("line $1, column $2");
        String readable = SOURCE.matcher(withLines).replaceAll("").replace('\n', ' ').trim();
        readable = INTERNALS.matcher(readable).replaceAll("").replaceAll("\\s+", " ").trim();
        return new ConfigSyntaxException("invalid JSON: " + readable, position);
    }
}
