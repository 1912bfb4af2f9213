package org.alvh.io;

import org.alvh.model.LoadResult;
import org.alvh.model.Snapshot;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random damage to the tiny snapshot never makes the reader throw: every outcome is a load result with a
 * snapshot or with at least one error. Seeded, so a failure is reproducible.
 */
class SnapshotReaderRobustnessTest {
    private static final int ROUNDS = 400;
    private static final byte[] NASTY = ",\"\n\r-.e0N;\\ \uFEFF".getBytes(StandardCharsets.UTF_8);

    @Test
    void randomlyDamagedSnapshotsNeverThrow() throws IOException {
        Map<String, byte[]> base = SnapshotReaderEdgeCaseTest.bytes(SnapshotReaderEdgeCaseTest.tiny());
        base.put("snapshot.json", "{\"asof\": \"2018-01-16\", \"name\": \"x\"}".getBytes(StandardCharsets.UTF_8));
        base.put("chain.csv", "expiry,strike,call_bid,call_ask,put_bid,put_ask\n2018-03-16,2500,1,2,3,4\n"
                .getBytes(StandardCharsets.UTF_8));
        base.put("events.csv", "date,type\n2018-01-31,FOMC\n".getBytes(StandardCharsets.UTF_8));
        List<String> names = new ArrayList<>(base.keySet());
        Random random = new Random(20180205L);
        SnapshotReader reader = new SnapshotReader();
        for (int round = 0; round < ROUNDS; round++) {
            Map<String, byte[]> files = new LinkedHashMap<>(base);
            String victim = names.get(random.nextInt(names.size()));
            files.put(victim, damage(files.get(victim), random));

            LoadResult<Snapshot> result = reader.read("fuzz", files);

            assertThat(result.value() != null || !result.errors().isEmpty())
                    .as("round %d, %s", round, victim).isTrue();
        }
    }

    private static byte[] damage(byte[] data, Random random) {
        byte[] out = data.clone();
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits && out.length > 0; i++) {
            int at = random.nextInt(out.length);
            switch (random.nextInt(3)) {
                case 0 -> out[at] = NASTY[random.nextInt(NASTY.length)];
                case 1 -> out[at] = (byte) random.nextInt(256);
                default -> out = java.util.Arrays.copyOf(out, at);
            }
        }
        return out;
    }
}
