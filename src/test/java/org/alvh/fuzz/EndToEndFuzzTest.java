package org.alvh.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.alvh.calc.AlvhEngine;
import org.alvh.calc.AlvhResult;
import org.alvh.calc.UnusableSnapshotException;
import org.alvh.io.config.ConfigReader;
import org.alvh.io.SnapshotReader;
import org.alvh.model.AlvhConfig;
import org.alvh.model.LoadResult;
import org.alvh.model.Snapshot;
import org.alvh.testing.FiniteOutputs;

/**
 * Entry point 4: reader and engine end to end. The fuzzed bytes replace one file of {@code valid/small}, a
 * 45-day snapshot whose short-window config makes every layer active, so mutations reach the whole method. A
 * snapshot that loads either computes, with no NaN or infinity in the audit JSON or the hedge sheet, or is
 * rejected with {@link UnusableSnapshotException}; any other exception is a bug. Input: the file's bytes, then
 * one byte at the end naming the file (its index in {@link CsvFileFuzzTest#FILES}).
 */
class EndToEndFuzzTest {
    private static final Map<String, byte[]> SMALL = SnapshotContainer.folder("/valid/small");
    private static final AlvhConfig CONFIG = config();

    @FuzzTest(maxDuration = FuzzDurations.RUN)
    void computesOrRejectsAnyLoadedSnapshot(FuzzedDataProvider data) {
        String file = CsvFileFuzzTest.FILES.get(data.consumeInt(0, CsvFileFuzzTest.FILES.size() - 1));
        Map<String, byte[]> files = new LinkedHashMap<>(SMALL);
        files.remove("config.json");
        files.put(file, data.consumeRemainingAsBytes());
        computeOrReject(files);
    }

    /** The invariant, shared with the named regression tests. */
    static void computeOrReject(Map<String, byte[]> files) {
        LoadResult<Snapshot> load = new SnapshotReader().read("small", files);
        OutputChecks.checkLoad(load, SnapshotReader.DEFAULT_MAX_PROBLEMS);
        if (!load.ok()) {
            return;
        }
        AlvhResult result;
        try {
            result = AlvhEngine.compute(load.value(), CONFIG);
        } catch (UnusableSnapshotException e) {
            if (e.problems().isEmpty()) {
                throw new AssertionError("rejected without a problem", e);
            }
            return;
        }
        FiniteOutputs.check(result);
    }

    private static AlvhConfig config() {
        LoadResult<AlvhConfig> cfg = new ConfigReader().read("config.json",
                SnapshotContainer.folder("/valid/small").get("config.json"));
        if (!cfg.ok()) {
            throw new IllegalStateException(cfg.problems().toString());
        }
        return cfg.value();
    }
}
