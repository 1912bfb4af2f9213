package org.alvh.replay;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.alvh.io.config.ConfigReader;
import org.alvh.model.AlvhConfig;
import org.alvh.model.Constituent;
import org.alvh.model.History;
import org.alvh.model.LoadResult;
import org.alvh.model.MarketHistory;
import org.alvh.model.VixFuturesHistory;

/**
 * Small hand-made histories for the replay's unit tests: a weekday calendar, SPX and VIX closes, VIX futures
 * settles; no prices (the engine is not run on them).
 */
final class TinyHistory {
    /** r = q = 0 and a flat surface (σ = vix / 100 at every strike and tenor) so that answers can be worked out by hand. */
    static final String FLAT = "{\"market\": {\"riskFreeRate\": 0, \"dividendYield\": 0},"
            + " \"surface\": {\"atmRatio\": 1, \"skew\": 0, \"smile\": 0}}";

    private final List<LocalDate> dates = new ArrayList<>();
    private final List<Double> spx = new ArrayList<>();
    private final List<Double> vix = new ArrayList<>();
    private final List<VixFuturesHistory.Settlement> settles = new ArrayList<>();

    /** Adds the next weekday after the last date (or {@code first}) with its closes. */
    TinyHistory day(LocalDate first, double spxClose, double vixClose) {
        LocalDate d = dates.isEmpty() ? first : next(dates.get(dates.size() - 1));
        dates.add(d);
        spx.add(spxClose);
        vix.add(vixClose);
        return this;
    }

    TinyHistory day(double spxClose, double vixClose) {
        return day(null, spxClose, vixClose);
    }

    TinyHistory settle(LocalDate date, LocalDate expiry, double price) {
        settles.add(new VixFuturesHistory.Settlement(0, date, expiry, price));
        return this;
    }

    LocalDate date(int i) {
        return dates.get(i);
    }

    History build() {
        int n = dates.size();
        MarketHistory market = new MarketHistory(dates.toArray(LocalDate[]::new),
                spx.stream().mapToDouble(Double::doubleValue).toArray(),
                vix.stream().mapToDouble(Double::doubleValue).toArray(), null, null, null, null, null, null);
        Constituent c = new Constituent(2, "AAA", "A", "Industrials", 1e9, null, null, null, null, null, null);
        return new History("tiny", "", dates.get(n - 1), List.of(c), market, null, null,
                new VixFuturesHistory(settles), List.of());
    }

    static AlvhConfig config(String json) {
        LoadResult<AlvhConfig> r = new ConfigReader().read("test.json", json.getBytes(StandardCharsets.UTF_8));
        if (!r.ok()) {
            throw new IllegalArgumentException(r.errors().toString());
        }
        return r.value();
    }

    private static LocalDate next(LocalDate d) {
        LocalDate n = d.plusDays(1);
        while (n.getDayOfWeek() == DayOfWeek.SATURDAY || n.getDayOfWeek() == DayOfWeek.SUNDAY) {
            n = n.plusDays(1);
        }
        return n;
    }
}
