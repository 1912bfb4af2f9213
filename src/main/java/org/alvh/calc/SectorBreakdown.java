package org.alvh.calc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The constituents at T grouped by sector (as written in constituents.csv) for the constituents view:
 * how many, how many in the basket, their basket weight and their contribution to the weighted beta.
 * Ordered by basket weight, largest first, then by name.
 */
public final class SectorBreakdown {

    /** One sector; sums over its basket members that have a weight. */
    public record Sector(String sector, int constituents, int inBasket, double basketWeight, double contribution) {
    }

    private SectorBreakdown() {
    }

    public static List<Sector> of(List<ConstituentBeta> constituents) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (ConstituentBeta c : constituents) {
            double[] s = sums.computeIfAbsent(c.sector(), k -> new double[4]);
            s[0]++;
            if (c.inBasket()) {
                s[1]++;
            }
            if (c.weight() != null) {
                s[2] += c.weight();
            }
            if (c.contribution() != null) {
                s[3] += c.contribution();
            }
        }
        List<Sector> out = new ArrayList<>();
        sums.forEach((name, s) -> out.add(new Sector(name, (int) s[0], (int) s[1], s[2], s[3])));
        out.sort(Comparator.comparingDouble(Sector::basketWeight).reversed().thenComparing(Sector::sector));
        return List.copyOf(out);
    }
}
