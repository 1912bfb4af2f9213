package org.alvh.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.swing.SwingUtilities;

import org.alvh.model.LoadResult;
import org.alvh.model.Problem;
import org.alvh.model.Snapshot;
import org.junit.jupiter.api.Test;

/** Cancel reaches the reader through its progress, the reader stops, and the listener hears "cancelled" once. */
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
