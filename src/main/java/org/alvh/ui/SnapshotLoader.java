package org.alvh.ui;

import java.util.List;
import java.util.function.Function;

import javax.swing.SwingWorker;

import org.alvh.io.ReadProgress;
import org.alvh.model.LoadResult;
import org.alvh.model.Problem;
import org.alvh.model.Snapshot;

/**
 * Reads a snapshot in the background. One load at a time: a new load cancels the one running. Cancel stops
 * the reader at its next read (through its {@link ReadProgress}) and drops whatever it would have returned.
 * The listener hears on the EDT exactly one of loaded / failed / cancelled / crashed per load that was not
 * superseded. A load is heard as cancelled whenever Cancel was asked for before its outcome reached the EDT,
 * however the reader ended: the reader sees the cancel on its own thread and may return (or throw
 * {@link ReadProgress.Cancelled}) before the worker itself is cancelled, and that outcome is dropped too.
 */
final class SnapshotLoader {

    /** Where a snapshot came from: a path, or the bundled sample ({@code path} null). */
    record Source(String label, java.nio.file.Path path) {
    }

    interface Listener {
        void loadStarted(Source source);

        void loaded(Source source, Snapshot snapshot);

        void loadFailed(Source source, List<Problem> problems);

        void loadCancelled(Source source);

        void loadCrashed(Source source, Throwable error);
    }

    private final Listener listener;
    private Worker current;

    SnapshotLoader(Listener listener) {
        this.listener = listener;
    }

    void load(Source source, Function<ReadProgress, LoadResult<Snapshot>> reader) {
        Worker superseded = current;
        current = null; // its done() (run at once when cancelled on the EDT) must stay silent
        if (superseded != null) {
            superseded.stop();
        }
        current = new Worker(source, reader);
        listener.loadStarted(source);
        current.execute();
    }

    void cancel() {
        if (current != null) {
            current.stop();
        }
    }

    /** How far the running load has read; null when nothing is loading. */
    ReadProgress progress() {
        return current == null ? null : current.progress;
    }

    private final class Worker extends SwingWorker<LoadResult<Snapshot>, Void> {
        private final Source source;
        private final Function<ReadProgress, LoadResult<Snapshot>> reader;
        private final ReadProgress progress = new ReadProgress();

        Worker(Source source, Function<ReadProgress, LoadResult<Snapshot>> reader) {
            this.source = source;
            this.reader = reader;
        }

        void stop() {
            progress.cancel();
            cancel(true);
        }

        @Override
        protected LoadResult<Snapshot> doInBackground() {
            return reader.apply(progress);
        }

        @Override
        protected void done() {
            boolean latest = current == this;
            if (latest) {
                current = null;
            }
            Finished<LoadResult<Snapshot>> finished = Finished.of(this); // get() is always called
            if (!latest) {
                return;
            }
            // stopped before or after the reader ended: either way heard as cancelled
            if (isCancelled() || progress.isCancelled()) {
                listener.loadCancelled(source);
            } else if (finished instanceof Finished.Failure<LoadResult<Snapshot>> failure) {
                listener.loadCrashed(source, failure.cause());
            } else if (finished instanceof Finished.Value<LoadResult<Snapshot>> value) {
                LoadResult<Snapshot> result = value.value();
                if (result.ok()) {
                    listener.loaded(source, result.value());
                } else {
                    listener.loadFailed(source, result.problems());
                }
            }
        }
    }
}
