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
        assertThatThrownBy(() -> ConfigJson.MAPPER.readTree(json)).isInstanceOf(JsonProcessingException.class);
    }
}
