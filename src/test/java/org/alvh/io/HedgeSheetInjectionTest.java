package org.alvh.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.alvh.calc.AlvhEngine;
import org.alvh.calc.AlvhResult;
import org.alvh.io.config.ConfigReader;
import org.alvh.model.AlvhConfig;
import org.alvh.model.LoadResult;
import org.alvh.model.Snapshot;
import org.junit.jupiter.api.Test;

/**
 * A snapshot whose tickers, names, sectors, event types and descriptions and snapshot name all start with a
 * formula character: the hedge sheet has no text cell a spreadsheet would run, and the audit JSON keeps the
 * strings exactly (it is JSON, escaped by Jackson, not a spreadsheet).
 *
 * <p>No text of the snapshot reaches the hedge sheet at all: its text cells are section and instrument labels,
 * dates, the option right, the active flag and the engine's own rationale. So the sheet test cannot see a
 * planted string being neutralised (that is {@link SpreadsheetCsvInjectionTest}'s job); it checks instead
 * that none of the planted strings appears in any cell and that every text cell is one of those known kinds,
 * so that a change that lets snapshot text into the sheet fails here and gets a neutralising test.
 */
class HedgeSheetInjectionTest {
    private static final String FORMULA_START = "=+-@\t\r";
    private static final Map<String, String> HOSTILE_TICKERS = Map.of("AAA", "=A1+1", "BBB", "+B1", "CCC", "-C1",
            "DDD", "@D1");
    /** A distinctive part of every string {@link #hostileSmall()} plants. */
    private static final List<String> PLANTED = List.of("=A1+1", "+B1", "-C1", "@D1", "cmd|", "=1+1", "@SUM(1)",
            "=FOMC", "-1+2", "+evil");
    private static final Set<String> SECTIONS = Set.of("CONDOR", "HEDGE", "NET");
    private static final Set<String> RIGHTS = Set.of("P", "C");
    private static final Set<String> FLAGS = Set.of("true", "false");
    private static final Set<String> LEG_ROLES = Set.of("long put K1", "short put K2", "short call K3",
            "long call K4");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Test
    void noHedgeSheetCellStartsAFormula() throws IOException {
        AlvhResult result = compute(hostileSmall());

        List<List<String>> rows = parse(HedgeSheet.toCsv(result));

        assertThat(rows).hasSizeGreaterThan(1);
        for (List<String> row : rows) {
            for (String cell : row) {
                if (!cell.isEmpty() && FORMULA_START.indexOf(cell.charAt(0)) >= 0) {
                    assertThat(isNumber(cell)).as("cell %s of row %s", cell, row).isTrue();
                }
            }
        }
    }

    @Test
    void noSnapshotTextReachesTheHedgeSheet() throws IOException {
        Map<String, byte[]> files = hostileSmall();
        String planted = new String(files.get("constituents.csv"), StandardCharsets.UTF_8)
                + new String(files.get("events.csv"), StandardCharsets.UTF_8)
                + new String(files.get("snapshot.json"), StandardCharsets.UTF_8);
        assertThat(PLANTED).as("every fragment is planted in the snapshot").allMatch(planted::contains);
        AlvhResult result = compute(files);

        String sheet = new String(HedgeSheet.toCsv(result), StandardCharsets.UTF_8);
        for (String fragment : PLANTED) {
            assertThat(sheet).as("planted %s", fragment).doesNotContain(fragment);
        }
        Set<String> instruments = new HashSet<>(Set.of("SPX_OPTION"));
        for (Enum<?>[] values : List.<Enum<?>[]>of(AlvhConfig.Layer1Instrument.values(),
                AlvhConfig.Layer2Instrument.values(), AlvhConfig.Layer3Instrument.values())) {
            for (Enum<?> v : values) {
                instruments.add(v.name());
            }
        }
        List<List<SpreadsheetCsv.Cell>> rows = HedgeSheet.rows(result);
        assertThat(rows).hasSize(4 + 3 + 1);
        for (List<SpreadsheetCsv.Cell> row : rows) {
            String section = ((SpreadsheetCsv.Text) row.get(0)).value();
            for (int c = 0; c < row.size(); c++) {
                if (!(row.get(c) instanceof SpreadsheetCsv.Text text)) {
                    continue;
                }
                String v = text.value();
                String column = HedgeSheet.COLUMNS.get(c);
                switch (column) {
                    case "section" -> assertThat(v).isIn(SECTIONS);
                    case "instrument" -> assertThat(v).isIn(instruments);
                    case "expiry" -> assertThat(v).matches(ISO_DATE);
                    case "right" -> assertThat(v).isIn(RIGHTS);
                    case "active" -> assertThat(v).isIn(FLAGS);
                    case "rationale" -> {
                        switch (section) {
                            case "CONDOR" -> assertThat(v).isIn(LEG_ROLES);
                            case "HEDGE" -> assertThat(v).matches("r[123] = .*");
                            default -> assertThat(v).isEqualTo("residual VEV = condor VEV + sum of achieved");
                        }
                    }
                    default -> throw new AssertionError("unexpected text cell in column " + column + ": " + v);
                }
            }
        }
    }

    @Test
    void theAuditKeepsTheHostileTickersExactly() throws IOException {
        AlvhResult result = compute(hostileSmall());

        JsonNode audit = AuditJson.MAPPER.readTree(AuditJson.toBytes(result));

        List<String> basket = audit.at("/weightedBeta/basket").findValuesAsText("ticker");
        assertThat(basket).containsAnyElementsOf(HOSTILE_TICKERS.values()).allMatch(HOSTILE_TICKERS::containsValue);
    }

    private static Map<String, byte[]> hostileSmall() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Path dir = MalformedSnapshotTest.resource("/valid/small");
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.sorted().toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                for (var e : HOSTILE_TICKERS.entrySet()) {
                    text = text.replace(e.getKey() + ",", e.getValue() + ",");
                }
                text = text.replace("Alpha Corp", "=cmd|' /C calc'!A0").replace("Beta Inc", "\"\t=1+1\"")
                        .replace("Telecommunication Services", "@SUM(1)").replace("FOMC,", "=FOMC,")
                        .replace("producer prices", "-1+2").replace("small computable", "+evil");
                files.put(p.getFileName().toString(), text.getBytes(StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static AlvhResult compute(Map<String, byte[]> files) {
        LoadResult<AlvhConfig> config = new ConfigReader().read("config.json", files.remove("config.json"));
        LoadResult<Snapshot> snapshot = new SnapshotReader().read("hostile", files);
        assertThat(snapshot.errors()).isEmpty();
        return AlvhEngine.compute(snapshot.value(), config.value());
    }

    private static List<List<String>> parse(byte[] csv) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(csv)) {
            return it.readAll();
        }
    }

    private static boolean isNumber(String cell) {
        try {
            return Double.isFinite(Double.parseDouble(cell));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
