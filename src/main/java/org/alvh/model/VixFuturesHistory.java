package org.alvh.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The VIX futures settlements of a history ({@code vix_futures_history.csv}, METHOD.md §10.1): per contract
 * (identified by its expiry date) its daily settles in points. Settles may fall on dates that are not market
 * dates: such a settle is never a replay date but counts as the contract's last settle for later marks.
 * Immutable; lookups are O(log n) in the contract's settles, {@link #curveOn} O(1).
 */
public final class VixFuturesHistory {

    /**
     * One row of {@code vix_futures_history.csv}.
     *
     * @param line   line in the file (for messages), 0 when not from a file
     * @param settle settlement price, points, &gt; 0
     */
    public record Settlement(int line, LocalDate date, LocalDate expiry, double settle) {
        public Settlement {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(expiry, "expiry");
            if (!(settle > 0) || Double.isInfinite(settle)) {
                throw new IllegalArgumentException("settle must be > 0 and finite, got " + settle);
            }
            if (date.isAfter(expiry)) {
                throw new IllegalArgumentException("settle dated " + date + " after the expiry " + expiry);
            }
        }
    }

    /** One contract's settles, dates ascending. */
    private record Contract(LocalDate expiry, LocalDate[] dates, double[] settles, int[] lines) {
        int indexOf(LocalDate date) {
            int i = Arrays.binarySearch(dates, date);
            return i >= 0 ? i : -1;
        }

        int lastIndexOnOrBefore(LocalDate date) {
            int i = Arrays.binarySearch(dates, date);
            return i >= 0 ? i : -i - 2;
        }
    }

    private final TreeMap<LocalDate, Contract> contracts = new TreeMap<>();
    private final Map<LocalDate, List<VixFuture>> curves = new HashMap<>();
    private final int rows;

    /**
     * @param settlements every settle, any order
     * @throws IllegalArgumentException when a (date, expiry) pair appears twice
     */
    public VixFuturesHistory(List<Settlement> settlements) {
        Map<LocalDate, List<Settlement>> byExpiry = new HashMap<>();
        for (Settlement s : settlements) {
            byExpiry.computeIfAbsent(s.expiry(), e -> new ArrayList<>()).add(s);
        }
        for (Map.Entry<LocalDate, List<Settlement>> e : byExpiry.entrySet()) {
            List<Settlement> list = new ArrayList<>(e.getValue());
            list.sort(Comparator.comparing(Settlement::date));
            int n = list.size();
            LocalDate[] dates = new LocalDate[n];
            double[] settles = new double[n];
            int[] lines = new int[n];
            for (int i = 0; i < n; i++) {
                Settlement s = list.get(i);
                if (i > 0 && s.date().equals(dates[i - 1])) {
                    throw new IllegalArgumentException("contract " + e.getKey() + " has two settles on " + s.date());
                }
                dates[i] = s.date();
                settles[i] = s.settle();
                lines[i] = s.line();
            }
            contracts.put(e.getKey(), new Contract(e.getKey(), dates, settles, lines));
        }
        Map<LocalDate, List<VixFuture>> building = new HashMap<>();
        for (Contract c : contracts.values()) { // by expiry, so each curve is ordered by expiry
            for (int i = 0; i < c.dates().length; i++) {
                if (c.dates()[i].isBefore(c.expiry())) {
                    building.computeIfAbsent(c.dates()[i], d -> new ArrayList<>())
                            .add(new VixFuture(c.lines()[i], c.expiry(), c.settles()[i], null));
                }
            }
        }
        building.forEach((date, list) -> curves.put(date, List.copyOf(list)));
        this.rows = settlements.size();
    }

    /** Number of settles (rows). */
    public int rows() {
        return rows;
    }

    /** The contracts' expiries, ascending. */
    public List<LocalDate> expiries() {
        return List.copyOf(contracts.keySet());
    }

    /** The settle of the contract expiring on {@code expiry} on {@code date}; empty when it has none that day. */
    public OptionalDouble settle(LocalDate expiry, LocalDate date) {
        Contract c = contracts.get(expiry);
        int i = c == null ? -1 : c.indexOf(date);
        return i < 0 ? OptionalDouble.empty() : OptionalDouble.of(c.settles()[i]);
    }

    /**
     * The contract's last settle on or before {@code date} (its mark on a date without a settle, §10.3); empty
     * when it has none by then.
     */
    public OptionalDouble lastSettleOnOrBefore(LocalDate expiry, LocalDate date) {
        Contract c = contracts.get(expiry);
        int i = c == null ? -1 : c.lastIndexOnOrBefore(date);
        return i < 0 ? OptionalDouble.empty() : OptionalDouble.of(c.settles()[i]);
    }

    /**
     * The futures curve at {@code date} (the §10.2 {@code vix_futures.csv}): the contracts with a settle on
     * {@code date} and expiry after it, ordered by expiry, {@code price} = that settle, {@code optionIv} null
     * (the caller sets it by the §8.2 rule), {@code line} the settle's line. Empty when there is none.
     */
    public List<VixFuture> curveOn(LocalDate date) {
        return curves.getOrDefault(date, List.of());
    }

    /**
     * The final settlement of the contract expiring on {@code expiry} (§10.3 "Marks"): its settle on the expiry
     * date, else {@code vix_close} of that date; when the expiry is not a market date, of the first market date
     * after it (§8.1). Empty when neither exists (the expiry is after the market's last date).
     */
    public OptionalDouble finalSettlement(LocalDate expiry, MarketHistory market) {
        OptionalDouble onExpiry = settle(expiry, expiry);
        if (onExpiry.isPresent()) {
            return onExpiry;
        }
        int i = market.lastIndexOnOrBefore(expiry);
        if (i < 0 || !market.date(i).equals(expiry)) {
            i++;
        }
        return i < market.size() ? OptionalDouble.of(market.vixClose()[i]) : OptionalDouble.empty();
    }
}
