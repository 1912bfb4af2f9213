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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;

/**
 * Growth with N × D and the CSV rate, warm and in process, on the generated snapshots of
 * {@code bench/generate-data.sh} ({@code -p dir=...}). {@link #rawRead} reads the bytes of prices.csv once
 * (a checksum, one core) as the yardstick for {@link #load}; divide the file size by each time for MB/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class ScaleBenchmark {
    @Param({"target/bench-data/n1000-d630", "target/bench-data/n2000-d1260", "target/bench-data/n5000-d2520"})
    public String dir;

    private AlvhConfig config;
    private Snapshot snapshot;

    @Setup(Level.Trial)
    public void setUp() {
        config = ConfigReader.defaults();
        snapshot = BenchData.read(dir);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        snapshot = null;
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

    @Benchmark
    public void rawRead(Blackhole bh) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(1 << 20);
        byte[] a = buf.array();
        long sum = 0;
        try (FileChannel ch = FileChannel.open(Path.of(dir, "prices.csv"), StandardOpenOption.READ)) {
            int n;
            while ((n = ch.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    sum += a[i];
                }
                buf.clear();
            }
        }
        bh.consume(sum);
    }
}
