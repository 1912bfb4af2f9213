package org.alvh.whatif;

import java.util.List;

/**
 * The inputs of a computation in the fixed order in which the attribution substitutes them (issue 12):
 * market and prices, constituents, condor, futures curve, config. Each names the snapshot files it covers.
 */
public enum InputGroup {
    /** {@code market.csv}, {@code prices.csv} and the macro calendar {@code events.csv}. */
    MARKET_AND_PRICES("market and prices", List.of("market.csv", "prices.csv", "events.csv")),
    /** {@code constituents.csv}. */
    CONSTITUENTS("constituents", List.of("constituents.csv")),
    /** {@code condor.csv} and the option chain quoted at its expiry, {@code chain.csv}. */
    CONDOR("condor", List.of("condor.csv", "chain.csv")),
    /** {@code vix_futures.csv}. */
    FUTURES_CURVE("futures curve", List.of("vix_futures.csv")),
    /** The configuration (METHOD.md §7). */
    CONFIG("config", List.of());

    private final String label;
    private final List<String> files;

    InputGroup(String label, List<String> files) {
        this.label = label;
        this.files = files;
    }

    /** Lower-case words for tables and charts, e.g. {@code market and prices}. */
    public String label() {
        return label;
    }

    /** The snapshot files of the group (none for the config). */
    public List<String> files() {
        return files;
    }

    /** The group a snapshot file belongs to, or null for files outside every group (e.g. snapshot.json). */
    static InputGroup ofFile(String file) {
        for (InputGroup g : values()) {
            if (g.files.contains(file)) {
                return g;
            }
        }
        return null;
    }
}
