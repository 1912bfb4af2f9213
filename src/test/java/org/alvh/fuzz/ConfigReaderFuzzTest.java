package org.alvh.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.alvh.io.config.ConfigReader;
import org.alvh.io.config.ConfigWriter;
import org.alvh.model.AlvhConfig;
import org.alvh.model.LoadResult;

/**
 * Entry point 3: the configuration reader on any bytes. It never throws; a configuration it accepts can be
 * written and read back to the same configuration. Seeds: the defaults file and every config.json of the test
 * fixtures, plus partial files.
 */
class ConfigReaderFuzzTest {

    @FuzzTest(maxDuration = FuzzDurations.RUN)
    void readsAnyConfig(byte[] json) {
        LoadResult<AlvhConfig> result = new ConfigReader().read("alvh.json", json);
        OutputChecks.checkLoad(result, Integer.MAX_VALUE - 1);
        if (result.ok()) {
            LoadResult<AlvhConfig> again = new ConfigReader().read("alvh.json", ConfigWriter.toJson(result.value()).getBytes(StandardCharsets.UTF_8));
            if (!again.ok() || !again.value().equals(result.value())) {
                throw new AssertionError("a written configuration does not read back: " + again.problems());
            }
        }
    }
}
