package org.alvh.whatif;

import java.nio.file.Path;
import java.util.List;
import org.alvh.calc.AlvhEngine;
import org.alvh.calc.AlvhResult;
import org.alvh.io.SnapshotReader;
import org.alvh.io.config.ConfigReader;
import org.alvh.model.AlvhConfig;
import org.alvh.model.LoadResult;
import org.alvh.model.Snapshot;

/** The bundled samples, read once per test class, and configurations built from override JSON. */
final class Samples {
    static final Path CALM = Path.of("sample-data/spx-2017-06-15-calm");
    static final Path SELLOFF = Path.of("sample-data/spx-2018-02-05");

    private Samples() {
    }

    static Snapshot read(Path dir) {
        LoadResult<Snapshot> read = new SnapshotReader().read(dir);
        if (!read.ok()) {
            throw new IllegalStateException(dir + ": " + read.problems());
        }
        return read.value();
    }

    static AlvhConfig config(String overridesJson) {
        LoadResult<AlvhConfig> read = new ConfigReader().read("test.json", overridesJson.getBytes());
        if (!read.ok()) {
            throw new IllegalStateException(read.problems().toString());
        }
        return read.value();
    }

    static AlvhConfig defaults() {
        return ConfigReader.defaults();
    }

    static AlvhResult compute(Snapshot snapshot, AlvhConfig config) {
        return AlvhEngine.compute(snapshot, config);
    }

    static List<Integer> layers(AlvhResult r) {
        return r.layers().stream().map(l -> l.layer()).toList();
    }
}
