package org.alvh.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import javax.swing.SwingUtilities;

import org.alvh.io.ReadProgress;
import org.alvh.model.LoadResult;
import org.alvh.model.Problem;
import org.alvh.model.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Cancel reaches the reader through its progress, the reader stops, and the listener hears "cancelled" once. */
@ExtendWith(ThreadDumpOnFailure.class)
class SnapshotLoaderTest {
    private final BlockingQueue<String> heard = new LinkedBlockingQueue<>();

    private final SnapshotLoader.Listener listener = new SnapshotLoader.Listener() {
        @Override
        public void loadStarted(SnapshotLoader.Source source) {
            heard.add("started " + source.label());
        }

        @Override
        public void loaded(SnapshotLoader.Source source, Snapshot snapshot) {
            heard.add("loaded " + source.label());
        }

        @Override
        public void loadFailed(SnapshotLoader.Source source, List<Problem> problems) {
            heard.add("failed " + source.label());
        }

        @Override
        public void loadCancelled(SnapshotLoader.Source source) {
            heard.add("cancelled " + source.label());
        }

        @Override
        public void loadCrashed(SnapshotLoader.Source source, Throwable error) {
            heard.add("crashed " + source.label());
        }
    };

    @Test
    void cancelStopsTheReaderAndIsHeardOnce() throws Exception {
        SnapshotLoader loader = new SnapshotLoader(listener);
        EndlessReader reader = new EndlessReader();
        SwingUtilities.invokeAndWait(() -> loader.load(new SnapshotLoader.Source("big", null), reader));
        assertThat(reader.awaitReading()).isTrue();
        SwingUtilities.invokeAndWait(() -> assertThat(loader.progress()).isSameAs(reader.progress()));

        SwingUtilities.invokeAndWait(loader::cancel);

        assertThat(reader.awaitStopped()).as("the reader saw the cancel and stopped").isTrue();
        assertThat(heard.poll(30, TimeUnit.SECONDS)).isEqualTo("started big");
        assertThat(heard.poll(30, TimeUnit.SECONDS)).isEqualTo("cancelled big");
        SwingUtilities.invokeAndWait(() -> assertThat(loader.progress()).isNull());
        assertThat(heard.poll(200, TimeUnit.MILLISECONDS)).as("nothing else is heard").isNull();
    }

    /** How a reader ended before the worker running it was cancelled. */
    enum Ending {
        /** Gave up at the cancel with no snapshot, as {@link EndlessReader} does. */
        RETURNED_NOTHING(progress -> null),
        /** Returned what it had read, problems included. */
        RETURNED_A_RESULT(progress -> new LoadResult<>(null, List.of(Problem.error("market.csv", 2, 1, "bad")))),
        /** Threw, as {@code SnapshotReader} does with {@link ReadProgress.Cancelled} at its next read. */
        THREW(progress -> {
            throw new IllegalStateException("the snapshot read was cancelled");
        });

        final Function<ReadProgress, LoadResult<Snapshot>> reader;

        Ending(Function<ReadProgress, LoadResult<Snapshot>> reader) {
            this.reader = reader;
        }
    }

    /**
     * The bug behind the GUI suite's rare failure pair: Cancel tells the reader first (through its progress) and
     * cancels the worker after, so a reader that stops at once could end before the worker was cancelled. Its
     * outcome then reached {@code done()} as a normal one: null (a NullPointerException on the EDT, shown by the
     * window as an "Unexpected error" dialog that blocked the next window), a result, or the reader's exception
     * (reported as a crash). Here the EDT is held until the reader has ended and its worker thread is idle
     * again, and only then is Cancel pressed, so that order is forced; Cancel must still be heard as cancelled.
     */
    @ParameterizedTest
    @EnumSource(Ending.class)
    void cancelIsHeardAsCancelledWhenTheReaderEndedBeforeTheWorkerWasCancelled(Ending ending) throws Exception {
        SnapshotLoader loader = new SnapshotLoader(listener);
        CountDownLatch ended = new CountDownLatch(1);
        AtomicReference<Thread> readerThread = new AtomicReference<>();
        Function<ReadProgress, LoadResult<Snapshot>> reader = progress -> {
            readerThread.set(Thread.currentThread());
            try {
                return ending.reader.apply(progress);
            } finally {
                ended.countDown();
            }
        };

        SwingUtilities.invokeAndWait(() -> {
            loader.load(new SnapshotLoader.Source("quick", null), reader);
            try {
                assertThat(ended.await(30, TimeUnit.SECONDS)).as("the reader ran").isTrue();
                awaitIdle(readerThread.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            loader.cancel(); // still on the same EDT event: done() cannot have run yet
        });

        assertThat(heard.poll(30, TimeUnit.SECONDS)).isEqualTo("started quick");
        assertThat(heard.poll(30, TimeUnit.SECONDS)).isEqualTo("cancelled quick");
        SwingUtilities.invokeAndWait(() -> assertThat(loader.progress()).isNull());
        assertThat(heard.poll(200, TimeUnit.MILLISECONDS)).as("nothing else is heard").isNull();
    }

    /**
     * Waits (up to 30 s) until {@code worker} is parked, back in its pool: by then the worker's outcome is stored.
     * Should it not get there, Cancel comes earlier, the worker is cancelled, and the test still holds.
     */
    private static void awaitIdle(Thread worker) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            Thread.State state = worker.getState();
            if (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING) {
                return;
            }
            Thread.sleep(1);
        }
    }

    @Test
    void aNewLoadCancelsTheRunningOne() throws Exception {
        SnapshotLoader loader = new SnapshotLoader(listener);
        EndlessReader first = new EndlessReader();
        SwingUtilities.invokeAndWait(() -> loader.load(new SnapshotLoader.Source("first", null), first));
        assertThat(first.awaitReading()).isTrue();

        SwingUtilities.invokeAndWait(() -> loader.load(new SnapshotLoader.Source("second", null),
                progress -> new LoadResult<>(null, List.of(Problem.error("market.csv", 2, 1, "bad")))));

        assertThat(first.awaitStopped()).as("the first reader stopped").isTrue();
        assertThat(heard.poll(30, TimeUnit.SECONDS)).isEqualTo("started first");
        assertThat(heard.poll(30, TimeUnit.SECONDS)).isEqualTo("started second");
        assertThat(heard.poll(30, TimeUnit.SECONDS)).as("only the latest load is heard").isEqualTo("failed second");
    }
}
