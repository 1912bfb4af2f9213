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

    /**
     * One sector; sums over its basket members that have a weight.
     *
     * @param contribution      Σ w_i β_i of the sector (its part of β_w)
     * @param contributionShare contribution / β_w (0 when β_w is 0)
     */
    public record Sector(String sector, int constituents, int inBasket, double basketWeight, double contribution,
                         double contributionShare) {
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
        double total = sums.values().stream().mapToDouble(s -> s[3]).sum();
        List<Sector> out = new ArrayList<>();
        sums.forEach((name, s) -> out.add(new Sector(name, (int) s[0], (int) s[1], s[2], s[3],
                total == 0 ? 0 : s[3] / total)));
        out.sort(Comparator.comparingDouble(Sector::basketWeight).reversed().thenComparing(Sector::sector));
        return List.copyOf(out);
    }
}
