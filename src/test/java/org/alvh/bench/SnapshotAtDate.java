package org.alvh.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.alvh.model.Constituent;
import org.alvh.model.History;
import org.alvh.model.MarketHistory;
import org.alvh.model.OptionLeg;
import org.alvh.model.PriceMatrix;
import org.alvh.model.Right;
import org.alvh.model.Snapshot;

/**
 * A snapshot at a date of a history, cut by views, for the benchmarks: market and prices are
 * {@link MarketHistory#upTo} / {@link PriceMatrix#upTo} + {@link PriceMatrix#select} views (no copy of the
 * history), the constituents those with a price in the last 5 market dates with their caps scaled to the date
 * (METHOD.md §10.2), the futures the settles of the date. The condor is a fixed-rule stand-in (shorts 5% below
 * and 4% above spot, 50-point wings, 45 days, vols from VIX), not the §10.3 entry rule: the replay's own
 * snapshot builder is the reference for that.
 */
final class SnapshotAtDate {
    private static final int RECENT_DATES = 5;

    private SnapshotAtDate() {
    }

    static Snapshot of(History h, int t) {
        MarketHistory market = h.market().upTo(t);
        int capIndex = h.market().lastIndexOnOrBefore(h.capDate());
        List<Constituent> constituents = new ArrayList<>();
        int[] rows = new int[h.constituents().size()];
        int n = 0;
        for (int i = 0; i < h.constituents().size(); i++) {
            double[] row = h.prices().row(i);
            if (!pricedRecently(row, t)) {
                continue;
            }
            Constituent c = h.constituents().get(i);
            double now = lastAtOrBefore(row, t);
            double atCap = capIndex < 0 ? Double.NaN : lastAtOrBefore(row, capIndex);
            double cap = Double.isNaN(atCap) ? c.floatMarketCap() : c.floatMarketCap() * now / atCap;
            constituents.add(new Constituent(c.line(), c.ticker(), c.name(), c.sector(), cap, c.beta(),
                    c.impliedVol(), c.pe(), c.pcf(), c.quickRatio(), c.wacc()));
            rows[n++] = i;
        }
        PriceMatrix prices = h.prices().upTo(t + 1).select(java.util.Arrays.copyOf(rows, n));
        LocalDate date = market.asOf();
        return new Snapshot(h.name() + " at " + date, "", constituents, condor(market), market,
                h.futures().curveOn(date), prices, null, h.events(), List.of());
    }

    private static boolean pricedRecently(double[] row, int t) {
        for (int s = Math.max(0, t - RECENT_DATES + 1); s <= t; s++) {
            if (!Double.isNaN(row[s])) {
                return true;
            }
        }
        return false;
    }

    private static double lastAtOrBefore(double[] row, int t) {
        for (int s = t; s >= 0; s--) {
            if (!Double.isNaN(row[s])) {
                return row[s];
            }
        }
        return Double.NaN;
    }

    private static List<OptionLeg> condor(MarketHistory market) {
        int t = market.asOfIndex();
        double spot = market.spxClose()[t];
        double vol = market.vixClose()[t] / 100;
        LocalDate expiry = market.asOf().plusDays(45);
        double shortPut = 5 * Math.round(0.95 * spot / 5);
        double shortCall = 5 * Math.round(1.04 * spot / 5);
        return List.of(new OptionLeg(2, Right.PUT, shortPut - 50, expiry, 10, vol + 0.04, null),
                new OptionLeg(3, Right.PUT, shortPut, expiry, -10, vol + 0.03, null),
                new OptionLeg(4, Right.CALL, shortCall, expiry, -10, Math.max(0.05, vol - 0.01), null),
                new OptionLeg(5, Right.CALL, shortCall + 50, expiry, 10, Math.max(0.05, vol - 0.02), null));
    }
}
