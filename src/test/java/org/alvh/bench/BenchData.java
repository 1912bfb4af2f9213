package org.alvh.bench;

import org.alvh.io.SnapshotReader;
import org.alvh.model.LoadResult;
import org.alvh.model.Snapshot;

import java.nio.file.Path;

/** Shared helpers of the benchmarks: reading a snapshot that must be valid. */
final class BenchData {
    /** The bundled S&P 500 sample (494 constituents × 300 days), relative to the project folder. */
    static final String SAMPLE = "sample-data/spx-2018-02-05";

    private BenchData() {
    }

    static Snapshot read(String dir) {
        LoadResult<Snapshot> r = new SnapshotReader().read(Path.of(dir));
        if (!r.ok()) {
            throw new IllegalStateException("snapshot " + dir + " has errors: " + r.errors()
                    + " (run the benchmarks from the project folder; see docs/performance.md)");
        }
        return r.value();
    }
}
