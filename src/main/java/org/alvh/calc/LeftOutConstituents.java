package org.alvh.calc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Constituents large enough to be in the weighted-beta basket but left out of it (no prices and no beta,
 * for instance BRK.B in the bundled sample): every constituent outside the basket whose float market cap is
 * at least that of the smallest basket member, largest first. For the window's warnings; not a figure of
 * METHOD.md.
 */
public final class LeftOutConstituents {
    private LeftOutConstituents() {
    }

    /**
     * One constituent left out.
     *
     * @param floatMarketCap its float market cap (USD)
     * @param indexShare     its float cap / the float cap of every constituent, a fraction
     * @param hasBeta        false when it has neither prices nor a beta
     */
    public record LeftOut(String ticker, String name, double floatMarketCap, double indexShare, boolean hasBeta) {
    }

    public static List<LeftOut> of(BetaSeries beta) {
        List<ConstituentBeta> all = beta.constituents();
        double smallestInBasket = all.stream().filter(ConstituentBeta::inBasket)
                .mapToDouble(ConstituentBeta::floatMarketCap).min().orElse(Double.POSITIVE_INFINITY);
        double total = all.stream().mapToDouble(ConstituentBeta::floatMarketCap).filter(Double::isFinite).sum();
        List<LeftOut> out = new ArrayList<>();
        for (ConstituentBeta c : all) {
            if (!c.inBasket() && c.floatMarketCap() >= smallestInBasket && total > 0) {
                out.add(new LeftOut(c.ticker(), c.name(), c.floatMarketCap(), c.floatMarketCap() / total,
                        c.beta() != null));
            }
        }
        out.sort(Comparator.comparingDouble(LeftOut::floatMarketCap).reversed());
        return List.copyOf(out);
    }
}
