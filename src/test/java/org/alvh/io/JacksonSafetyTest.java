package org.alvh.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.alvh.io.config.ConfigMapperAccess;
import org.alvh.io.config.ConfigReader;
import org.alvh.model.AlvhConfig;
import org.alvh.model.LoadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Jackson is used without polymorphic typing (docs/adr/0005): no mapper has a default typer, and no source file
 * turns default typing on or declares type information, so JSON from a file can never name a class to build.
 */
class JacksonSafetyTest {
    private static final Path MAIN_SOURCES = Path.of("src/main/java");
    private static final List<String> FORBIDDEN = List.of("enableDefaultTyping", "activateDefaultTyping",
            "JsonTypeInfo", "JsonSubTypes", "PolymorphicTypeValidator");

    static Stream<Map.Entry<String, ObjectMapper>> mappers() {
        // snapshot.json and history.json are read token by token (SnapshotJsonParser): no mapper there
        return Map.of("AuditJson", AuditJson.MAPPER, "ConfigJson", ConfigMapperAccess.mapper()).entrySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mappers")
    void theMapperHasNoDefaultTyping(Map.Entry<String, ObjectMapper> mapper) {
        ObjectMapper m = mapper.getValue();
        for (Class<?> type : List.of(Object.class, Map.class, List.class)) {
            JavaType t = m.constructType(type);
            assertThat(m.getSerializationConfig().getDefaultTyper(t)).as("%s writes %s", mapper.getKey(), type)
                    .isNull();
            assertThat(m.getDeserializationConfig().getDefaultTyper(t)).as("%s reads %s", mapper.getKey(), type)
                    .isNull();
        }
    }

    @Test
    void noSourceFileTurnsOnPolymorphicTyping() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                assertThat(FORBIDDEN).as(file.toString()).noneMatch(source::contains);
            }
        }
    }

    @Test
    void aTypeHintInTheConfigIsAnUnknownKey() {
        byte[] json = "{\"@class\": \"java.net.URL\", \"beta\": {\"@type\": \"java.lang.Runtime\"}}"
                .getBytes(StandardCharsets.UTF_8);

        LoadResult<AlvhConfig> result = new ConfigReader().read("alvh.json", json);

        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).extracting(p -> p.message()).anyMatch(m -> m.contains("@class"))
                .anyMatch(m -> m.contains("@type"));
    }
}
