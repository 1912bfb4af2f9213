package org.alvh.bench;

import org.alvh.calc.AlvhEngine;
import org.alvh.calc.AlvhResult;
import org.alvh.io.config.ConfigReader;
import org.alvh.io.SnapshotReader;
import org.alvh.model.LoadResult;
import org.alvh.model.Snapshot;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One whole load + compute of a snapshot in a fresh JVM, for the {@code market} figures: prints the wall
 * time of the read and of the engine, the peak heap (sum of the peak usage of every heap memory pool, from
 * {@link MemoryPoolMXBean}) and, for {@code prices.csv}, the raw read rate of its bytes against the parse rate.
 * Run by {@code bench/run-process.sh}; not a unit test.
 *
 * <pre>java -Xmx1g -cp target/test-classes:target/alvh-workstation.jar org.alvh.bench.LoadComputeHarness DIR</pre>
 */
public final class LoadComputeHarness {
    private LoadComputeHarness() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        long t0 = System.nanoTime();
        LoadResult<Snapshot> loaded = new SnapshotReader().read(dir);
        long t1 = System.nanoTime();
        if (!loaded.ok()) {
            System.err.println("snapshot has errors: " + loaded.errors());
            System.exit(2);
        }
        AlvhResult result = AlvhEngine.compute(loaded.value(), ConfigReader.defaults());
        long t2 = System.nanoTime();
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        Path prices = dir.resolve("prices.csv");
        long bytes = Files.exists(prices) ? Files.size(prices) : 0;
        double rawMs = bytes > 0 ? rawReadMillis(prices) : Double.NaN;
        System.out.printf(Locale.ROOT, "load_ms=%.1f compute_ms=%.1f total_ms=%.1f peak_heap_mb=%.1f prices_mb=%.1f"
                        + " raw_read_ms=%.1f raw_read_mb_s=%.0f load_mb_s=%.0f beta=%s%n",
                (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t2 - t0) / 1e6, peakHeap / 1048576.0, bytes / 1048576.0,
                rawMs, bytes / 1048576.0 / (rawMs / 1000), bytes / 1048576.0 / ((t1 - t0) / 1e9),
                result.beta().adjusted());
    }

    /** {@link BenchData#rawRead} of the file, timed (after the load, so from the page cache like the load itself). */
    private static double rawReadMillis(Path file) throws IOException {
        long t0 = System.nanoTime();
        long sum = BenchData.rawRead(file);
        double ms = (System.nanoTime() - t0) / 1e6;
        if (sum == 42) {
            System.out.print("");
        }
        return ms;
    }
}
