package org.alvh.bench;

import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code sample}, warm and in process: read the bundled S&P 500 snapshot and compute it with the defaults
 * ({@link #loadAndCompute}), and the two halves apart ({@link #load}, {@link #compute}).
 */
@State(Scope.Benchmark)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class SampleBenchmark extends SnapshotBenchmark {
    @Param(BenchData.SAMPLE)
    public String dir;

    @Override
    protected String dir() {
        return dir;
    }
}
