package org.alvh.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alvh.cli.AlvhCommand;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The replay against the golden replay cases (copied unedited from the shared golden replay cases: the reports of
 * an independent implementation of METHOD.md §10): {@code backtest history.zip [--config] --out DIR} agrees
 * trade by trade and day by day (dates, runs, layers, actions, instruments, expiries, strikes, rights and
 * quantities exactly; numbers to {@value #TOLERANCE} relative or absolute) and {@code summary.json} key by key
 * ({@code rules} is free text).
 */
class GoldenReplayTest {
    /** The cases' stated tolerance: 1e-6 relative or 1e-6 absolute. */
    static final double TOLERANCE = 1e-6;
    /** Trade columns compared exactly (text, dates, strikes, quantities). */
    private static final Set<String> EXACT_TRADE_COLUMNS = Set.of("date", "run", "layer", "action", "instrument",
            "expiry", "strike_low", "strike_mid", "strike_high", "right", "quantity");
    private static final Set<String> EXACT_DAILY_COLUMNS = Set.of("date", "layer1_instrument", "layer1_quantity",
            "layer2_instrument", "layer2_quantity", "layer3_instrument", "layer3_quantity");
    private static final Set<String> EXACT_SUMMARY_KEYS = Set.of("marketDates", "engineRuns", "months", "days",
            "condors", "layer");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One replay per case, shared by the three comparisons. */
    @TempDir
    static Path tmp;
    private static final Map<Path, Path> OUTPUTS = new java.util.HashMap<>();

    @ParameterizedTest
    @ValueSource(strings = {"small-2018", "small-2018-cndr"})
    void tradesAgreeWithTheIndependentImplementation(String name) throws Exception {
        Path expected = caseDir(name);
        Path out = run(expected);
        assertThat(csvDifferences(GoldenCsv.rows(expected.resolve("trades.csv")), GoldenCsv.rows(out.resolve("trades.csv")),
                EXACT_TRADE_COLUMNS, Set.of("reason"))).as("trades.csv differences").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"small-2018", "small-2018-cndr"})
    void dailyRowsAgreeWithTheIndependentImplementation(String name) throws Exception {
        Path expected = caseDir(name);
        Path out = run(expected);
        assertThat(csvDifferences(GoldenCsv.rows(expected.resolve("daily.csv")), GoldenCsv.rows(out.resolve("daily.csv")),
                EXACT_DAILY_COLUMNS, Set.of())).as("daily.csv differences").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"small-2018", "small-2018-cndr"})
    void summaryAgreesKeyByKey(String name) throws Exception {
        Path expected = caseDir(name);
        Path out = run(expected);
        List<String> differences = new ArrayList<>();
        compare(JSON.readTree(expected.resolve("summary.json").toFile()),
                JSON.readTree(out.resolve("summary.json").toFile()), "$", "", differences);
        assertThat(differences).as("summary.json differences").isEmpty();
    }

    private static synchronized Path run(Path caseDir) {
        return OUTPUTS.computeIfAbsent(caseDir, GoldenReplayTest::replay);
    }

    private static Path replay(Path caseDir) {
        Path history = caseDir.resolve("history.zip");
        if (!Files.exists(history)) {
            history = caseDir.resolveSibling("small-2018").resolve("history.zip");
        }
        Path out = tmp.resolve(caseDir.getFileName().toString());
        List<String> args = new ArrayList<>(List.of("backtest", history.toString(), "--out", out.toString(), "-q"));
        if (Files.exists(caseDir.resolve("config.json"))) {
            args.addAll(List.of("--config", caseDir.resolve("config.json").toString()));
        }
        StringWriter err = new StringWriter();
        int exit = AlvhCommand.run(args.toArray(String[]::new), new PrintWriter(new StringWriter()),
                new PrintWriter(err, true));
        assertThat(exit).as("exit code; stderr: %s", err).isZero();
        return out;
    }

    static boolean close(double expected, double actual) {
        double diff = Math.abs(expected - actual);
        return diff <= TOLERANCE || diff <= TOLERANCE * Math.abs(expected);
    }

    /** Row by row; the first 30 differences, each with its row, column and both values. */
    static List<String> csvDifferences(List<List<String>> expected, List<List<String>> actual, Set<String> exact,
                                       Set<String> ignored) {
        List<String> out = new ArrayList<>();
        List<String> header = expected.get(0);
        if (!header.equals(actual.get(0))) {
            out.add("header: expected " + header + ", got " + actual.get(0));
            return out;
        }
        for (int r = 1; r < Math.max(expected.size(), actual.size()) && out.size() < 30; r++) {
            if (r >= expected.size() || r >= actual.size()) {
                out.add("row " + r + ": expected " + (r < expected.size() ? expected.get(r) : "no row") + ", got "
                        + (r < actual.size() ? actual.get(r) : "no row"));
                continue;
            }
            List<String> e = expected.get(r);
            List<String> a = actual.get(r);
            for (int c = 0; c < header.size(); c++) {
                String column = header.get(c);
                if (ignored.contains(column)) {
                    continue;
                }
                String ev = e.get(c);
                String av = c < a.size() ? a.get(c) : "";
                boolean agrees = ev.equals(av) || (!exact.contains(column) && numbersClose(ev, av))
                        || (exact.contains(column) && numbersEqual(ev, av));
                if (!agrees) {
                    out.add("row " + r + " (" + e.get(0) + ") " + column + ": expected <" + ev + "> got <" + av + ">");
                }
            }
        }
        return out;
    }

    private static boolean numbersClose(String e, String a) {
        try {
            return close(Double.parseDouble(e), Double.parseDouble(a));
        } catch (NumberFormatException ex) {
            return false;
        }
    }

    private static boolean numbersEqual(String e, String a) {
        try {
            return Double.parseDouble(e) == Double.parseDouble(a);
        } catch (NumberFormatException ex) {
            return false;
        }
    }

    private static void compare(JsonNode e, JsonNode a, String path, String key, List<String> out) {
        if (key.equals("rules")) {
            return;
        }
        if (a == null || a.isMissingNode()) {
            out.add(path + ": missing (expected " + e + ")");
        } else if (e.isNull()) {
            if (!a.isNull()) {
                out.add(path + ": expected null, got " + a);
            }
        } else if (e.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = e.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                compare(f.getValue(), a.get(f.getKey()), path + "." + f.getKey(), f.getKey(), out);
            }
            if (a.size() != e.size()) {
                out.add(path + ": expected " + e.size() + " keys, got " + a.size());
            }
        } else if (e.isArray()) {
            if (!a.isArray() || a.size() != e.size()) {
                out.add(path + ": expected " + e.size() + " elements, got " + a);
                return;
            }
            for (int i = 0; i < e.size(); i++) {
                compare(e.get(i), a.get(i), path + "[" + i + "]", key, out);
            }
        } else if (e.isNumber()) {
            boolean agrees = a.isNumber() && (EXACT_SUMMARY_KEYS.contains(key) ? e.asDouble() == a.asDouble()
                    : close(e.asDouble(), a.asDouble()));
            if (!agrees) {
                out.add(path + ": expected " + e + ", got " + a);
            }
        } else if (!e.equals(a)) {
            out.add(path + ": expected " + e + ", got " + a);
        }
    }

    static Path caseDir(String name) throws URISyntaxException {
        return Path.of(GoldenReplayTest.class.getResource("/golden-replay/" + name + "/README.md").toURI())
                .getParent();
    }
}
