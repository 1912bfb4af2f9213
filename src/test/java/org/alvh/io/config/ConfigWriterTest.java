package org.alvh.io.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.alvh.model.AlvhConfig;
import org.alvh.model.LoadResult;

class ConfigWriterTest {

    private final ConfigReader reader = new ConfigReader();

    @Test
    void defaultsAreWrittenExactlyAsTheProjectConfigFile() throws IOException {
        String projectFile = Files.readString(Path.of("config/alvh.json"), StandardCharsets.UTF_8);

        assertThat(ConfigWriter.toJson(ConfigReader.defaults())).isEqualTo(projectFile);
    }

    @Test
    void defaultsRoundTripThroughAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("alvh.json");

        ConfigWriter.write(ConfigReader.defaults(), file);
        LoadResult<AlvhConfig> back = reader.read(file);

        assertThat(back.problems()).isEmpty();
        assertThat(back.value()).isEqualTo(ConfigReader.defaults());
    }

    @Test
    void changedConfigurationRoundTripsAndKeepsItsChanges(@TempDir Path dir) throws IOException {
        AlvhConfig changed = read("{\"returns\": \"simple\", \"beta\": {\"windowDays\": 90, \"blume\": true},"
                + " \"layer1\": {\"butterflyWidth\": 2.5}, \"layer2\": {\"pcfReference\": 12.5},"
                + " \"sectors\": {\"aliases\": {\"b\": \"B\", \"a\": \"A\"}},"
                + " \"volBeta\": {\"futuresBeta\": {\"45\": 0.5, \"0\": 1}}}");
        Path file = dir.resolve("changed.json");

        ConfigWriter.write(changed, file);

        assertThat(reader.read(file).value()).isEqualTo(changed);
        String text = Files.readString(file);
        assertThat(text).contains("\"returns\": \"simple\"", "\"butterflyWidth\": 2.5", "\"pcfReference\": 12.5",
                "\"0\": 1.0,\n      \"45\": 0.5");
        assertThat(text.indexOf("\"a\": \"A\"")).isLessThan(text.indexOf("\"b\": \"B\""));
    }

    @Test
    void wholeValueOfAKeyWrittenWithoutDecimalPointStaysSo() {
        AlvhConfig changed = read("{\"spx\": {\"strikeStep\": 10.0}, \"vix\": {\"strikeStep\": 2}}");

        String text = ConfigWriter.toJson(changed);

        assertThat(text).contains("\"strikeStep\": 10\n", "\"strikeStep\": 2.0,\n");
    }

    @Test
    void diffOfTheDefaultsIsEmpty() {
        assertThat(ConfigWriter.diffFromDefaults(ConfigReader.defaults())).isEmpty();
    }

    @Test
    void diffHoldsOnlyTheChangedKeysAndReadsBackToTheSameConfiguration() throws IOException {
        String overrides = "{\"beta\": {\"windowDays\": 90}, \"events\": {\"types\": [\"FOMC\"]},"
                + " \"layer3\": {\"windowDays\": [80, 120]}}";
        AlvhConfig changed = read(overrides);

        JsonNode diff = ConfigWriter.diffFromDefaults(changed);

        assertThat(diff).isEqualTo(ConfigJson.mapper().readTree(overrides));
        assertThat(reader.fromTree(diff).value()).isEqualTo(changed);
    }

    @Test
    void writeReplacesAnExistingFileAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("alvh.json");
        Files.writeString(file, "old content");

        ConfigWriter.writeTree(ConfigWriter.diffFromDefaults(read("{\"weights\": {\"topN\": 0}}")), file);

        assertThat(Files.readString(file)).isEqualTo("{\n  \"weights\": {\n    \"topN\": 0\n  }\n}\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.toList()).isEqualTo(List.of(file));
        }
    }

    @Test
    void emptyListIsWrittenAsEmptyBrackets() {
        AlvhConfig changed = read("{\"events\": {\"types\": []}}");

        assertThat(ConfigWriter.toJson(changed)).contains("\"types\": []");
        assertThat(reader.fromTree(ConfigWriter.toTree(changed)).value()).isEqualTo(changed);
    }

    private AlvhConfig read(String json) {
        LoadResult<AlvhConfig> result = reader.read("test.json", json.getBytes(StandardCharsets.UTF_8));
        assertThat(result.problems()).as(json).isEmpty();
        return result.value();
    }
}
