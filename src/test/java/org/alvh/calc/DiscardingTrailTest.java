package org.alvh.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.alvh.io.SnapshotReader;
import org.alvh.io.config.ConfigReader;
import org.alvh.model.AlvhConfig;
import org.alvh.model.LoadResult;
import org.alvh.model.Snapshot;
import org.junit.jupiter.api.Test;

/** The replay's engine runs keep no audit; every other figure of the result is the same as with one. */
class DiscardingTrailTest {

    @Test
    void aDiscardingTrailGivesTheSameResultWithoutFigures() {
        LoadResult<Snapshot> read = new SnapshotReader().read(Path.of("sample-data", "spx-2018-02-05"));
        assertThat(read.ok()).isTrue();
        AlvhConfig config = ConfigReader.defaults();

        AlvhResult audited = AlvhEngine.compute(read.value(), config);
        AlvhResult quiet = AlvhEngine.compute(read.value(), config, AuditTrail.discarding());

        assertThat(audited.trail()).hasSizeGreaterThan(400);
        assertThat(quiet.trail()).isEmpty();
        assertThat(quiet.layers()).isEqualTo(audited.layers());
        assertThat(quiet.risk()).isEqualTo(audited.risk());
        assertThat(quiet.scenarios()).isEqualTo(audited.scenarios());
        assertThat(quiet.hedgeCostUsd()).isEqualTo(audited.hedgeCostUsd());
        assertThat(quiet.effective()).isEqualTo(audited.effective());
    }

    @Test
    void aDiscardingTrailStillNamesAnInfiniteFigureForTheFinalCheck() {
        AuditTrail trail = AuditTrail.discarding();

        double v = trail.number("g", "a.b", Double.POSITIVE_INFINITY, "f", "x", 1.0);

        assertThat(v).isInfinite();
        assertThat(trail.figures()).isEmpty();
        assertThat(trail.nonFiniteKeys()).containsExactly("a.b");
    }
}
