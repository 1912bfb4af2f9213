package org.alvh.ui;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;

import org.alvh.calc.UnusableSnapshotException;
import org.alvh.model.Problem;

/**
 * One background pipeline for one kind of what-if work (the diff, or the sensitivity), in the manner of
 * {@link RecomputeService}: a job is taken on the EDT and run on the pipeline's own thread; a newer job
 * supersedes older ones (the running one is interrupted and its outcome dropped); progress and the outcome reach
 * the listener on the EDT; every worker's {@code done()} calls {@code get()} and routes input problems and
 * anything unexpected to the listener, which hands them to the window's one presenter.
 */
final class WhatIfPipeline<T> {

    /** The work; reports progress as (done, total) on the pipeline thread. */
    @FunctionalInterface
    interface Job<T> {
        /**
         * @throws UnusableSnapshotException for input that cannot be read or computed (the problems are shown)
         */
        T run(Progress progress);
    }

    /** Progress of a running job, from its thread. */
    @FunctionalInterface
    interface Progress {
        void done(int done, int total);
    }

    /** Told on the EDT, only about the newest job. */
    interface Listener<T> {
        void started(String label);

        void progress(int done, int total);

        void finished(T value);

        void unusable(String label, List<Problem> problems);

        void crashed(String label, Throwable error);
    }

    private final ExecutorService executor;
    private final AtomicLong latest = new AtomicLong();
    private final Listener<T> listener;
    private Worker running;

    WhatIfPipeline(String threadName, Listener<T> listener) {
        this.listener = listener;
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code job}; any earlier job is superseded. EDT only. */
    void submit(String label, Job<T> job) {
        if (!SwingUtilities.isEventDispatchThread()) {
            throw new IllegalStateException("submit on the EDT");
        }
        if (running != null) {
            running.cancel(true);
        }
        running = new Worker(latest.incrementAndGet(), label, job);
        listener.started(label);
        executor.execute(running);
    }

    /** True while the newest job has not finished. EDT only. */
    boolean isBusy() {
        return running != null;
    }

    void shutdown() {
        executor.shutdownNow();
    }

    private final class Worker extends SwingWorker<T, int[]> {
        private final long generation;
        private final String label;
        private final Job<T> job;

        Worker(long generation, String label, Job<T> job) {
            this.generation = generation;
            this.label = label;
            this.job = job;
        }

        @Override
        protected T doInBackground() {
            if (generation != latest.get()) {
                throw new CancellationException("superseded");
            }
            return job.run((done, total) -> publish(new int[] {done, total}));
        }

        @Override
        protected void process(List<int[]> chunks) {
            if (generation == latest.get() && !chunks.isEmpty()) {
                int[] last = chunks.get(chunks.size() - 1);
                listener.progress(last[0], last[1]);
            }
        }

        @Override
        protected void done() {
            boolean newest = generation == latest.get();
            if (!newest) {
                return;
            }
            running = null;
            Finished<T> finished = Finished.of(this);
            if (finished instanceof Finished.Failure<T> failure) {
                if (failure.cause() instanceof UnusableSnapshotException unusable) {
                    listener.unusable(label, unusable.problems());
                } else if (!(failure.cause() instanceof CancellationException)) {
                    listener.crashed(label, failure.cause());
                }
            } else if (finished instanceof Finished.Value<T> value) {
                listener.finished(value.value());
            }
        }
    }
}
