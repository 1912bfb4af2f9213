package org.alvh.bench;

import java.util.Locale;
import org.alvh.calc.AlvhEngine;
import org.alvh.calc.UnusableSnapshotException;
import org.alvh.io.config.ConfigReader;
import org.alvh.model.AlvhConfig;
import org.alvh.model.History;

/**
 * The engine on 250 consecutive dates of the bundled history, twice: dates 300..549 and 1490..1739 of 1,744.
 * Prints the mean cost per date of each walk and of each 50-date block, after one warm-up walk: with the
 * snapshot at a date cut by views the cost is flat, it does not grow with the date index. Not a unit test.
 *
 * <pre>java -cp target/test-classes:target/alvh-workstation.jar org.alvh.bench.HistoryWalkHarness</pre>
 */
public final class HistoryWalkHarness {
    private static final int DATES = 250;
    private static final int BLOCK = 50;

    private HistoryWalkHarness() {
    }

    public static void main(String[] args) {
        History history = HistoryDateBenchmark.read(args.length > 0 ? args[0] : HistoryDateBenchmark.HISTORY);
        AlvhConfig config = ConfigReader.defaults();
        int last = history.market().size() - 1;
        walk(history, config, 300, false); // warm-up
        walk(history, config, 300, true);
        walk(history, config, last - DATES - 3, true);
    }

    private static void walk(History history, AlvhConfig config, int first, boolean print) {
        long start = System.nanoTime();
        long blockStart = start;
        int failures = 0;
        StringBuilder blocks = new StringBuilder();
        for (int k = 0; k < DATES; k++) {
            try {
                AlvhEngine.compute(SnapshotAtDate.of(history, first + k), config);
            } catch (UnusableSnapshotException e) {
                failures++;
            }
            if ((k + 1) % BLOCK == 0) {
                long now = System.nanoTime();
                blocks.append(String.format(Locale.ROOT, " %.2f", (now - blockStart) / 1e6 / BLOCK));
                blockStart = now;
            }
        }
        double perDate = (System.nanoTime() - start) / 1e6 / DATES;
        if (print) {
            System.out.printf(Locale.ROOT, "dates %d..%d (%s .. %s): %.2f ms per date; per 50-date block:%s ms;"
                            + " engine failures %d%n", first, first + DATES - 1, history.market().date(first),
                    history.market().date(first + DATES - 1), perDate, blocks, failures);
        }
    }
}
