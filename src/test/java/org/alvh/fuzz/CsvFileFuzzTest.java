package org.alvh.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alvh.io.SnapshotReader;

/**
 * Entry point 2: the CSV layer, one file at a time: the fuzzed bytes replace (or add) one file of the tiny
 * valid snapshot, so every other file parses and the parsers' cross-file checks (as-of date, tickers,
 * calendar, condor expiry after T) are reached. Input: the file's bytes, then one byte at the end naming the
 * file (its index in {@link #FILES}).
 */
class CsvFileFuzzTest {
    static final List<String> FILES = List.of("constituents.csv", "condor.csv", "market.csv", "vix_futures.csv",
            "prices.csv", "chain.csv", "events.csv", "snapshot.json");
    private static final Map<String, byte[]> TINY = SnapshotContainer.folder("/valid/tiny");

    @FuzzTest(maxDuration = FuzzDurations.RUN)
    void parsesAnyFileInAValidSnapshot(FuzzedDataProvider data) {
        String file = FILES.get(data.consumeInt(0, FILES.size() - 1));
        Map<String, byte[]> files = new LinkedHashMap<>(TINY);
        files.put(file, data.consumeRemainingAsBytes());
        OutputChecks.checkLoad(new SnapshotReader().read("tiny", files), SnapshotReader.DEFAULT_MAX_PROBLEMS);
    }
}
