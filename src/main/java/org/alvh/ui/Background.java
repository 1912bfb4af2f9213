package org.alvh.ui;

import java.awt.Component;
import java.io.IOException;
import java.util.function.Consumer;

import javax.swing.SwingWorker;

/**
 * Small background jobs of the window (writing a file): run off the EDT, the result handed to
 * {@code onDone} on the EDT; {@code done()} always calls {@code get()}: an {@link IOException} becomes a
 * plain message, anything else goes to the {@link ErrorPresenter} as unexpected.
 */
final class Background {
    private Background() {
    }

    /** A job that may fail with an I/O error. */
    @FunctionalInterface
    interface Job<T> {
        T run() throws IOException;
    }

    static <T> SwingWorker<T, Void> run(Component parent, ErrorPresenter presenter, String doing, Job<T> job,
                                        Consumer<T> onDone) {
        SwingWorker<T, Void> worker = new SwingWorker<>() {
            @Override
            protected T doInBackground() throws IOException {
                return job.run();
            }

            @Override
            protected void done() {
                Finished<T> finished = Finished.of(this);
                if (finished instanceof Finished.Failure<T> failure) {
                    if (failure.cause() instanceof IOException io) {
                        presenter.problem(parent, "Cannot finish", "Could not finish " + doing + ":\n"
                                + (io.getMessage() == null ? io.getClass().getSimpleName() : io.getMessage()));
                    } else {
                        presenter.unexpected(parent, doing, failure.cause());
                    }
                } else if (finished instanceof Finished.Value<T> value) {
                    onDone.accept(value.value());
                }
            }
        };
        worker.execute();
        return worker;
    }
}
