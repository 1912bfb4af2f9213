package org.alvh.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No quadratic behaviour on hostile input, measured without a clock: the bytes the reading thread allocates
 * (a count of work that does not depend on machine load) for an input of size n and 2n. Linear work gives a
 * ratio near 2, quadratic near 4. Inputs: rows that are all errors (the collector keeps 200 and counts the
 * rest), unknown tickers in prices.csv (one warning each, kept up to 200), unknown columns.
 */
class ReaderGrowthTest {
    private static final int N = 20_000;
    /** Between linear (2) and quadratic (4), with room for fixed costs and JIT noise. */
    private static final double MAX_GROWTH = 3.0;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bad-constituent-rows", "unknown-price-tickers", "unknown-columns"})
    void doublingTheInputAtMostDoublesTheWork(String kind) throws IOException {
        var threads = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(threads instanceof com.sun.management.ThreadMXBean);
        var mx = (com.sun.management.ThreadMXBean) threads;
        IntFunction<Map<String, byte[]>> input = n -> hostile(kind, n);
        allocated(mx, input.apply(N)); // warm up the code paths
        long once = allocated(mx, input.apply(N));
        long twice = allocated(mx, input.apply(2 * N));

        assertThat((double) twice / once).as("allocated %d then %d bytes", once, twice).isLessThan(MAX_GROWTH);
    }

    private static long allocated(com.sun.management.ThreadMXBean mx, Map<String, byte[]> files) {
        long id = Thread.currentThread().getId();
        long before = mx.getThreadAllocatedBytes(id);
        new SnapshotReader().read("growth", files);
        return mx.getThreadAllocatedBytes(id) - before;
    }

    private static Map<String, byte[]> hostile(String kind, int n) {
        Map<String, byte[]> files = tiny();
        StringBuilder sb = new StringBuilder();
        switch (kind) {
            case "bad-constituent-rows" -> {
                sb.append("ticker,name,sector,float_market_cap\n");
                for (int i = 0; i < n; i++) {
                    sb.append('T').append(i).append(",N,Energy,x\n");
                }
                files.put("constituents.csv", bytes(sb));
            }
            case "unknown-price-tickers" -> {
                sb.append("date,ticker,close\n");
                for (int i = 0; i < n; i++) {
                    sb.append("2018-01-12,U").append(i).append(",1\n");
                }
                files.put("prices.csv", bytes(sb));
            }
            case "unknown-columns" -> {
                sb.append("expiry,price");
                for (int i = 0; i < n; i++) {
                    sb.append(",c").append(i);
                }
                sb.append('\n');
                files.put("vix_futures.csv", bytes(sb));
            }
            default -> throw new IllegalArgumentException(kind);
        }
        return files;
    }

    private static byte[] bytes(CharSequence s) {
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, byte[]> tiny() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(MalformedSnapshotTest.resource("/valid/tiny"))) {
            for (Path p : list.sorted().toList()) {
                files.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }
}
