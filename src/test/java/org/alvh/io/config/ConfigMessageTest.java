package org.alvh.io.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.alvh.model.LoadResult;
import org.alvh.model.AlvhConfig;
import org.alvh.model.Problem;
import org.junit.jupiter.api.Test;

/**
 * Issue 8 item 7: configuration problems carry the {@link Problem.Code#CONFIG} code, their messages hold no
 * parser internals (class or method names, character codes), and the "did you mean" hint never suggests the
 * key that was written. Before, a dotted key written flat got "unknown key 'beta.windowDays' (did you mean
 * 'beta.windowDays'?)" and a deep nesting named {@code StreamReadConstraints.getMaxNestingDepth()}.
 */
class ConfigMessageTest {

    private static Problem onlyProblem(String json) {
        LoadResult<AlvhConfig> result = new ConfigReader().read("t.json", json.getBytes(StandardCharsets.UTF_8));
        assertThat(result.errors()).hasSize(1);
        Problem p = result.errors().get(0);
        assertThat(p.code()).isEqualTo(Problem.Code.CONFIG);
        return p;
    }

    @Test
    void aDottedKeyWrittenFlatIsToldToNestNotToUseItself() {
        Problem p = onlyProblem("{\"beta.windowDays\": 60}");

        assertThat(p.toString()).isEqualTo("t.json:1:2: unknown key 'beta.windowDays' (write it nested:"
                + " {\"beta\": {\"windowDays\": ...}})");
    }

    @Test
    void aTooDeepNestingNamesNoParserInternals() {
        Problem p = onlyProblem("[".repeat(5000) + "]".repeat(5000));

        assertThat(p.message()).startsWith("invalid JSON").doesNotContain("`", "StreamReadConstraints", "get");
    }

    @Test
    void anUnexpectedCharacterNamesNoCharacterCode() {
        Problem p = onlyProblem("{\"beta\": }");

        assertThat(p.message()).startsWith("invalid JSON").doesNotContain("(code");
    }
}
