package org.alvh.io.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.alvh.model.AlvhConfig;
import org.alvh.model.AlvhConfig.DayWindow;
import org.alvh.model.AlvhConfig.Layer1Instrument;
import org.alvh.model.AlvhConfig.Layer2Instrument;
import org.alvh.model.AlvhConfig.Layer3Instrument;
import org.alvh.model.AlvhConfig.ReturnType;
import org.alvh.model.AlvhConfig.Trigger;
import org.alvh.model.LoadResult;
import org.alvh.model.Problem;

/** Reading, merging and binding valid configurations; bad ones are in {@link ConfigErrorsTest}. */
class ConfigReaderTest {

    private static final Path PROJECT_CONFIG = Path.of("config/alvh.json");
    private static final Path GOLDEN_CONFIG = Path.of("src/test/resources/golden/spx-2018-02-05-full/config.json");

    private final ConfigReader reader = new ConfigReader();

    /** The defaults are METHOD.md's decimal literals, so they compare exactly. */
    @Test
    void defaultsAreTheValuesOfMethodSection7() {
        AlvhConfig c = ConfigReader.defaults();

        assertThat(c.market().riskFreeRate()).isEqualTo(0.02);
        assertThat(c.market().dividendYield()).isEqualTo(0.015);
        assertThat(c.returns()).isEqualTo(ReturnType.LOG);
        assertThat(c.beta().windowDays()).isEqualTo(60);
        assertThat(c.beta().minObservations()).isEqualTo(40);
        assertThat(c.beta().blume()).isFalse();
        assertThat(c.weights().topN()).isEqualTo(50);
        assertThat(c.correlation().kappa()).isEqualTo(1.0);
        assertThat(c.correlation().adjMin()).isEqualTo(0.5);
        assertThat(c.correlation().adjMax()).isEqualTo(1.5);
        assertThat(c.series().length()).isEqualTo(120);
        assertThat(c.smoothing()).isEqualTo(new AlvhConfig.Macd(5, 20, 5));
        assertThat(c.indicators().rsiPeriod()).isEqualTo(14);
        assertThat(c.indicators().macd()).isEqualTo(new AlvhConfig.Macd(12, 26, 9));
        assertThat(c.momentum()).isEqualTo(new AlvhConfig.Momentum(0.2, 45, 55));
        assertThat(c.events()).isEqualTo(new AlvhConfig.Events(0.05, 3, List.of("FOMC", "CPI", "PPI")));
        assertThat(c.liquidity()).isEqualTo(new AlvhConfig.Liquidity(1.25, 1.0, 0.085));
        assertThat(c.breadth().lookback()).isEqualTo(20);
        assertThat(c.reer()).isEqualTo(new AlvhConfig.Reer(0.02, 20));
        assertThat(c.sectors().cyclical()).containsExactly("Information Technology", "Communication Services",
                "Consumer Discretionary", "Financials", "Industrials", "Materials", "Energy");
        assertThat(c.sectors().defensive()).containsExactly("Utilities", "Real Estate", "Consumer Staples",
                "Health Care");
        assertThat(c.sectors().aliases())
                .containsExactlyEntriesOf(Map.of("Telecommunication Services", "Communication Services"));
        assertThat(c.volBeta().minScale()).isEqualTo(0.5);
        assertThat(c.volBeta().maxScale()).isEqualTo(3.0);
        assertThat(c.volBeta().futuresBeta()).containsExactly(
                Map.entry(0, 1.0), Map.entry(30, 0.55), Map.entry(60, 0.42), Map.entry(90, 0.35),
                Map.entry(120, 0.30), Map.entry(180, 0.25));
        assertThat(c.layer1()).isEqualTo(new AlvhConfig.Layer1(0.4, 0.3, 0.6, 0.02, 0.1, 7,
                Layer1Instrument.VX_FUTURE, 5));
        assertThat(c.layer2()).isEqualTo(new AlvhConfig.Layer2(0.4, 0.5, 0.5, 15, 0.5, 2.0, 0.5, 0.1, 45,
                new DayWindow(30, 60), Layer2Instrument.VIX_CALL, 100, List.of("Utilities", "Real Estate"),
                0.005, 20));
        assertThat(c.layer3()).isEqualTo(new AlvhConfig.Layer3(0.25, 0.25, 0.25, 0.3, Trigger.ZSCORE, 1.4, 105,
                new DayWindow(90, 150), Layer3Instrument.VIX_CALL, 0.9, 0.8, 0.04, 0.08));
        assertThat(c.vix()).isEqualTo(new AlvhConfig.Vix(1.0, 0.85, 0.4));
        assertThat(c.spx().strikeStep()).isEqualTo(5);
        assertThat(c.parity().thresholdUsd()).isEqualTo(50);
    }

    @Test
    void projectConfigFileEqualsTheClasspathDefaults() throws IOException {
        JsonNode projectTree = ConfigJson.mapper().readTree(Files.readAllBytes(PROJECT_CONFIG));

        assertThat(projectTree).isEqualTo(ConfigReader.defaultsTree());
        LoadResult<AlvhConfig> read = reader.read(PROJECT_CONFIG);
        assertThat(read.problems()).isEmpty();
        assertThat(read.value()).isEqualTo(ConfigReader.defaults());
    }

    @Test
    void emptyObjectMeansAllDefaults() {
        assertThat(read("{}").value()).isEqualTo(ConfigReader.defaults());
    }

    @Test
    void goldenOverrideChangesOnlyWhatItNames() throws IOException {
        LoadResult<AlvhConfig> result = reader.read(GOLDEN_CONFIG);

        assertThat(result.problems()).isEmpty();
        AlvhConfig c = result.value();
        AlvhConfig d = ConfigReader.defaults();
        assertThat(c.layer1().instrument()).isEqualTo(Layer1Instrument.VXM_FUTURE);
        assertThat(c.layer2().instrument()).isEqualTo(Layer2Instrument.SPX_VARIANCE_SWAP);
        assertThat(c.layer3().instrument()).isEqualTo(Layer3Instrument.SPX_PUT_SPREAD);
        assertThat(c.layer3().trigger()).isEqualTo(Trigger.LEVEL);
        assertThat(c.layer3().threshold()).isEqualTo(1.0);
        assertThat(c.layer3().windowDays()).isEqualTo(d.layer3().windowDays());
        assertThat(c.layer1().base()).isEqualTo(d.layer1().base());
        assertThat(c.beta()).isEqualTo(d.beta());
        assertThat(c.volBeta()).isEqualTo(d.volBeta());
        JsonNode golden = ConfigJson.mapper().readTree(Files.readAllBytes(GOLDEN_CONFIG));
        assertThat(ConfigWriter.diffFromDefaults(c)).isEqualTo(golden);
    }

    @Test
    void listValueReplacesTheDefaultWhole() {
        AlvhConfig c = read("{\"events\": {\"types\": [\"FOMC\"]}}").value();

        assertThat(c.events().types()).containsExactly("FOMC");
        assertThat(c.events().cap()).isEqualTo(3);
    }

    @Test
    void mapValueReplacesTheDefaultWhole() {
        AlvhConfig c = read("{\"volBeta\": {\"futuresBeta\": {\"0\": 1, \"60\": 0.5}}, "
                + "\"sectors\": {\"aliases\": {\"Telecom\": \"Communication Services\"}}}").value();

        assertThat(c.volBeta().futuresBeta()).containsExactly(Map.entry(0, 1.0), Map.entry(60, 0.5));
        assertThat(c.volBeta().maxScale()).isEqualTo(3.0);
        assertThat(c.sectors().aliases()).containsExactlyEntriesOf(Map.of("Telecom", "Communication Services"));
        assertThat(c.sectors().cyclical()).hasSize(7);
    }

    @Test
    void emptyMapOfAliasesIsAllowed() {
        assertThat(read("{\"sectors\": {\"aliases\": {}}}").value().sectors().aliases()).isEmpty();
    }

    @Test
    void enumValuesMatchCaseInsensitively() {
        AlvhConfig c = read("{\"returns\": \"SIMPLE\", \"layer3\": {\"trigger\": \"Level\"}, "
                + "\"layer1\": {\"instrument\": \"vix_call_butterfly\"}}").value();

        assertThat(c.returns()).isEqualTo(ReturnType.SIMPLE);
        assertThat(c.layer3().trigger()).isEqualTo(Trigger.LEVEL);
        assertThat(c.layer1().instrument()).isEqualTo(Layer1Instrument.VIX_CALL_BUTTERFLY);
    }

    @Test
    void wholeNumberWrittenWithDecimalPointIsAnInteger() {
        AlvhConfig c = read("{\"beta\": {\"windowDays\": 90.0}, \"layer2\": {\"windowDays\": [20, 4e1]}}").value();

        assertThat(c.beta().windowDays()).isEqualTo(90);
        assertThat(c.layer2().windowDays()).isEqualTo(new DayWindow(20, 40));
    }

    @Test
    void crossKeyBoundsUseTheMergedValues() {
        AlvhConfig c = read("{\"beta\": {\"windowDays\": 30, \"minObservations\": 30}}").value();

        assertThat(c.beta().windowDays()).isEqualTo(30);
        assertThat(c.beta().minObservations()).isEqualTo(30);
    }

    @Test
    void fromTreeReportsWithoutLinesUnderTheTreeSourceName() throws IOException {
        JsonNode tree = ConfigJson.mapper().readTree("{\"beta\": {\"windowDays\": 1}}");

        LoadResult<AlvhConfig> result = reader.fromTree(tree);

        assertThat(result.value()).isNull();
        assertThat(result.problems()).extracting(Problem::toString).containsExactly(
                "config: beta.windowDays must be a whole number in [2, 100000], got 1");
    }

    @Test
    void missingFileIsOneError(@TempDir Path dir) {
        LoadResult<AlvhConfig> result = reader.read(dir.resolve("nope.json"));

        assertThat(result.problems()).extracting(Problem::toString)
                .containsExactly("nope.json: cannot read nope.json: the file does not exist");
    }

    @Test
    void problemsNameTheFileByItsFileName(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mine.json");
        Files.writeString(file, "{\n  \"beta\": {\n    \"windowDays\": 0\n  }\n}\n");

        assertThat(reader.read(file).problems()).extracting(Problem::toString).containsExactly(
                "mine.json:3:19: beta.windowDays must be a whole number in [2, 100000], got 0");
    }

    private LoadResult<AlvhConfig> read(String json) {
        LoadResult<AlvhConfig> result = reader.read("test.json", json.getBytes(StandardCharsets.UTF_8));
        assertThat(result.problems()).as(json).isEmpty();
        return result;
    }
}
