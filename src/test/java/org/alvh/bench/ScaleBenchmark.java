package org.alvh.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Growth with N × D and the CSV rate, warm and in process, on the generated snapshots of
 * {@code bench/generate-data.sh} ({@code -p dir=...}): {@link #loadAndCompute}, {@link #load},
 * {@link #compute}, and {@link #rawRead}, which reads the bytes of prices.csv once ({@link BenchData#rawRead},
 * a checksum, one core) as the yardstick for {@link #load}; divide the file size by each time for MB/s.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class ScaleBenchmark extends SnapshotBenchmark {
    @Param({"target/bench-data/n1000-d630", "target/bench-data/n2000-d1260", "target/bench-data/n5000-d2520"})
    public String dir;

    @Override
    protected String dir() {
        return dir;
    }

    @Benchmark
    public long rawRead() throws IOException {
        return BenchData.rawRead(Path.of(dir, "prices.csv"));
    }
}
