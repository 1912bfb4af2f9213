package org.alvh.ui;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * How a finished background worker ended, read once in its {@code done()}: its value, the error its work threw,
 * or nothing (it was cancelled, or the event thread was interrupted). One home for the {@code get()} dance of
 * every worker of the window.
 */
sealed interface Finished<T> {
    /** The work returned {@code value}. */
    record Value<T>(T value) implements Finished<T> {
    }

    /** The work threw {@code cause}. */
    record Failure<T>(Throwable cause) implements Finished<T> {
    }

    /** The worker was cancelled (or interrupted): nothing to show. */
    record Nothing<T>() implements Finished<T> {
    }

    /** Reads a worker that is done; never blocks. */
    static <T> Finished<T> of(Future<T> worker) {
        try {
            return new Value<>(worker.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Nothing<>();
        } catch (CancellationException e) {
            return new Nothing<>();
        } catch (ExecutionException e) {
            return new Failure<>(e.getCause());
        }
    }
}
