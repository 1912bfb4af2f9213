package org.alvh.calc;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The market at T that the pricers value instruments from (METHOD.md §1, §3, §8.1): SPX spot, the VIX, the
 * continuous rate and dividend yield, the VIX futures curve by expiry, and the §3 scalings.
 *
 * @param spot    SPX, index points
 * @param vix     spot VIX, points
 * @param futures VIX futures settlement by expiry, points (expiries after T)
 */
public record MarketState(LocalDate asOf, double spot, double vix, double rate, double dividendYield,
                          Map<LocalDate, Double> futures, VolScaling scaling) {
    public MarketState {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(scaling, "scaling");
        futures = java.util.Collections.unmodifiableMap(new TreeMap<>(futures));
    }

    static MarketState of(MarketParameters market, FuturesCurve curve, VolScaling scaling) {
        Map<LocalDate, Double> futures = new TreeMap<>();
        curve.points().forEach(p -> futures.putIfAbsent(p.future().expiry(), p.future().price()));
        return new MarketState(market.asOf(), market.spot(), market.vix(), market.rate(), market.dividendYield(),
                futures, scaling);
    }

    /** Calendar days from T to {@code date} (ACT/365F day count). */
    public int daysTo(LocalDate date) {
        return (int) ChronoUnit.DAYS.between(asOf, date);
    }

    /** The VIX future expiring on {@code expiry}, points. */
    public double future(LocalDate expiry) {
        Double f = futures.get(expiry);
        if (f == null) {
            throw new IllegalArgumentException("no VIX future expiring " + expiry + " in the market at " + asOf);
        }
        return f;
    }
}
