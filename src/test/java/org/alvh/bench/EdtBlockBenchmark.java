package org.alvh.bench;

import java.awt.EventQueue;
import java.awt.Frame;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * {@code ui}: opens a snapshot in the workstation window and reports the longest time the event dispatch
 * thread (EDT) was blocked. A watchdog thread posts a probe with {@link EventQueue#invokeLater} every
 * {@value #PROBE_MS} ms; each probe records how late it ran (now − posted). While the EDT is busy, probes
 * queue up, so the latency of the first one posted after the EDT got stuck is the stall, within 5 ms.
 *
 * <p>The window is reached by reflection ({@code org.alvh.ui.App.launch(String)}, the entry point
 * {@code org.alvh.Main} uses), so this compiles whatever state the UI branch is in. When the UI is not
 * there or refuses to open, it prints {@code NOT MEASURED} and exits with 3. Needs a display; on a server:
 *
 * <pre>xvfb-run -a java -Xmx1g -cp target/test-classes:target/alvh-workstation.jar \
 *     org.alvh.bench.EdtBlockBenchmark target/bench-data/n5000-d2520 [seconds to watch, default 30]</pre>
 */
public final class EdtBlockBenchmark {
    static final int PROBE_MS = 5;
    private static final int MAX_PROBES = 1 << 20;

    private EdtBlockBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String snapshot = args.length > 0 ? args[0] : BenchData.SAMPLE;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        AtomicLongArray latencies = new AtomicLongArray(MAX_PROBES);
        AtomicInteger count = new AtomicInteger();
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "edt-watchdog");
            t.setDaemon(true);
            return t;
        });
        watchdog.scheduleAtFixedRate(() -> {
            long posted = System.nanoTime();
            EventQueue.invokeLater(() -> {
                int k = count.getAndIncrement();
                if (k < MAX_PROBES) {
                    latencies.set(k, System.nanoTime() - posted);
                }
            });
        }, 0, PROBE_MS, TimeUnit.MILLISECONDS);

        long start = System.nanoTime();
        String failure = launch(snapshot);
        if (failure != null) {
            System.out.println("NOT MEASURED: " + failure);
            System.exit(3);
        }
        Thread.sleep(seconds * 1000L);
        watchdog.shutdownNow();
        int n = Math.min(count.get(), MAX_PROBES);
        long[] ns = new long[n];
        for (int k = 0; k < n; k++) {
            ns[k] = latencies.get(k);
        }
        Arrays.sort(ns);
        System.out.printf(Locale.ROOT, "snapshot=%s watched_s=%.1f probes=%d max_edt_block_ms=%.1f p99_ms=%.1f"
                        + " median_ms=%.2f frames=%d%n", snapshot, (System.nanoTime() - start) / 1e9, n,
                n == 0 ? Double.NaN : ns[n - 1] / 1e6, n == 0 ? Double.NaN : ns[(int) (n * 0.99)] / 1e6,
                n == 0 ? Double.NaN : ns[n / 2] / 1e6, Frame.getFrames().length);
        System.exit(0);
    }

    /** Opens the window on the snapshot; null when it opened, else why it could not. */
    private static String launch(String snapshot) {
        try {
            Class<?> app = Class.forName("org.alvh.ui.App");
            Method launch = app.getMethod("launch", String.class);
            launch.invoke(null, snapshot);
            return null;
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            return "the window (org.alvh.ui.App.launch(String)) is not in this build";
        } catch (InvocationTargetException e) {
            return "the window did not open: " + e.getCause();
        } catch (IllegalAccessException e) {
            return "cannot call org.alvh.ui.App.launch: " + e;
        }
    }
}
