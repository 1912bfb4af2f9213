package org.alvh.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Map;
import org.alvh.io.HistoryReader;
import org.alvh.io.SnapshotReader;
import org.alvh.model.History;
import org.alvh.model.LoadResult;

/**
 * Entry point 5: the history reader (METHOD.md §10.1) on a whole history given in memory. The reader never
 * throws, and a load has a value exactly when it has no error. Seeds (hand-made, in
 * {@code HistoryReaderFuzzTestInputs}): the golden replay history cut to its first rows, with default and tight
 * limits, one with broken settlements and one with a zip-slip name.
 *
 * <p>Input: {@link SnapshotContainer} bytes, then one byte at the end choosing tight or default limits.
 */
class HistoryReaderFuzzTest {

    @FuzzTest(maxDuration = FuzzDurations.RUN)
    void readsAnyHistory(FuzzedDataProvider data) {
        boolean tight = data.consumeBoolean();
        Map<String, byte[]> files = SnapshotContainer.unpack(data.consumeRemainingAsBytes());
        HistoryReader reader = tight ? new HistoryReader(SnapshotReaderFuzzTest.TIGHT_FILE_BYTES,
                SnapshotReaderFuzzTest.TIGHT_ROWS, SnapshotReaderFuzzTest.TIGHT_PROBLEMS) : new HistoryReader();
        int maxProblems = tight ? SnapshotReaderFuzzTest.TIGHT_PROBLEMS : SnapshotReader.DEFAULT_MAX_PROBLEMS;
        LoadResult<History> result = reader.read("fuzz", files);
        OutputChecks.checkLoad(result, maxProblems);
    }
}
