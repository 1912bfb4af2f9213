package org.alvh.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.alvh.calc.AlvhEngine;
import org.alvh.calc.AlvhResult;
import org.alvh.calc.HedgedBook;
import org.alvh.calc.Scenario;
import org.alvh.calc.ScenarioPnl;
import org.alvh.calc.ScenarioSet;
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

/**
 * The book under stress (METHOD.md §9) on the bundled sample: {@link #grid} values the whole default grid
 * (every ΔS × ΔV × horizon) on the sized book, warm; {@link #recomputeWithScenarios} is a parameter change
 * that only touches the §9 path ({@code scenario.vixPerSpxDown} 1.75 ↔ 2.0): the whole engine, grid,
 * coordinated path, historical shocks and the audit trail included. Targets: grid ≤ 20 ms, recompute with
 * the grid ≤ 30 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class ScenarioGridBenchmark {
    @Param(BenchData.SAMPLE)
    public String dir;

    private Snapshot snapshot;
    private AlvhConfig[] configs;
    private HedgedBook book;
    private List<Scenario> grid;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        snapshot = BenchData.read(dir);
        LoadResult<AlvhConfig> changed = new ConfigReader().read("bench",
                "{\"scenario\": {\"vixPerSpxDown\": 2.0}}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (!changed.ok()) {
            throw new IllegalStateException(changed.errors().toString());
        }
        configs = new AlvhConfig[] {ConfigReader.defaults(), changed.value()};
        AlvhResult result = AlvhEngine.compute(snapshot, configs[0]);
        book = result.book();
        grid = ScenarioSet.grid(configs[0].scenario(),
                ScenarioSet.horizons(configs[0].scenario(), result.condor().days()));
    }

    @Benchmark
    public List<ScenarioPnl> grid() {
        List<ScenarioPnl> out = new ArrayList<>(grid.size());
        for (Scenario s : grid) {
            out.add(book.pnl(null, s));
        }
        return out;
    }

    @Benchmark
    public AlvhResult recomputeWithScenarios() {
        next ^= 1;
        return AlvhEngine.compute(snapshot, configs[next]);
    }
}
