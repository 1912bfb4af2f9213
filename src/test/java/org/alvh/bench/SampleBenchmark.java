package org.alvh.bench;

import org.alvh.calc.AlvhEngine;
import org.alvh.calc.AlvhResult;
import org.alvh.io.config.ConfigReader;
import org.alvh.model.AlvhConfig;
import org.alvh.model.Snapshot;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * {@code sample}, warm and in process: read the bundled S&P 500 snapshot and compute it with the defaults
 * ({@link #loadAndCompute}), and the two halves apart ({@link #load}, {@link #compute}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class SampleBenchmark {
    @Param(BenchData.SAMPLE)
    public String dir;

    private AlvhConfig config;
    private Snapshot snapshot;

    @Setup(Level.Trial)
    public void setUp() {
        config = ConfigReader.defaults();
        snapshot = BenchData.read(dir);
    }

    @Benchmark
    public AlvhResult loadAndCompute() {
        return AlvhEngine.compute(BenchData.read(dir), config);
    }

    @Benchmark
    public Snapshot load() {
        return BenchData.read(dir);
    }

    @Benchmark
    public AlvhResult compute() {
        return AlvhEngine.compute(snapshot, config);
    }
}
