package org.alvh.ui;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.alvh.io.ReadProgress;
import org.alvh.model.LoadResult;
import org.alvh.model.Snapshot;

/** A snapshot reader that reads until it is cancelled, so tests of Cancel never race a real read. */
final class EndlessReader implements Function<ReadProgress, LoadResult<Snapshot>> {
    private final CountDownLatch reading = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile ReadProgress progress;

    @Override
    public LoadResult<Snapshot> apply(ReadProgress progress) {
        this.progress = progress;
        reading.countDown();
        while (!progress.isCancelled()) {
            Thread.onSpinWait();
        }
        stopped.countDown();
        return null;
    }

    /** True once the reader runs (waits up to 30 s). */
    boolean awaitReading() throws InterruptedException {
        return reading.await(30, TimeUnit.SECONDS);
    }

    /** True once the reader has seen the cancel and returned (waits up to 30 s). */
    boolean awaitStopped() throws InterruptedException {
        return stopped.await(30, TimeUnit.SECONDS);
    }

    /** True once the reader has returned. */
    boolean stopped() {
        return stopped.getCount() == 0;
    }

    ReadProgress progress() {
        return progress;
    }
}
