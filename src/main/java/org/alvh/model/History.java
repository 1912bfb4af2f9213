package org.alvh.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A validated history (METHOD.md §10.1): the input of the replay. The snapshot at a date (§10.2) is cut from
 * it with the views {@link MarketHistory#upTo(int)} and {@link PriceMatrix#upTo(int)} /
 * {@link PriceMatrix#select(int[])}, without copying.
 *
 * @param name         display name (history.json {@code name}, else the folder or zip name)
 * @param notes        free text from history.json, may be empty
 * @param capDate      the date of the constituents' {@code float_market_cap} (history.json {@code capDate},
 *                     else the last date of {@code market.csv})
 * @param constituents rows of constituents.csv in file order
 * @param market       market.csv over the whole period
 * @param prices       prices.csv joined on the whole calendar, aligned with {@code constituents}; null when absent
 * @param events       events.csv rows; null when the file is absent
 * @param futures      vix_futures_history.csv
 * @param warnings     warnings found while reading (never errors)
 */
public record History(String name, String notes, LocalDate capDate, List<Constituent> constituents,
                      MarketHistory market, PriceMatrix prices, List<MacroEvent> events, VixFuturesHistory futures,
                      List<Problem> warnings) {

    public History {
        Objects.requireNonNull(name, "name");
        notes = notes == null ? "" : notes;
        Objects.requireNonNull(capDate, "capDate");
        constituents = List.copyOf(constituents);
        Objects.requireNonNull(market, "market");
        events = events == null ? null : List.copyOf(events);
        Objects.requireNonNull(futures, "futures");
        warnings = List.copyOf(warnings);
        if (prices != null && (prices.constituents() != constituents.size() || prices.days() != market.size())) {
            throw new IllegalArgumentException("price matrix does not match constituents x calendar");
        }
    }
}
