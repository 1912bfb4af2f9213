package org.alvh.io;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How far a {@link SnapshotReader} has read, and a way to stop it. Bytes are counted as they are read from
 * the snapshot's files on disk; {@link #fraction()} is unknown (negative) until the reader knows the total,
 * and for a zip, whose entries are inflated into memory first. Thread-safe: the reader's threads advance it,
 * any thread may read it or cancel it.
 */
public final class ReadProgress {
    private final AtomicLong read = new AtomicLong();
    private volatile long total = -1;
    private volatile boolean cancelled;
    private final long cancelAfter;

    public ReadProgress() {
        this(Long.MAX_VALUE);
    }

    /** Cancels itself once more than {@code cancelAfterBytes} have been read: for tests of cancellation. */
    ReadProgress(long cancelAfterBytes) {
        this.cancelAfter = cancelAfterBytes;
    }

    /** Thrown inside the reader once the read is cancelled; {@link SnapshotReader} lets it out. */
    public static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super("the snapshot read was cancelled", null, false, false);
        }
    }

    /** Asks the reader to stop at its next read; it then throws {@link Cancelled}. */
    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Share of the bytes read, in [0, 1]; negative while unknown. */
    public double fraction() {
        long all = total;
        return all <= 0 ? -1 : Math.min(1.0, (double) read.get() / all);
    }

    /** Bytes read so far (a file read twice counts twice: the share is capped at 1). */
    public long bytesRead() {
        return read.get();
    }

    /** Bytes the reader expects to read; negative while unknown. */
    public long bytesTotal() {
        return total;
    }

    void expect(long bytes) {
        total = bytes;
    }

    /** Counts {@code bytes} read; throws {@link Cancelled} once cancelled. */
    void advance(long bytes) {
        check();
        if (read.addAndGet(bytes) > cancelAfter) {
            cancel();
        }
    }

    /** Throws {@link Cancelled} once cancelled. */
    void check() {
        if (cancelled) {
            throw new Cancelled();
        }
    }
}
