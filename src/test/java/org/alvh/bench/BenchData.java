package org.alvh.bench;

import org.alvh.io.SnapshotReader;
import org.alvh.model.LoadResult;
import org.alvh.model.Snapshot;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Shared helpers of the benchmarks: reading a snapshot that must be valid, and the raw-read yardstick. */
final class BenchData {
    /** The bundled S&P 500 sample (494 constituents × 300 days), relative to the project folder. */
    static final String SAMPLE = "sample-data/spx-2018-02-05";

    private BenchData() {
    }

    static Snapshot read(String dir) {
        LoadResult<Snapshot> r = new SnapshotReader().read(Path.of(dir));
        if (!r.ok()) {
            throw new IllegalStateException("snapshot " + dir + " has errors: " + r.errors()
                    + " (run the benchmarks from the project folder; see docs/performance.md)");
        }
        return r.value();
    }

    /**
     * The raw read of a file, the yardstick for the CSV rate: every byte read once through a 1 MiB buffer on
     * one core and summed (the sum is returned so that the work cannot be dropped).
     */
    static long rawRead(Path file) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(1 << 20);
        byte[] a = buf.array();
        long sum = 0;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            int n;
            while ((n = ch.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    sum += a[i];
                }
                buf.clear();
            }
        }
        return sum;
    }
}
