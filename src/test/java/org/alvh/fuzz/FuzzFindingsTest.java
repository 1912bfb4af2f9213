package org.alvh.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.alvh.calc.AlvhEngine;
import org.alvh.calc.AlvhResult;
import org.alvh.calc.LayerResult;
import org.alvh.io.config.ConfigReader;
import org.alvh.io.SnapshotReader;
import org.alvh.model.AlvhConfig;
import org.junit.jupiter.api.Test;

/**
 * One test per bug the fuzzers found (docs/fuzzing.md), named after the bug; the crashing input itself is also
 * kept in the fuzz test's inputs folder, so the regression run replays it too.
 */
class FuzzFindingsTest {
    private static final double VIX_STRIKE_STEP = 1.0;

    /** Finding 1 (EndToEndFuzzTest): a VIX future of 0.25 points put the layer-3 call strike at 0; Black-76 threw. */
    @Test
    void vixCallStrikeNeverRoundsToZero() {
        Map<String, byte[]> files = small();
        files.put("vix_futures.csv", ("expiry,price,option_iv\n2018-02-14,37.32,1.7734\n2018-03-21,35.28,1.836\n"
                + "2018-07-18,.2531,0.7608\n").getBytes(StandardCharsets.UTF_8));

        assertThatCode(() -> EndToEndFuzzTest.computeOrReject(files)).doesNotThrowAnyException();
        LayerResult layer3 = compute(files).layers().get(2);
        assertThat(layer3.strikes()).containsExactly(VIX_STRIKE_STEP);
    }

    static Map<String, byte[]> small() {
        Map<String, byte[]> files = new LinkedHashMap<>(SnapshotContainer.folder("/valid/small"));
        files.remove("config.json");
        return files;
    }

    static AlvhResult compute(Map<String, byte[]> files) {
        AlvhConfig config = new ConfigReader().read("config.json",
                SnapshotContainer.folder("/valid/small").get("config.json")).value();
        return AlvhEngine.compute(new SnapshotReader().read("small", files).value(), config);
    }
}
