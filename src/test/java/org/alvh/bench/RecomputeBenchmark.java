package org.alvh.bench;

import org.alvh.calc.AlvhEngine;
import org.alvh.calc.AlvhResult;
import org.alvh.io.config.ConfigReader;
import org.alvh.model.AlvhConfig;
import org.alvh.model.LoadResult;
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

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * {@code recompute}: the analyst drags a parameter on a snapshot that is already loaded (no reload). Each
 * call computes with a config that differs from the previous call's ({@code beta.windowDays} 60 ↔ 50 and
 * {@code correlation.kappa} 1.0 ↔ 0.8), so nothing can be reused from the call before.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class RecomputeBenchmark {
    @Param(BenchData.SAMPLE)
    public String dir;

    private Snapshot snapshot;
    private AlvhConfig[] configs;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        snapshot = BenchData.read(dir);
        LoadResult<AlvhConfig> changed = new ConfigReader().read("bench",
                "{\"beta\": {\"windowDays\": 50}, \"correlation\": {\"kappa\": 0.8}}".getBytes(StandardCharsets.UTF_8));
        if (!changed.ok()) {
            throw new IllegalStateException(changed.errors().toString());
        }
        configs = new AlvhConfig[] {ConfigReader.defaults(), changed.value()};
    }

    @Benchmark
    public AlvhResult recompute() {
        next ^= 1;
        return AlvhEngine.compute(snapshot, configs[next]);
    }
}
