package org.alvh.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;
import org.alvh.io.HistoryReader;
import org.alvh.io.config.ConfigReader;
import org.alvh.model.AlvhConfig;
import org.alvh.model.History;
import org.alvh.model.LoadResult;
import org.alvh.replay.ReplayEngine;
import org.alvh.replay.ReplayListener;
import org.alvh.replay.ReplayResult;

/**
 * {@code replay}: the default program (daily marks, weekly rebalances) over the bundled history when there is one
 * ({@code sample-data/*history*.zip}), else the golden small history. Reports the read, the first replay in a
 * fresh JVM (cold: class loading and JIT included), the median of the warm replays, and where the time of a
 * warm replay goes (the engine's §2–§5 runs, building the §10.2 snapshot views, the rest: marks, rules,
 * statistics). Not a test: speed is never asserted.
 * <pre>java -Xmx512m -cp target/test-classes:target/alvh-workstation.jar org.alvh.bench.ReplayBenchmark [HISTORY]</pre>
 * The cold figure of the command line itself: {@code time java -jar target/alvh-workstation.jar backtest HISTORY
 * --out DIR -q}.
 */
public final class ReplayBenchmark {
    private static final int WARM_RUNS = 7;

    private ReplayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path history = args.length > 0 ? Path.of(args[0]) : defaultHistory();
        AlvhConfig config = ConfigReader.defaults();
        long t0 = System.nanoTime();
        LoadResult<History> read = new HistoryReader().read(history);
        long readNanos = System.nanoTime() - t0;
        if (!read.ok()) {
            throw new IllegalStateException("history cannot be read: " + read.errors());
        }
        ReplayResult cold = replay(read.value(), config);
        long[] warm = new long[WARM_RUNS];
        ReplayResult last = cold;
        for (int i = 0; i < WARM_RUNS; i++) {
            last = replay(read.value(), config);
            warm[i] = last.timing().totalNanos();
        }
        Arrays.sort(warm);
        ReplayResult.Timing w = last.timing();
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "replay %s: %d market dates, %d rows, %d engine runs, %d trades%n", history,
                read.value().market().size(), last.daily().size(), last.engineRuns(), last.trades().size());
        System.out.printf(Locale.ROOT, "read %.2f s; cold replay %.2f s (engine %.2f, snapshots %.2f);"
                + " warm median %.2f s (min %.2f, max %.2f)%n", s(readNanos), s(cold.timing().totalNanos()),
                s(cold.timing().engineNanos()), s(cold.timing().snapshotNanos()), s(warm[WARM_RUNS / 2]), s(warm[0]),
                s(warm[WARM_RUNS - 1]));
        System.out.printf(Locale.ROOT, "warm: engine %.0f %%, snapshot views %.0f %%, marks/rules/statistics %.0f %%;"
                + " heap used %d MB of max %d MB%n", 100.0 * w.engineNanos() / w.totalNanos(),
                100.0 * w.snapshotNanos() / w.totalNanos(),
                100.0 * (w.totalNanos() - w.engineNanos() - w.snapshotNanos()) / w.totalNanos(),
                (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
    }

    private static ReplayResult replay(History history, AlvhConfig config) {
        return ReplayEngine.run(history, config, null, null, () -> false, ReplayListener.NONE);
    }

    private static Path defaultHistory() throws Exception {
        Path samples = Path.of("sample-data");
        if (Files.isDirectory(samples)) {
            try (Stream<Path> files = Files.list(samples)) {
                Path bundled = files.filter(p -> p.getFileName().toString().contains("history")
                        && p.getFileName().toString().endsWith(".zip")).sorted().findFirst().orElse(null);
                if (bundled != null) {
                    return bundled;
                }
            }
        }
        return Path.of("src/test/resources/golden-replay/small-2018/history.zip");
    }

    private static double s(long nanos) {
        return nanos / 1e9;
    }
}
