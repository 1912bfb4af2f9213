package org.alvh.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scenarios SNAPSHOT [--config F] [--out GRID.csv]}: the table on stdout and the grid CSV, checked
 * against the golden case's expected audit (an independent implementation of METHOD.md §9).
 */
class ScenariosCommandTest {
    /** Relative agreement with the independent implementation, as the golden test. */
    private static final double RELATIVE = 1e-6;

    @TempDir
    Path tmp;

    @Test
    void writesTheWholeGridAsTheAuditListsItAndPrintsTheTable() throws Exception {
        Path golden = CliRun.resource("/golden/spx-2018-02-05-full");
        Path grid = tmp.resolve("grid.csv");
        CliRun run = CliRun.of("scenarios", golden.resolve("snapshot.zip").toString(), "--config",
                golden.resolve("config.json").toString(), "--out", grid.toString());
        assertThat(run.exit()).as(run.err()).isZero();

        JsonNode expected = new ObjectMapper().readTree(golden.resolve("audit.json").toFile()).get("scenarios")
                .get("grid");
        List<String> lines = Files.readAllLines(grid, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("days,spx_move_pct,vix_move_pts,spx,vix,condor_usd,layer1_usd,layer2_usd,"
                + "layer3_usd,hedged_usd");
        assertThat(lines).hasSize(expected.size() + 1);
        for (int i = 0; i < expected.size(); i++) {
            String[] cells = lines.get(i + 1).split(",");
            JsonNode e = expected.get(i);
            assertThat(Integer.parseInt(cells[0])).isEqualTo(e.get("days").asInt());
            assertThat(Double.parseDouble(cells[1])).isEqualTo(e.get("spxMove").asDouble());
            assertThat(Double.parseDouble(cells[2])).isEqualTo(e.get("vixMove").asDouble());
            double hedged = e.get("hedgedUsd").asDouble();
            assertThat(Double.parseDouble(cells[9])).as("row %d", i)
                    .isCloseTo(hedged, within(Math.abs(hedged) * RELATIVE + 1e-9));
        }
        assertThat(run.out()).contains("Greeks at T", "% hedged", "hedged break-evens", "h = 0 days",
                "h = 39 days", "2020-03 COVID crash").doesNotContain("True", "False", "None");
    }

    @Test
    void aSnapshotThatCannotBeUsedExitsTwoAndWritesNothing() throws Exception {
        Path grid = tmp.resolve("grid.csv");
        CliRun run = CliRun.of("scenarios", tmp.resolve("missing").toString(), "--out", grid.toString());
        assertThat(run.exit()).isEqualTo(AlvhCommand.BAD_INPUT);
        assertThat(run.err()).contains("cannot be used");
        assertThat(grid).doesNotExist();
    }
}
