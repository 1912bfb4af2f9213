package org.alvh.samples;

import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * ILLUSTRATIVE fundamentals for sample snapshots (no public source has them): a per-sector typical value
 * times log-normal noise drawn from a {@link SplittableRandom} seeded with {@link #SEED} and the ticker, so a
 * ticker gets the same values in every snapshot and the output is deterministic.
 */
public final class Fundamentals {
    /** The fixed seed of every illustrative draw. */
    public static final long SEED = 20180205L;

    /** Typical sector values: price/cash flow, quick ratio, WACC. */
    private record Typical(double pcf, double quickRatio, double wacc) {
    }

    private static final Typical DEFAULT = new Typical(15.0, 0.9, 0.077);
    private static final Map<String, Typical> BY_SECTOR = Map.ofEntries(
            Map.entry("consumer discretionary", new Typical(16.0, 0.85, 0.079)),
            Map.entry("consumer staples", new Typical(17.0, 0.65, 0.064)),
            Map.entry("energy", new Typical(9.0, 0.80, 0.085)),
            Map.entry("financials", new Typical(10.0, 0.70, 0.075)),
            Map.entry("health care", new Typical(17.0, 1.15, 0.077)),
            Map.entry("industrials", new Typical(15.5, 1.00, 0.078)),
            Map.entry("information technology", new Typical(19.0, 1.30, 0.090)),
            Map.entry("materials", new Typical(13.0, 1.05, 0.081)),
            Map.entry("real estate", new Typical(19.5, 0.70, 0.059)),
            Map.entry("telecommunication services", new Typical(8.0, 0.80, 0.067)),
            Map.entry("communication services", new Typical(8.0, 0.80, 0.067)),
            Map.entry("utilities", new Typical(9.0, 0.50, 0.054)));

    /** One constituent's illustrative values, already rounded (2, 3 and 4 decimals). */
    public record Values(double pcf, double quickRatio, double wacc) {
    }

    private Fundamentals() {
    }

    /** The illustrative values of {@code ticker} in {@code sector}. */
    public static Values of(String ticker, String sector) {
        Typical t = BY_SECTOR.getOrDefault(sector.toLowerCase(Locale.ROOT), DEFAULT);
        SplittableRandom random = new SplittableRandom(SEED ^ (31L * ticker.hashCode()));
        double pcf = t.pcf() * Math.exp(0.22 * gaussian(random));
        double quick = t.quickRatio() * Math.exp(0.20 * gaussian(random));
        double wacc = t.wacc() * Math.exp(0.10 * gaussian(random));
        return new Values(Num.round(pcf, 2), Num.round(quick, 3), Num.round(wacc, 4));
    }

    /** A standard normal draw (Box-Muller), clamped to ±3 so no value is absurd. */
    private static double gaussian(SplittableRandom random) {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        double z = Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
        return Math.max(-3.0, Math.min(3.0, z));
    }
}
