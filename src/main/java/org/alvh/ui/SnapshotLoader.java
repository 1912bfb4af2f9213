package org.alvh.ui;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

import javax.swing.SwingWorker;

import org.alvh.model.LoadResult;
import org.alvh.model.Problem;
import org.alvh.model.Snapshot;

/**
 * Reads a snapshot in the background. One load at a time: a new load cancels the one running; Cancel stops
 * waiting for it (the reader itself is not interruptible, its result is dropped). The listener hears on the
 * EDT exactly one of loaded / failed / cancelled per load that was not superseded.
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

    void load(Source source, Supplier<LoadResult<Snapshot>> reader) {
        if (current != null) {
            current.cancel(true);
        }
        current = new Worker(source, reader);
        listener.loadStarted(source);
        current.execute();
    }

    void cancel() {
        if (current != null) {
            current.cancel(true);
        }
    }

    boolean isLoading() {
        return current != null;
    }

    private final class Worker extends SwingWorker<LoadResult<Snapshot>, Void> {
        private final Source source;
        private final Supplier<LoadResult<Snapshot>> reader;

        Worker(Source source, Supplier<LoadResult<Snapshot>> reader) {
            this.source = source;
            this.reader = reader;
        }

        @Override
        protected LoadResult<Snapshot> doInBackground() {
            return reader.get();
        }

        @Override
        protected void done() {
            boolean latest = current == this;
            if (latest) {
                current = null;
            }
            LoadResult<Snapshot> result;
            try {
                result = get();
            } catch (CancellationException e) {
                if (latest) {
                    listener.loadCancelled(source);
                }
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                if (latest) {
                    listener.loadCrashed(source, e.getCause());
                }
                return;
            }
            if (!latest) {
                return;
            }
            if (result.ok()) {
                listener.loaded(source, result.value());
            } else {
                listener.loadFailed(source, result.problems());
            }
        }
    }
}
