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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 */
class HedgeSheetInjectionTest {
    private static final String FORMULA_START = "=+-@\t\r";
    private static final Map<String, String> HOSTILE_TICKERS = Map.of("AAA", "=A1+1", "BBB", "+B1", "CCC", "-C1",
            "DDD", "@D1");

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
