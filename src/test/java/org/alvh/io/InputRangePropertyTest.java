package org.alvh.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.alvh.calc.AlvhEngine;
import org.alvh.calc.AlvhResult;
import org.alvh.calc.UnusableSnapshotException;
import org.alvh.io.config.ConfigReader;
import org.alvh.model.LoadResult;
import org.alvh.model.Problem;
import org.alvh.model.Snapshot;
import org.alvh.testing.FiniteOutputs;

/**
 * Issue 8 item 2, as a property: a snapshot whose numbers are anywhere in their documented ranges
 * (docs/input-ranges.md, {@link NumberRule}), at the bounds included, computes with every output finite, or
 * ends in located problems (from the reader, or an {@link UnusableSnapshotException}); never anything else.
 * Cells of the bundled sample are replaced at random (a beta column stands in for prices.csv, to keep each
 * try small).
 */
class InputRangePropertyTest {
    private static final Path SAMPLE = Path.of("sample-data", "spx-2018-02-05");
    private static final Map<String, byte[]> BASE = base();

    /** file, 1-based column, rule: the numeric cells that are mutated. */
    private record Cell(String file, int column, NumberRule rule) {
    }

    private static final List<Cell> CELLS = List.of(
            new Cell("constituents.csv", 4, NumberRule.MARKET_CAP), new Cell("constituents.csv", 5, NumberRule.RATIO),
            new Cell("constituents.csv", 6, NumberRule.RATIO), new Cell("constituents.csv", 7, NumberRule.RATIO),
            new Cell("constituents.csv", 8, NumberRule.RATE), new Cell("constituents.csv", 9, NumberRule.BETA),
            new Cell("market.csv", 2, NumberRule.INDEX_LEVEL), new Cell("market.csv", 3, NumberRule.VIX_LEVEL),
            new Cell("market.csv", 4, NumberRule.COUNT), new Cell("market.csv", 5, NumberRule.COUNT),
            new Cell("market.csv", 6, NumberRule.CORRELATION),
            new Cell("condor.csv", 2, NumberRule.INDEX_LEVEL), new Cell("condor.csv", 4, NumberRule.QUANTITY),
            new Cell("condor.csv", 5, NumberRule.VOLATILITY), new Cell("condor.csv", 6, NumberRule.PRICE),
            new Cell("vix_futures.csv", 2, NumberRule.VIX_LEVEL), new Cell("vix_futures.csv", 3, NumberRule.VOLATILITY),
            new Cell("chain.csv", 2, NumberRule.INDEX_LEVEL), new Cell("chain.csv", 3, NumberRule.QUOTE),
            new Cell("chain.csv", 4, NumberRule.QUOTE), new Cell("chain.csv", 5, NumberRule.QUOTE),
            new Cell("chain.csv", 6, NumberRule.QUOTE));

    /** The documented (min, max) of each rule, as written in docs/input-ranges.md. */
    private static final Map<NumberRule, double[]> RANGES = Map.ofEntries(
            Map.entry(NumberRule.INDEX_LEVEL, new double[] {0.01, 1e6}),
            Map.entry(NumberRule.VIX_LEVEL, new double[] {0.01, 1e3}),
            Map.entry(NumberRule.PRICE, new double[] {1e-4, 1e6}),
            Map.entry(NumberRule.QUOTE, new double[] {0, 1e6}),
            Map.entry(NumberRule.MARKET_CAP, new double[] {1e-6, 1e14}),
            Map.entry(NumberRule.BETA, new double[] {-20, 20}),
            Map.entry(NumberRule.RATIO, new double[] {-1e6, 1e6}),
            Map.entry(NumberRule.RATE, new double[] {-1, 1}),
            Map.entry(NumberRule.COUNT, new double[] {0, 1e6}),
            Map.entry(NumberRule.QUANTITY, new double[] {-1e12, 1e12}),
            Map.entry(NumberRule.VOLATILITY, new double[] {1e-4, 5}),
            Map.entry(NumberRule.CORRELATION, new double[] {-1, 1}));

    private static Map<String, byte[]> base() {
        try {
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (String name : new String[] {"constituents.csv", "condor.csv", "market.csv", "vix_futures.csv",
                "chain.csv", "events.csv", "snapshot.json"}) {
                files.put(name, Files.readAllBytes(SAMPLE.resolve(name)));
            }
            StringBuilder constituents = new StringBuilder();
            boolean header = true;
            for (String line : new String(files.get("constituents.csv"), StandardCharsets.UTF_8).split("\n")) {
                constituents.append(line).append(header ? ",beta" : ",1.05").append('\n');
                header = false;
            }
            files.put("constituents.csv", constituents.toString().getBytes(StandardCharsets.UTF_8));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double draw(NumberRule rule, Random random) {
        double[] range = RANGES.get(rule);
        double lo = range[0];
        double hi = range[1];
        double v = switch (random.nextInt(4)) {
            case 0 -> lo;
            case 1 -> hi;
            case 2 -> lo + (hi - lo) * random.nextDouble();
            default -> Math.copySign(Math.pow(10, -8 + 22 * random.nextDouble()), lo < 0 && random.nextBoolean() ? -1 : 1);
        };
        v = Math.max(lo, Math.min(hi, v));
        if (rule == NumberRule.COUNT) {
            v = Math.rint(v);
        }
        if (rule == NumberRule.QUANTITY && v == 0) {
            v = 1;
        }
        return v;
    }

    /** Replaces one cell of a data row; rows with quotes (a name with a comma) are left alone. */
    private static void mutate(Map<String, byte[]> files, Cell cell, Random random, double value) {
        String[] lines = new String(files.get(cell.file()), StandardCharsets.UTF_8).split("\n", -1);
        int rows = (int) java.util.Arrays.stream(lines).filter(l -> !l.isBlank()).count() - 1;
        int row = 1 + (random.nextBoolean() ? rows - 1 : random.nextInt(rows)); // often the last (as-of) row
        if (lines[row].contains("\"")) {
            return;
        }
        String[] cells = lines[row].split(",", -1);
        if (cell.column() > cells.length) {
            return;
        }
        cells[cell.column() - 1] = Double.toString(value);
        lines[row] = String.join(",", cells);
        files.put(cell.file(), String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 40)
    void anyInputInTheDocumentedRangesGivesFiniteOutputsOrLocatedProblems(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int cells) {
        Random random = new Random(seed);
        Map<String, byte[]> files = new LinkedHashMap<>(BASE);
        List<String> changed = new ArrayList<>();
        for (int k = 0; k < cells; k++) {
            Cell cell = CELLS.get(random.nextInt(CELLS.size()));
            double value = draw(cell.rule(), random);
            mutate(files, cell, random, value);
            changed.add(cell.file() + ":" + cell.column() + "=" + value);
        }
        LoadResult<Snapshot> read = new SnapshotReader().read("snap", files);
        if (!read.ok()) {
            assertThat(read.errors()).as("%s", changed).allSatisfy(p -> assertThat(p.file()).isNotBlank());
            return;
        }
        AlvhResult result;
        try {
            result = AlvhEngine.compute(read.value(), ConfigReader.defaults());
        } catch (UnusableSnapshotException e) {
            assertThat(e.problems()).as("%s", changed).isNotEmpty().allMatch(Problem::isError);
            return;
        }
        FiniteOutputs.check(result);
    }
}
