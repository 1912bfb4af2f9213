package org.alvh.io.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shared mapper is strict on its own, not only through {@link ConfigReader}. */
class ConfigJsonTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"a\": 1, \"a\": 2}",
        "{\"a\": 1} {}",
        "// comment\n{}",
        "{\"a\": NaN}",
        "{'a': 1}",
        "{\"a\": [1,]}"
    })
    void mapperRejectsNonStrictJson(String json) {
        assertThatThrownBy(() -> ConfigJson.mapper().readTree(json)).isInstanceOf(JsonProcessingException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"a\": 1, \"a\": 2}",
        "// comment\n{}",
        "# comment\n{}",
        "{\"a\": NaN}",
        "{'a': 1}",
        "{a: 1}",
        "{\"a\": [1,]}",
        "{\"a\": 1,}"
    })
    void theParserEveryReadUsesRejectsNonStrictJson(String json) {
        assertThatThrownBy(() -> {
            try (var parser = ConfigJson.parser(json.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
                while (parser.nextToken() != null) {
                    parser.skipChildren();
                }
            }
        }).isInstanceOf(JsonProcessingException.class);
    }
}
