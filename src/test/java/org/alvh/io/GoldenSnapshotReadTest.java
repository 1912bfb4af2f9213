package org.alvh.io;

import org.alvh.model.LoadResult;
import org.alvh.model.OptionLeg;
import org.alvh.model.Right;
import org.alvh.model.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The golden snapshots (copied from shared/golden/cases) load without errors, from zip, folder or a CSV. */
class GoldenSnapshotReadTest {
    private static final double EXACT = 1e-12;

    private final SnapshotReader reader = new SnapshotReader();

    static Path golden(String caseName) {
        try {
            return Path.of(GoldenSnapshotReadTest.class.getResource("/golden/" + caseName + "/snapshot.zip").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"spx-2018-02-05-full", "spx-2017-06-15-calm"})
    void goldenZipLoadsWithoutErrors(String caseName) {
        LoadResult<Snapshot> result = reader.read(golden(caseName));

        assertThat(result.errors()).isEmpty();
        assertThat(result.ok()).isTrue();
        assertThat(result.value().name()).isEqualTo(caseName);
        assertThat(result.value().prices()).isNotNull();
    }

    @Test
    void fullCaseHasTheExpectedValues() {
        Snapshot s = reader.read(golden("spx-2018-02-05-full")).value();

        assertThat(s.asOf()).isEqualTo(LocalDate.of(2018, 2, 5));
        int t = s.market().asOfIndex();
        assertThat(s.market().spxClose()[t]).isCloseTo(2648.94, within(EXACT));
        assertThat(s.market().vixClose()[t]).isCloseTo(37.32, within(EXACT));
        assertThat(s.market().size()).isEqualTo(300);
        assertThat(s.market().advances()).isNotNull();
        assertThat(s.market().reer()).isNull();
        assertThat(s.constituents()).hasSize(494);
        assertThat(s.condor()).extracting(OptionLeg::strike).containsExactly(2295.0, 2345.0, 3005.0, 3055.0);
        assertThat(s.condor()).extracting(OptionLeg::right)
                .containsExactly(Right.PUT, Right.PUT, Right.CALL, Right.CALL);
        assertThat(s.condor()).extracting(OptionLeg::quantity).containsExactly(40.0, -40.0, -40.0, 40.0);
        assertThat(s.futures()).hasSize(6);
        assertThat(s.futures().get(0).expiry()).isEqualTo(LocalDate.of(2018, 2, 14));
        assertThat(s.chain()).hasSize(20);
        assertThat(s.events()).isNotEmpty();
        assertThat(s.prices().constituents()).isEqualTo(494);
        assertThat(s.prices().days()).isEqualTo(300);
        assertThat(s.prices().close(0, 0)).isCloseTo(43.5811, within(EXACT)); // A on 2016-11-25
        assertThat(s.notes()).startsWith("Built from public end-of-day data.");
    }

    @Test
    void folderAndCsvInsideGiveTheSameSnapshotAsTheZip(@TempDir Path tmp) throws IOException {
        Path folder = unzip(golden("spx-2018-02-05-full"), tmp.resolve("spx-2018-02-05-full"));

        LoadResult<Snapshot> fromZip = reader.read(golden("spx-2018-02-05-full"));
        LoadResult<Snapshot> fromFolder = reader.read(folder);
        LoadResult<Snapshot> fromCsv = reader.read(folder.resolve("condor.csv"));

        for (LoadResult<Snapshot> other : java.util.List.of(fromFolder, fromCsv)) {
            assertThat(other.problems()).isEqualTo(fromZip.problems());
            Snapshot a = fromZip.value();
            Snapshot b = other.value();
            assertThat(b.name()).isEqualTo(a.name());
            assertThat(b.constituents()).isEqualTo(a.constituents());
            assertThat(b.condor()).isEqualTo(a.condor());
            assertThat(b.futures()).isEqualTo(a.futures());
            assertThat(b.chain()).isEqualTo(a.chain());
            assertThat(b.events()).isEqualTo(a.events());
            assertThat(b.market().dates()).isEqualTo(a.market().dates());
            assertThat(b.market().spxClose()).isEqualTo(a.market().spxClose());
            for (int i = 0; i < a.prices().constituents(); i++) {
                assertThat(b.prices().row(i)).isEqualTo(a.prices().row(i));
            }
        }
    }

    static Path unzip(Path zip, Path target) throws IOException {
        Files.createDirectories(target);
        try (InputStream raw = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(raw)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                Files.copy(in, target.resolve(e.getName()));
            }
        }
        return target;
    }
}
