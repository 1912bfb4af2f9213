package org.alvh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.alvh.io.DiffExport;
import org.alvh.io.SensitivityExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code diff} and {@code sensitivity} commands: tables on stdout, CSV or JSON by --out's extension. */
class WhatIfCommandsTest {
    private static final String SELLOFF = "sample-data/spx-2018-02-05";
    private static final String CALM = "sample-data/spx-2017-06-15-calm";
    /** Exact decimals: the diff's changes are exact and must be read so. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @TempDir
    Path dir;

    @Test
    void aSnapshotDiffedWithItselfChangesNothing() {
        CliRun run = CliRun.of("diff", SELLOFF, SELLOFF);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Changed audit figures: 0");
        assertThat(run.out()).doesNotContain("not computed");
    }

    @Test
    void oneSnapshotUnderTwoConfigsPutsTheWholeChangeOnTheConfigStep() throws IOException {
        Path config = Files.writeString(dir.resolve("b.json"), "{\"layer2\": {\"base\": 0.5}}");
        Path out = dir.resolve("diff.json");

        CliRun run = CliRun.of("diff", SELLOFF, SELLOFF, "--config-b", config.toString(), "--out", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode root = JSON.readTree(out.toFile());
        JsonNode layer2 = root.get("attribution").get(2);
        assertThat(layer2.get("layer").asInt()).isEqualTo(2);
        assertThat(layer2.get("measure").asText()).isEqualTo("vevTarget");
        for (JsonNode step : layer2.get("steps")) {
            BigDecimal expected = step.get("group").asText().equals("config")
                    ? layer2.get("total").decimalValue() : BigDecimal.ZERO;
            assertThat(step.get("change").decimalValue()).isEqualByComparingTo(expected);
        }
        assertThat(root.get("figures").findValuesAsText("key")).contains("layers[1].ratio", "layers[1].vevTarget")
                .doesNotContain("spot", "layers[0].vevTarget");
    }

    @Test
    void theTwoSamplesDiffWithEveryStepSummingToTheTotal() throws IOException {
        Path out = dir.resolve("diff.json");
        CliRun run = CliRun.of("diff", CALM, SELLOFF, "--out", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("market and prices: condor.csv:2: condor expired");
        for (JsonNode layer : JSON.readTree(out.toFile()).get("attribution")) {
            BigDecimal sum = BigDecimal.ZERO;
            for (JsonNode step : layer.get("steps")) {
                if (!step.get("change").isNull()) {
                    sum = sum.add(step.get("change").decimalValue());
                }
            }
            assertThat(sum).isEqualByComparingTo(layer.get("total").decimalValue());
        }
    }

    @Test
    void theDiffCsvHasTheStatedColumnsAndATotalPerLayerAndMeasure() throws IOException {
        Path out = dir.resolve("diff.csv");
        CliRun run = CliRun.of("diff", CALM, SELLOFF, "--out", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo(String.join(",", DiffExport.COLUMNS));
        assertThat(lines).filteredOn(l -> l.startsWith("attribution,") && l.contains(",total,")).hasSize(6);
        assertThat(lines).anyMatch(l -> l.startsWith("figure,1 Market at T,spot,,,2432.46,2648.94,"));
    }

    @Test
    void anOutputThatIsNeitherCsvNorJsonIsRefusedBeforeAnythingIsComputed() {
        Path out = dir.resolve("diff.txt");
        CliRun run = CliRun.of("diff", SELLOFF, SELLOFF, "--out", out.toString());

        assertThat(run.exit()).isEqualTo(AlvhCommand.BAD_INPUT);
        assertThat(run.err()).contains("--out must end in .csv or .json");
        assertThat(out).doesNotExist();
    }

    @Test
    void anOutputOverAnInputIsRefusedAndTheInputKeptAsItWas() throws IOException {
        Path snapshot = CliRun.copySnapshot(Path.of(SELLOFF), dir);
        Path market = snapshot.resolve("market.csv");
        byte[] before = Files.readAllBytes(market);

        CliRun run = CliRun.of("sensitivity", snapshot.toString(), "--out", snapshot.resolve("MARKET.CSV").toString());
        CliRun diff = CliRun.of("diff", SELLOFF, snapshot.toString(), "--out", market.toString());

        assertThat(run.exit()).isEqualTo(AlvhCommand.BAD_INPUT);
        assertThat(diff.exit()).isEqualTo(AlvhCommand.BAD_INPUT);
        assertThat(Files.readAllBytes(market)).isEqualTo(before);
    }

    @Test
    void aSnapshotThatCannotBeReadIsABadInputNamingItsSide() {
        CliRun run = CliRun.of("diff", SELLOFF, dir.resolve("missing").toString());

        assertThat(run.exit()).isEqualTo(AlvhCommand.BAD_INPUT);
        assertThat(run.problemLines()).isNotEmpty().allMatch(l -> l.startsWith("B: "));
    }

    @Test
    void sensitivityPrintsATablePerLayerAndWritesEveryBump() throws IOException {
        Path out = dir.resolve("sensitivity.csv");
        CliRun run = CliRun.of("sensitivity", SELLOFF, "--step", "0.2", "--out", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("x (1 -/+ 0.2)", "Layer 1  VX_FUTURE", "Layer 3", "Bumps not computed");
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo(String.join(",", SensitivityExport.COLUMNS));
        // layer2.base 0.4 × (1 − 0.2) = 0.32; three layers each way
        assertThat(lines).filteredOn(l -> l.startsWith("layer2.base,relative,0.4,down,0.32")).hasSize(3);
        assertThat(lines).anyMatch(l -> l.startsWith("beta.windowDays,whole,60,up,61,computed,1,"));
        assertThat(lines).anyMatch(l -> l.startsWith("backtest.longDelta,relative,0,up,0,unmoved,,"));
    }

    @Test
    void aStepOutsideZeroToOneIsRefused() {
        CliRun run = CliRun.of("sensitivity", SELLOFF, "--step", "1.5");

        assertThat(run.exit()).isEqualTo(AlvhCommand.BAD_INPUT);
        assertThat(run.err()).contains("--step must be greater than 0 and less than 1");
    }
}
