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
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;

import java.util.concurrent.TimeUnit;

/**
 * The load / compute benchmarks of one snapshot folder, warm and in process: read and compute with the
 * defaults ({@link #loadAndCompute}), and the two halves apart ({@link #load}, {@link #compute}). A subclass
 * names the folders ({@code @Param} field {@code dir}) and the run lengths.
 *
 * <p>Only {@link #compute} holds a snapshot read in advance ({@link Loaded}); {@link #load} and
 * {@link #loadAndCompute} run without one on the heap. JMH forks a fresh JVM for each benchmark and
 * {@code dir}, so nothing outlives its case.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public abstract class SnapshotBenchmark {
    /** Name of the {@code @Param} field of the subclasses: the snapshot folder. */
    static final String DIR = "dir";

    private AlvhConfig config;

    /** The snapshot folder of this run (the subclass's {@code @Param}). */
    protected abstract String dir();

    @Setup(Level.Trial)
    public void setUp() {
        config = ConfigReader.defaults();
    }

    @Benchmark
    public AlvhResult loadAndCompute() {
        return AlvhEngine.compute(BenchData.read(dir()), config);
    }

    @Benchmark
    public Snapshot load() {
        return BenchData.read(dir());
    }

    @Benchmark
    public AlvhResult compute(Loaded loaded) {
        return AlvhEngine.compute(loaded.snapshot, config);
    }

    /** The snapshot of {@code dir}, read once before the trial: only for {@link #compute}. */
    @State(Scope.Benchmark)
    public static class Loaded {
        Snapshot snapshot;

        @Setup(Level.Trial)
        public void setUp(BenchmarkParams params) {
            snapshot = BenchData.read(params.getParam(DIR));
        }
    }
}
