package org.alvh.ui;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;

import org.alvh.calc.AlvhEngine;
import org.alvh.calc.AlvhResult;
import org.alvh.calc.UnusableSnapshotException;
import org.alvh.model.AlvhConfig;
import org.alvh.model.Problem;
import org.alvh.model.Snapshot;

/**
 * The one recompute pipeline (STYLE.md practice 7): an immutable request is taken on the EDT, computed by
 * {@link AlvhEngine#compute} on one background thread, and only the newest request's outcome is handed to
 * the listener, on the EDT. A request overtaken before it starts is skipped; one overtaken while running is
 * computed and dropped.
 */
public final class RecomputeService {

    /** What to compute. {@code source} travels with it so the window knows which snapshot a result is for. */
    public record Request(Snapshot snapshot, AlvhConfig config, SnapshotLoader.Source source, boolean newSnapshot) {
        public Request {
            Objects.requireNonNull(snapshot, "snapshot");
            Objects.requireNonNull(config, "config");
        }
    }

    /** A finished computation. */
    public record Outcome(Request request, AlvhResult result, Duration elapsed) {
    }

    interface Listener {
        void computed(Outcome outcome);

        /** The engine found the snapshot unusable under this configuration (problems with file and line). */
        void unusable(Request request, List<Problem> problems);

        void crashed(Request request, Throwable error);

        /** Busy state changed (true while the newest request is pending). */
        void busy(boolean busy);
    }

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "alvh-recompute");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong latest = new AtomicLong();
    private final Listener listener;
    private int pending;

    RecomputeService(Listener listener) {
        this.listener = listener;
    }

    /** Queues a request; any earlier one is superseded. EDT only. */
    public void submit(Request request) {
        if (!SwingUtilities.isEventDispatchThread()) {
            throw new IllegalStateException("submit on the EDT");
        }
        long generation = latest.incrementAndGet();
        pending++;
        listener.busy(true);
        executor.execute(new Worker(generation, request));
    }

    /** True while a request is queued or running. EDT only. */
    public boolean isBusy() {
        return pending > 0;
    }

    public void shutdown() {
        executor.shutdownNow();
    }

    private final class Worker extends SwingWorker<Outcome, Void> {
        private final long generation;
        private final Request request;

        Worker(long generation, Request request) {
            this.generation = generation;
            this.request = request;
        }

        @Override
        protected Outcome doInBackground() {
            if (generation != latest.get()) {
                return null;
            }
            long start = System.nanoTime();
            AlvhResult result = AlvhEngine.compute(request.snapshot(), request.config());
            return new Outcome(request, result, Duration.ofNanos(System.nanoTime() - start));
        }

        @Override
        protected void done() {
            pending--;
            boolean newest = generation == latest.get();
            if (pending == 0) {
                listener.busy(false);
            }
            Finished<Outcome> finished = Finished.of(this);
            if (!newest) {
                return; // a later request has been made: only its outcome is shown
            }
            if (finished instanceof Finished.Failure<Outcome> failure) {
                if (failure.cause() instanceof UnusableSnapshotException unusable) {
                    listener.unusable(request, unusable.problems());
                } else {
                    listener.crashed(request, failure.cause());
                }
            } else if (finished instanceof Finished.Value<Outcome> value && value.value() != null) {
                listener.computed(value.value());
            }
        }
    }
}
