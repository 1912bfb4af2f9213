package org.alvh.bench;

import java.awt.EventQueue;
import java.awt.Frame;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import org.alvh.ui.App;
import org.alvh.ui.MainFrame;

/**
 * {@code ui}: the longest time the event dispatch thread (EDT) is blocked while the workstation opens a
 * snapshot. A watchdog thread posts a probe with {@link EventQueue#invokeLater} every {@value #PROBE_MS} ms;
 * each probe records how late it ran (now − posted). While the EDT is busy probes queue up, so the latency of
 * the first probe posted after the EDT got stuck is the stall, within 5 ms.
 *
 * <p>Two phases, reported separately:
 * <ol>
 *   <li>{@code startup}: {@link App#launch} on the bundled sample (look and feel, building the frame and its
 *       views, first load and compute), watched for {@value #STARTUP_SECONDS} s;</li>
 *   <li>{@code open}: the window, already up, opens SNAPSHOT through {@link MainFrame#open(Path)} (what
 *       File › Open does), watched for the given seconds. This is the issue's {@code ui} figure.</li>
 * </ol>
 * Needs a display; on a server:
 * <pre>xvfb-run -a java -Xmx1g -cp target/test-classes:target/alvh-workstation.jar \
 *     org.alvh.bench.EdtBlockBenchmark target/bench-data/n5000-d2520 [seconds to watch, default 30]</pre>
 */
public final class EdtBlockBenchmark {
    static final int PROBE_MS = 5;
    private static final int STARTUP_SECONDS = 10;
    private static final int MAX_PROBES = 1 << 20;

    private EdtBlockBenchmark() {
    }

    /** Probe latencies of one phase. */
    private static final class Phase {
        final AtomicLongArray latencies = new AtomicLongArray(MAX_PROBES);
        final AtomicInteger count = new AtomicInteger();

        void record(long nanos) {
            int k = count.getAndIncrement();
            if (k < MAX_PROBES) {
                latencies.set(k, nanos);
            }
        }

        String summary(String name) {
            int n = Math.min(count.get(), MAX_PROBES);
            long[] ns = new long[n];
            for (int k = 0; k < n; k++) {
                ns[k] = latencies.get(k);
            }
            Arrays.sort(ns);
            return String.format(Locale.ROOT, "%s: probes=%d max_edt_block_ms=%.1f p99_ms=%.1f median_ms=%.2f", name,
                    n, n == 0 ? Double.NaN : ns[n - 1] / 1e6, n == 0 ? Double.NaN : ns[(int) (n * 0.99)] / 1e6,
                    n == 0 ? Double.NaN : ns[n / 2] / 1e6);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--launch")) {
            launch(args.length > 1 ? args[1] : BenchData.SAMPLE, args.length > 2 ? Integer.parseInt(args[2]) : 30);
            return;
        }
        String snapshot = args.length > 0 ? args[0] : BenchData.SAMPLE;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Phase startup = new Phase();
        Phase open = new Phase();
        Phase[] current = {startup};
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "edt-watchdog");
            t.setDaemon(true);
            return t;
        });
        watchdog.scheduleAtFixedRate(() -> {
            long posted = System.nanoTime();
            Phase phase = current[0];
            EventQueue.invokeLater(() -> phase.record(System.nanoTime() - posted));
        }, 0, PROBE_MS, TimeUnit.MILLISECONDS);

        App.launch(null);
        Thread.sleep(STARTUP_SECONDS * 1000L);
        MainFrame frame = Arrays.stream(Frame.getFrames()).filter(MainFrame.class::isInstance)
                .map(MainFrame.class::cast).findFirst().orElse(null);
        if (frame == null) {
            System.out.println("NOT MEASURED: the window did not open");
            System.exit(3);
        }
        current[0] = open;
        EventQueue.invokeLater(() -> frame.open(Path.of(snapshot)));
        Thread.sleep(seconds * 1000L);
        watchdog.shutdownNow();
        System.out.println("snapshot=" + snapshot);
        System.out.println(startup.summary("startup (bundled sample)"));
        System.out.println(open.summary("open (the ui figure)"));
        System.out.println("title=" + frame.getTitle());
        System.exit(0);
    }

    /**
     * {@code --launch}: a cold start with SNAPSHOT as the argument ({@code java -jar … SNAPSHOT}), counting only
     * probes posted once the window is showing. Building the frame (before anything is on screen) is excluded:
     * Swing requires it on the EDT and no input can be waiting for it.
     */
    private static void launch(String snapshot, int seconds) throws Exception {
        Phase shown = new Phase();
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "edt-watchdog");
            t.setDaemon(true);
            return t;
        });
        watchdog.scheduleAtFixedRate(() -> {
            boolean showing = Arrays.stream(Frame.getFrames()).anyMatch(f -> f instanceof MainFrame && f.isShowing());
            if (showing) {
                long posted = System.nanoTime();
                EventQueue.invokeLater(() -> shown.record(System.nanoTime() - posted));
            }
        }, 0, PROBE_MS, TimeUnit.MILLISECONDS);
        App.launch(snapshot);
        Thread.sleep(seconds * 1000L);
        watchdog.shutdownNow();
        System.out.println("snapshot=" + snapshot);
        System.out.println(shown.summary("launch (from the window showing)"));
        System.out.println("title=" + Arrays.stream(Frame.getFrames()).filter(MainFrame.class::isInstance)
                .map(Frame::getTitle).findFirst().orElse("NOT MEASURED: no window"));
        System.exit(0);
    }
}
