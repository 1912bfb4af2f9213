package org.alvh.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.alvh.calc.AlvhEngine;
import org.alvh.io.config.ConfigReader;
import org.alvh.model.AlvhConfig;
import org.alvh.model.LoadResult;
import org.alvh.model.Snapshot;

/**
 * Permuting the data rows of any CSV whose order carries no meaning (constituents, prices, condor, futures,
 * events, chain) does not change the result: the audit JSON is the same up to rounding in summation order,
 * except for the order of the warnings and the line numbers in them.
 */
class RowOrderPropertyTest {
    private static final List<String> ORDERLESS = List.of("constituents.csv", "prices.csv", "condor.csv",
            "vix_futures.csv", "events.csv", "chain.csv");
    /** Sums over constituents in another order differ in the last bits. */
    private static final double RELATIVE = 1e-9;
    private static final int SMALL_TRIES = 100;
    private static final int GOLDEN_TRIES = 8;
    private static final String LOCATION = ":\\d+(:\\d+)?:";
    private static final String LINE_IN_TEXT = "\\blines? \\d+(, \\d+)*";

    private static final Map<String, byte[]> SMALL = folder("/valid/small");
    private static final AlvhConfig SMALL_CONFIG = new ConfigReader().read("config.json", SMALL.remove("config.json"))
            .value();
    private static final Map<String, byte[]> GOLDEN = zip("/golden/spx-2018-02-05/snapshot.zip");

    @Property(tries = SMALL_TRIES)
    void permutingRowsOfTheSmallSnapshotChangesNothing(@ForAll long seed) {
        assertSameResult(SMALL, SMALL_CONFIG, seed);
    }

    @Property(tries = GOLDEN_TRIES)
    void permutingRowsOfAGoldenSnapshotChangesNothing(@ForAll long seed) {
        assertSameResult(GOLDEN, ConfigReader.defaults(), seed);
    }

    private static void assertSameResult(Map<String, byte[]> files, AlvhConfig config, long seed) {
        JsonNode expected = audit(files, config);
        JsonNode actual = audit(permuted(files, new Random(seed)), config);

        assertThat(warnings(actual)).containsExactlyInAnyOrderElementsOf(warnings(expected));
        assertSame("", strip(actual), strip(expected));
    }

    private static JsonNode audit(Map<String, byte[]> files, AlvhConfig config) {
        LoadResult<Snapshot> load = new SnapshotReader().read("snapshot", files);
        assertThat(load.errors()).isEmpty();
        try {
            return AuditJson.MAPPER.readTree(AuditJson.toBytes(AlvhEngine.compute(load.value(), config)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, byte[]> permuted(Map<String, byte[]> files, Random random) {
        Map<String, byte[]> out = new LinkedHashMap<>(files);
        for (String name : ORDERLESS) {
            byte[] bytes = files.get(name);
            if (bytes == null) {
                continue;
            }
            List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
            List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
            Collections.shuffle(rows, random);
            out.put(name, (lines.get(0) + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    private static List<String> warnings(JsonNode audit) {
        List<String> out = new ArrayList<>();
        audit.get("warnings").forEach(w -> out.add(w.asText().replaceAll(LOCATION, ":").replaceAll(LINE_IN_TEXT, "line N")));
        return out;
    }

    private static JsonNode strip(JsonNode audit) {
        ObjectNode copy = audit.deepCopy();
        copy.remove("warnings");
        return copy;
    }

    private static void assertSame(String path, JsonNode actual, JsonNode expected) {
        if (expected.isNumber() && actual.isNumber()) {
            double e = expected.asDouble();
            assertThat(actual.asDouble()).as(path).isCloseTo(e,
                    org.assertj.core.data.Offset.offset(RELATIVE * Math.max(1, Math.abs(e))));
        } else if (expected.isObject() && actual.isObject()) {
            assertThat(fieldNames(actual)).as(path).containsExactlyElementsOf(fieldNames(expected));
            expected.fields().forEachRemaining(e -> assertSame(path + "." + e.getKey(), actual.get(e.getKey()),
                    e.getValue()));
        } else if (expected.isArray() && actual.isArray()) {
            assertThat(actual.size()).as(path).isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertSame(path + "[" + i + "]", ((ArrayNode) actual).get(i), ((ArrayNode) expected).get(i));
            }
        } else {
            assertThat(actual).as(path).isEqualTo(expected);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    private static Map<String, byte[]> folder(String resource) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(MalformedSnapshotTest.resource(resource))) {
            for (Path p : list.sorted().toList()) {
                files.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    private static Map<String, byte[]> zip(String resource) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (InputStream raw = Files.newInputStream(MalformedSnapshotTest.resource(resource));
             ZipInputStream in = new ZipInputStream(raw)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (!entry.isDirectory()) {
                    files.put(entry.getName(), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }
}
