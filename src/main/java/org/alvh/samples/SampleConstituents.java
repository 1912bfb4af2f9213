package org.alvh.samples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * The constituents of a sample snapshot: every name of the financials list, except those that have a price
 * history but no price on the as-of date (they left the index or had not yet joined). Names without any price
 * history are kept, without prices. Sorted by ticker.
 *
 * <p>{@code float_market_cap} = Market Cap of the list (total, not float-adjusted) scaled by
 * {@code adj_close(asof) / adj_close(list date)} (the last close on or before the list date, else the first
 * after it); names without prices keep the listed Market Cap.
 *
 * @param members the kept constituents, by ticker
 * @param dropped the tickers dropped, in list order
 */
public record SampleConstituents(List<Member> members, List<String> dropped) {

    /** One kept constituent; {@code prices} is null for a name without price history. */
    public record Member(SourceData.Financials info, long floatMarketCap, NavigableMap<LocalDate, Double> prices) {
        public String ticker() {
            return info.ticker();
        }
    }

    /** Selects the constituents at {@code asof}. */
    public static SampleConstituents at(SourceData data, LocalDate asof) {
        List<Member> members = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (SourceData.Financials f : data.financials()) {
            NavigableMap<LocalDate, Double> prices = data.prices().get(f.ticker());
            if (prices == null) {
                members.add(new Member(f, Math.round(f.marketCap()), null));
                continue;
            }
            Double atAsof = prices.get(asof);
            if (atAsof == null) {
                dropped.add(f.ticker());
                continue;
            }
            Map.Entry<LocalDate, Double> ref = prices.floorEntry(data.financialsDate());
            if (ref == null) {
                ref = prices.ceilingEntry(data.financialsDate());
            }
            members.add(new Member(f, Math.round(f.marketCap() * atAsof / ref.getValue()), prices));
        }
        members.sort(Comparator.comparing(Member::ticker));
        for (int i = 1; i < members.size(); i++) {
            if (members.get(i).ticker().equals(members.get(i - 1).ticker())) {
                throw new IllegalArgumentException("ticker " + members.get(i).ticker() + " listed twice");
            }
        }
        return new SampleConstituents(List.copyOf(members), List.copyOf(dropped));
    }

    /** The members with prices, by ticker. */
    public List<Member> priced() {
        return members.stream().filter(m -> m.prices() != null).toList();
    }
}
