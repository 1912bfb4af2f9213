package org.alvh.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.alvh.calc.AlvhEngine;
import org.alvh.calc.AlvhResult;
import org.alvh.io.HistoryReader;
import org.alvh.io.config.ConfigReader;
import org.alvh.model.AlvhConfig;
import org.alvh.model.History;
import org.alvh.model.LoadResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine standing at one date of the bundled history ({@code sample-data/history-2015-2021.zip}, 423 names
 * × 1,744 dates): the snapshot at the date is cut by views ({@link SnapshotAtDate}) and computed. {@code date}
 * is the date's index: if standing at a date copied the history up to it, the cost would grow with the index;
 * with views it does not ({@code compute} depends on the config's windows, not on the date). Run
 * {@code bench/run-jmh.sh HistoryDateBenchmark}; {@link HistoryWalkHarness} walks 250 consecutive dates.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class HistoryDateBenchmark {
    static final String HISTORY = "sample-data/history-2015-2021.zip";

    @Param({"300", "1000", "1740"})
    public int date;

    private History history;
    private AlvhConfig config;

    @Setup
    public void setUp() {
        history = read(HISTORY);
        config = ConfigReader.defaults();
    }

    static History read(String zip) {
        LoadResult<History> r = new HistoryReader().read(Path.of(zip));
        if (!r.ok()) {
            throw new IllegalStateException("history " + zip + " has errors: " + r.errors()
                    + " (run the benchmarks from the project folder)");
        }
        return r.value();
    }

    /** The snapshot at the date alone (views and the per-date constituents and caps). */
    @Benchmark
    public Object snapshotAtDate() {
        return SnapshotAtDate.of(history, date);
    }

    /** The snapshot at the date and one engine run on it. */
    @Benchmark
    public AlvhResult computeAtDate() {
        return AlvhEngine.compute(SnapshotAtDate.of(history, date), config);
    }
}
