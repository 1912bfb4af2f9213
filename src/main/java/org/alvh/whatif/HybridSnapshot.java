package org.alvh.whatif;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alvh.model.Constituent;
import org.alvh.model.LoadResult;
import org.alvh.model.OptionLeg;
import org.alvh.model.PriceMatrix;
import org.alvh.model.Problem;
import org.alvh.model.Snapshot;
import org.alvh.model.SnapshotInput;

/**
 * A snapshot made of two: the input groups in {@code fromAfter} taken from {@code after}, the rest from
 * {@code before}, as if the files of those groups had been copied from one snapshot folder to the other.
 * Prices follow the market calendar (they come with it) and are laid out by ticker over the constituents in
 * use: a constituent with no prices in the price file is a row with no prices, exactly as the reader would
 * give it. Warnings follow their file's group; those of other files, and the name, come from {@code before}.
 */
final class HybridSnapshot {
    private HybridSnapshot() {
    }

    /**
     * The hybrid, or the problems that keep its parts from forming a snapshot: a condor that expires on or before
     * the as-of date of the market it is put with (the check the reader makes across condor.csv and market.csv).
     */
    static LoadResult<Snapshot> of(Snapshot before, Snapshot after, Set<InputGroup> fromAfter) {
        Snapshot market = pick(before, after, fromAfter, InputGroup.MARKET_AND_PRICES);
        Snapshot constituents = pick(before, after, fromAfter, InputGroup.CONSTITUENTS);
        Snapshot condor = pick(before, after, fromAfter, InputGroup.CONDOR);
        Snapshot futures = pick(before, after, fromAfter, InputGroup.FUTURES_CURVE);
        List<Problem> warnings = new ArrayList<>();
        for (Problem w : before.warnings()) {
            InputGroup g = InputGroup.ofFile(w.file());
            if (g == null || !fromAfter.contains(g)) {
                warnings.add(w);
            }
        }
        for (Problem w : after.warnings()) {
            InputGroup g = InputGroup.ofFile(w.file());
            if (g != null && fromAfter.contains(g)) {
                warnings.add(w);
            }
        }
        OptionLeg first = condor.condor().get(0);
        if (!first.expiry().isAfter(market.asOf())) {
            return new LoadResult<>(null, List.of(Problem.error(Problem.Code.BAD_INPUT, SnapshotInput.CONDOR,
                    first.line(), 0, "condor expired: expiry "
                    + first.expiry() + " is not after the as-of date " + market.asOf() + " of the market it is put"
                    + " with")));
        }
        return new LoadResult<>(new Snapshot(before.name(), before.notes(), constituents.constituents(), condor.condor(),
                market.market(), futures.futures(), prices(market, constituents), condor.chain(),
                market.events(), warnings), List.of());
    }

    private static Snapshot pick(Snapshot before, Snapshot after, Set<InputGroup> fromAfter, InputGroup group) {
        return fromAfter.contains(group) ? after : before;
    }

    /** The price file of {@code source} laid out by ticker over the constituents of {@code constituentsSource}. */
    private static PriceMatrix prices(Snapshot source, Snapshot constituentsSource) {
        PriceMatrix prices = source.prices();
        if (prices == null || source == constituentsSource) {
            return prices;
        }
        List<Constituent> constituents = constituentsSource.constituents();
        Map<String, Integer> rowOf = new HashMap<>();
        for (int i = 0; i < source.constituents().size(); i++) {
            rowOf.putIfAbsent(source.constituents().get(i).ticker(), i);
        }
        double[][] rows = new double[constituents.size()][];
        for (int i = 0; i < rows.length; i++) {
            Integer row = rowOf.get(constituents.get(i).ticker());
            if (row == null) {
                rows[i] = new double[prices.days()];
                Arrays.fill(rows[i], Double.NaN);
            } else {
                rows[i] = prices.row(row);
            }
        }
        return new PriceMatrix(rows, prices.days());
    }
}
