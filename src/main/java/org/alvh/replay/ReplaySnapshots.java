package org.alvh.replay;

import java.util.ArrayList;
import java.util.List;
import org.alvh.model.Constituent;
import org.alvh.model.History;
import org.alvh.model.MarketHistory;
import org.alvh.model.OptionLeg;
import org.alvh.model.PriceMatrix;
import org.alvh.model.Snapshot;

/**
 * The snapshot at a date of METHOD.md §10.2, cut from the history as a view: {@code market.csv} and
 * {@code prices.csv} up to the date ({@link MarketHistory#upTo}, {@link PriceMatrix#upTo} and
 * {@link PriceMatrix#select}; the price rows are shared, not copied), every event, the constituents priced in the
 * last {@value #PRICED_WITHIN} market dates with their caps moved by their price since {@code capDate}, the
 * futures with a settle on the date (§8.2 option vols), and the open condor with its §8.2 surface vols. It is
 * what {@code backtest --dump-snapshot} writes.
 */
public final class ReplaySnapshots {
    /** A constituent enters the snapshot when it has a price in this many last market dates up to t. */
    static final int PRICED_WITHIN = 5;

    private final History history;
    /** Per constituent, its price at c* (the last date ≤ capDate with a price); NaN when none. */
    private final double[] capPrices;

    public ReplaySnapshots(History history) {
        this.history = history;
        int capIndex = history.market().lastIndexOnOrBefore(history.capDate());
        PriceMatrix prices = history.prices();
        this.capPrices = new double[history.constituents().size()];
        for (int i = 0; i < capPrices.length; i++) {
            capPrices[i] = prices == null || capIndex < 0 ? Double.NaN : lastPrice(prices.row(i), capIndex);
        }
    }

    /** The snapshot at {@code day} holding {@code condor} (legs K1..K4), each leg's vol from the surface. */
    Snapshot at(MarketDay day, List<Holding> condor) {
        int t = day.index();
        MarketHistory market = history.market().upTo(t);
        List<OptionLeg> legs = new ArrayList<>(4);
        int line = 2;
        for (Holding h : condor) {
            Structure s = h.structure();
            legs.add(new OptionLeg(line++, s.right(), s.firstStrike(), s.expiry(), h.quantity(),
                    day.surfaceVol(s.firstStrike(), s.expiry()), null));
        }
        PriceMatrix prices = history.prices();
        List<Constituent> constituents;
        PriceMatrix view;
        if (prices == null) {
            constituents = history.constituents();
            view = null;
        } else {
            List<Integer> rows = new ArrayList<>();
            constituents = new ArrayList<>();
            for (int i = 0; i < history.constituents().size(); i++) {
                double[] row = prices.row(i);
                if (pricedRecently(row, t)) {
                    rows.add(i);
                    constituents.add(withCapAt(history.constituents().get(i), capPrices[i], row, t,
                            constituents.size() + 2));
                }
            }
            view = prices.upTo(t + 1).select(rows.stream().mapToInt(Integer::intValue).toArray());
        }
        return new Snapshot(history.name(), "", constituents, legs, market, day.futuresCurve(), view, null,
                history.events(), List.of());
    }

    private static boolean pricedRecently(double[] row, int t) {
        for (int k = Math.max(0, t - PRICED_WITHIN + 1); k <= t; k++) {
            if (!Double.isNaN(row[k])) {
                return true;
            }
        }
        return false;
    }

    /** {@code float_market_cap × P(t*)/P(c*)}, unchanged when there is no price by capDate. */
    private static Constituent withCapAt(Constituent c, double atCap, double[] row, int t, int line) {
        double now = lastPrice(row, t);
        double cap = Double.isNaN(atCap) ? c.floatMarketCap() : c.floatMarketCap() * now / atCap;
        return new Constituent(line, c.ticker(), c.name(), c.sector(), cap, c.beta(), c.impliedVol(), c.pe(), c.pcf(),
                c.quickRatio(), c.wacc());
    }

    private static double lastPrice(double[] row, int t) {
        for (int k = t; k >= 0; k--) {
            if (!Double.isNaN(row[k])) {
                return row[k];
            }
        }
        return Double.NaN;
    }
}
