package org.alvh.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A validated snapshot (METHOD.md §1): everything the engine needs, already checked by the reader.
 *
 * @param name         display name (snapshot.json {@code name}, else the folder or zip name)
 * @param notes        free text from snapshot.json, may be empty
 * @param constituents rows of constituents.csv in file order
 * @param condor       the four legs ordered K1 (long put), K2 (short put), K3 (short call), K4 (long call),
 *                     each as given: an implied vol, a price or both (a leg without a vol is solved from its
 *                     price by the engine, not here)
 * @param market       market.csv up to and including the as-of date
 * @param futures      vix_futures.csv rows ordered by expiry
 * @param prices       prices.csv joined on the calendar, aligned with {@code constituents}; null when absent
 * @param chain        chain.csv rows; null when the file is absent
 * @param events       events.csv rows; null when the file is absent
 * @param warnings     warnings found while reading (never errors)
 */
public record Snapshot(String name, String notes, List<Constituent> constituents, List<OptionLeg> condor,
                       MarketHistory market, List<VixFuture> futures, PriceMatrix prices,
                       List<ChainQuote> chain, List<MacroEvent> events, List<Problem> warnings) {

    public Snapshot {
        Objects.requireNonNull(name, "name");
        notes = notes == null ? "" : notes;
        constituents = List.copyOf(constituents);
        condor = List.copyOf(condor);
        Objects.requireNonNull(market, "market");
        futures = List.copyOf(futures);
        chain = chain == null ? null : List.copyOf(chain);
        events = events == null ? null : List.copyOf(events);
        warnings = List.copyOf(warnings);
        if (condor.size() != 4) {
            throw new IllegalArgumentException("an iron condor has four legs, got " + condor.size());
        }
        if (prices != null && (prices.constituents() != constituents.size() || prices.days() != market.size())) {
            throw new IllegalArgumentException("price matrix does not match constituents x calendar");
        }
    }

    /** The as-of date T. */
    public LocalDate asOf() {
        return market.asOf();
    }
}
