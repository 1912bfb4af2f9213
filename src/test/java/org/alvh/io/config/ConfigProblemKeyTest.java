package org.alvh.io.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** Each configuration problem carries the dotted key it concerns, also for an element of a list. */
class ConfigProblemKeyTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ConfigReader.Check check(String json) throws Exception {
        return new ConfigReader().check((ObjectNode) JSON.readTree(json));
    }

    @Test
    void aBadListElementIsKeyedByItsList() throws Exception {
        ConfigReader.Check c = check("{\"scenario\": {\"spxMoves\": [-10, 0, 2000]}}");
        assertThat(c.ok()).isFalse();
        assertThat(c.problems()).extracting(ConfigProblem::key).containsExactly("scenario.spxMoves");
        assertThat(c.problems().get(0).problem().message()).startsWith("scenario.spxMoves[2] ");
    }

    @Test
    void aBadShockFieldIsKeyedByTheShockList() throws Exception {
        ConfigReader.Check c = check("{\"scenario\": {\"historical\": [{\"name\": \"x\", \"spxPercent\": -150,"
                + " \"vixPoints\": 5, \"days\": 3}]}}");
        assertThat(c.problems()).extracting(ConfigProblem::key).containsExactly("scenario.historical");
    }

    @Test
    void aPlainKeyAndAnUnknownKeyAreKeyedAsWritten() throws Exception {
        ConfigReader.Check c = check("{\"layer1\": {\"base\": -1}, \"beta\": {\"nope\": 1}}");
        assertThat(c.problems()).extracting(ConfigProblem::key)
                .containsExactlyInAnyOrder("layer1.base", "beta.nope");
    }

    @Test
    void aValidTreeHasNoProblemsAndAValue() throws Exception {
        ConfigReader.Check c = check("{\"scenario\": {\"horizonDays\": [7, 14]}}");
        assertThat(c.ok()).isTrue();
        assertThat(c.value().scenario().horizonDays()).containsExactly(7, 14);
    }
}
