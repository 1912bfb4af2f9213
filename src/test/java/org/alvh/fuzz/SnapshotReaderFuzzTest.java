package org.alvh.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Map;
import org.alvh.io.SnapshotReader;
import org.alvh.model.LoadResult;
import org.alvh.model.Snapshot;

/**
 * Entry point 1: the snapshot reader on a whole snapshot (file names and contents) given in memory. The reader
 * never throws, and a load has a value exactly when it has no error. Seeds: {@code valid/*}, every malformed
 * and unusable fixture, the golden snapshots cut short, zip-slip names (see {@link SeedCorpus}).
 *
 * <p>Input: {@link SnapshotContainer} bytes, then one byte at the end choosing tight or default limits.
 */
class SnapshotReaderFuzzTest {
    static final long TIGHT_FILE_BYTES = 2048;
    static final long TIGHT_ROWS = 8;
    static final int TIGHT_PROBLEMS = 3;

    @FuzzTest(maxDuration = FuzzDurations.RUN)
    void readsAnySnapshot(FuzzedDataProvider data) {
        boolean tight = data.consumeBoolean();
        Map<String, byte[]> files = SnapshotContainer.unpack(data.consumeRemainingAsBytes());
        SnapshotReader reader = tight ? new SnapshotReader(TIGHT_FILE_BYTES, TIGHT_ROWS, TIGHT_PROBLEMS)
                : new SnapshotReader();
        int maxProblems = tight ? TIGHT_PROBLEMS : SnapshotReader.DEFAULT_MAX_PROBLEMS;
        LoadResult<Snapshot> result = reader.read("fuzz", files);
        OutputChecks.checkLoad(result, maxProblems);
    }
}
