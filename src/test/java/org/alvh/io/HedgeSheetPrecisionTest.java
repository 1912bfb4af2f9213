package org.alvh.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;

import org.alvh.calc.AlvhEngine;
import org.alvh.calc.AlvhResult;
import org.alvh.io.config.ConfigReader;
import org.alvh.model.LoadResult;
import org.alvh.model.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 13: the hedge sheet rounds each column to its precision, and exports get the user's permissions. */
class HedgeSheetPrecisionTest {

    @ParameterizedTest
    @CsvSource({
        "4794.000000000001, 2, 4794",
        "20591.6949, 2, 20591.69",
        "20591.695, 2, 20591.7",
        "2.345, 2, 2.35",
        "-1.005, 2, -1.01",
        "-0.004, 2, 0",
        "1693.6184, 2, 1693.62",
        "36.0000000001, 0, 36",
        "0.5, 0, 1",
        "1e-7, 2, 0",
    })
    void roundsHalfAwayFromZeroInDecimal(double value, int decimals, String written) {
        assertThat(SpreadsheetCsv.number(value, decimals)).isEqualTo(written);
    }

    @Test
    void everyNumberOfTheSampleSheetHasAtMostItsColumnsDecimals() {
        String csv = new String(HedgeSheet.toCsv(sample()), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", HedgeSheet.COLUMNS));
        for (String line : lines.subList(1, lines.size())) {
            // the rationale (last column) may hold commas: only the 15 cells before it are numbers or words
            String[] cells = line.split(",", HedgeSheet.COLUMNS.size());
            for (int c = 0; c < HedgeSheet.COLUMNS.size() - 1; c++) {
                Integer decimals = HedgeSheet.DECIMALS.get(c);
                if (decimals == null || cells[c].isEmpty()) {
                    continue;
                }
                int point = cells[c].indexOf('.');
                int written = point < 0 ? 0 : cells[c].length() - point - 1;
                assertThat(written).as("%s in column %s", cells[c], HedgeSheet.COLUMNS.get(c))
                        .isLessThanOrEqualTo(decimals);
            }
        }
        assertThat(csv).doesNotContain("00000000", "99999999");
    }

    @Test
    void theAboutFileCarriesTheProvenanceAndStaysPlainCsv() {
        AlvhResult result = sample();
        String about = new String(HedgeSheetAbout.toCsv(result, new HedgeSheetAbout.Context("1.2.3", "/data/x",
                "defaults", List.of("layer1.base = 0.5 (default 0.4)"), java.time.Instant.parse(
                "2026-11-29T12:00:00Z"))), StandardCharsets.UTF_8);
        assertThat(about).startsWith("key,value\r\n").contains("version,1.2.3\r\n", "as_of,2018-02-05\r\n",
                "snapshot_folder,/data/x\r\n", "parameter_change,layer1.base = 0.5 (default 0.4)\r\n",
                "exported_at,2026-11-29T12:00:00Z\r\n");
        assertThat(HedgeSheetAbout.pathFor(Path.of("dir", "hedge-sheet-2018-02-05.csv")))
                .isEqualTo(Path.of("dir", "hedge-sheet-2018-02-05.about.csv"));
    }

    @Test
    void aWrittenFileHasThePermissionsOfAnyFileTheUserCreates(@TempDir Path dir) throws IOException {
        Set<PosixFilePermission> normal = Files.getPosixFilePermissions(Files.createFile(dir.resolve("ref")));
        Path target = dir.resolve("out.csv");
        AtomicFiles.write(target, "a,b\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(normal);
        assertThat(Files.readString(target)).isEqualTo("a,b\r\n");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("ref", "out.csv");
        }
    }

    private static AlvhResult sample() {
        LoadResult<Snapshot> read = new SnapshotReader().read(Path.of("sample-data", "spx-2018-02-05"));
        assertThat(read.ok()).isTrue();
        return AlvhEngine.compute(read.value(), ConfigReader.defaults());
    }
}
