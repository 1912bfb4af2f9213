package org.alvh.samples;

import org.alvh.calc.AlvhEngine;
import org.alvh.calc.AlvhResult;
import org.alvh.cli.AlvhCommand;
import org.alvh.io.config.ConfigReader;
import org.alvh.io.SnapshotReader;
import org.alvh.model.LoadResult;
import org.alvh.model.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The SYNTHETIC benchmark snapshots: valid, computable, and a pure function of their options. */
class SyntheticSnapshotGeneratorTest {
    private static final LocalDate ASOF = LocalDate.of(2024, 12, 31);

    @TempDir
    Path tmp;

    @Test
    void tinySnapshotLoadsWithoutErrorsAndComputes() throws IOException {
        Path dir = tmp.resolve("tiny");
        new SyntheticSnapshotGenerator(new SyntheticSnapshotGenerator.Request(30, 130, 7, ASOF, null)).write(dir);

        LoadResult<Snapshot> loaded = new SnapshotReader().read(dir);

        assertThat(loaded.errors()).isEmpty();
        Snapshot snapshot = loaded.value();
        assertThat(snapshot.constituents()).hasSize(30);
        assertThat(snapshot.market().size()).isEqualTo(130);
        assertThat(snapshot.prices().days()).isEqualTo(130);
        assertThat(snapshot.notes()).contains("SYNTHETIC");
        for (int i = 0; i < 30; i++) {
            assertThat(snapshot.prices().hasPrices(i)).isTrue();
        }
        AlvhResult result = AlvhEngine.compute(snapshot, ConfigReader.defaults());
        assertThat(result.hedgeBase()).isPositive();
        assertThat(result.beta().series()).isNotEmpty();
    }

    @Test
    void sameSeedGivesIdenticalBytesAndAnotherSeedDoesNot() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Path c = tmp.resolve("c");
        new SyntheticSnapshotGenerator(new SyntheticSnapshotGenerator.Request(40, 100, 11, ASOF, null)).write(a);
        new SyntheticSnapshotGenerator(new SyntheticSnapshotGenerator.Request(40, 100, 11, ASOF, null)).write(b);
        new SyntheticSnapshotGenerator(new SyntheticSnapshotGenerator.Request(40, 100, 12, ASOF, "other")).write(c);

        List<String> files = names(a);
        assertThat(files).containsExactlyInAnyOrder("constituents.csv", "condor.csv", "events.csv", "market.csv",
                "prices.csv", "snapshot.json", "vix_futures.csv");
        assertThat(names(b)).isEqualTo(files);
        for (String f : files) {
            assertThat(Files.readAllBytes(b.resolve(f))).as(f).isEqualTo(Files.readAllBytes(a.resolve(f)));
        }
        assertThat(Files.readAllBytes(c.resolve("prices.csv"))).isNotEqualTo(Files.readAllBytes(a.resolve("prices.csv")));
        assertThat(Files.readAllLines(a.resolve("prices.csv"))).hasSize(1 + 40 * 100);
    }

    @Test
    void aNameWithControlCharactersStillGivesValidJson() throws IOException {
        Path dir = tmp.resolve("control");
        String name = "a\u0001b\tc\nd \"e\" \\ f\u001fg";
        new SyntheticSnapshotGenerator(new SyntheticSnapshotGenerator.Request(5, 20, 3, ASOF, name)).write(dir);

        String json = Files.readString(dir.resolve("snapshot.json"));
        assertThat(json.chars().filter(ch -> ch < 0x20 && ch != '\n')).isEmpty();
        assertThat(json).contains("\"name\": \"a\\u0001b\\tc\\nd \\\"e\\\" \\\\ f\\u001fg\"");
        LoadResult<Snapshot> loaded = new SnapshotReader().read(dir);
        assertThat(loaded.errors()).isEmpty();
        assertThat(loaded.value().name()).isEqualTo(name);
        assertThat(loaded.value().notes()).contains("SYNTHETIC");
    }

    @Test
    void generateRunsFromItsOwnMainForTheBenchmarks() {
        Path dir = tmp.resolve("cli");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = {"--constituents", "12", "--days", "110", "--seed", "3", "--out", dir.toString()};

        int code = GenerateCommand.run(args, new PrintWriter(out), new PrintWriter(err));

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("SYNTHETIC", "12 constituents x 110 market dates", "1320 price rows");
        assertThat(new SnapshotReader().read(dir).errors()).isEmpty();
    }

    @Test
    void badOptionsAreBadInput() {
        StringWriter err = new StringWriter();
        int code = GenerateCommand.run(new String[] {"--constituents", "0", "--out", tmp.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));

        assertThat(code).isEqualTo(AlvhCommand.BAD_INPUT);
        assertThat(SampleExit.BAD_INPUT).isEqualTo(AlvhCommand.BAD_INPUT);
        assertThat(err.toString()).contains("--constituents must be at least 1");
    }

    @Test
    void tickersAreBijectiveBase26() {
        assertThat(SyntheticSnapshotGenerator.ticker(0)).isEqualTo("A");
        assertThat(SyntheticSnapshotGenerator.ticker(25)).isEqualTo("Z");
        assertThat(SyntheticSnapshotGenerator.ticker(26)).isEqualTo("AA");
        assertThat(SyntheticSnapshotGenerator.ticker(701)).isEqualTo("ZZ");
        assertThat(SyntheticSnapshotGenerator.ticker(702)).isEqualTo("AAA");
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
