package org.alvh.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.alvh.calc.AlvhEngine;
import org.alvh.calc.AlvhResult;
import org.alvh.io.config.ConfigReader;
import org.alvh.io.config.NumericParameters;
import org.alvh.model.AlvhConfig;
import org.alvh.model.Snapshot;
import org.alvh.whatif.NumericParameter;
import org.alvh.whatif.Sensitivity;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 12's speed case, warm and in process: the full sensitivity of the default configuration on the bundled
 * sample (every numeric parameter down and up, the default step), target ≤ 2 s. The snapshot is read once;
 * building the parameters (a tree per bump, validated) is part of the work measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class SensitivityBenchmark {
    private Snapshot snapshot;
    private AlvhConfig config;

    @Setup
    public void setUp() {
        snapshot = BenchData.read(BenchData.SAMPLE);
        config = ConfigReader.defaults();
    }

    @Benchmark
    public Sensitivity fullSensitivity() {
        AlvhResult base = AlvhEngine.compute(snapshot, config);
        List<NumericParameter> parameters = NumericParameters.of(config);
        return Sensitivity.compute(snapshot, base, parameters, Sensitivity.DEFAULT_STEP, (done, total) -> { });
    }
}
