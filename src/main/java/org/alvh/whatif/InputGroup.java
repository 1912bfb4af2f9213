package org.alvh.whatif;

import java.util.List;
import org.alvh.model.SnapshotInput;

/**
 * The inputs of a computation in the fixed order in which the attribution substitutes them (issue 12):
 * market and prices, constituents, condor, futures curve, config. Each names the snapshot files it covers.
 */
public enum InputGroup {
    /** {@code market.csv}, {@code prices.csv} and the macro calendar {@code events.csv}. */
    MARKET_AND_PRICES("market and prices", List.of(SnapshotInput.MARKET, SnapshotInput.PRICES, SnapshotInput.EVENTS)),
    /** {@code constituents.csv}. */
    CONSTITUENTS("constituents", List.of(SnapshotInput.CONSTITUENTS)),
    /** {@code condor.csv} and the option chain quoted at its expiry, {@code chain.csv}. */
    CONDOR("condor", List.of(SnapshotInput.CONDOR, SnapshotInput.CHAIN)),
    /** {@code vix_futures.csv}. */
    FUTURES_CURVE("futures curve", List.of(SnapshotInput.VIX_FUTURES)),
    /** The configuration (METHOD.md §7). */
    CONFIG("config", List.of());

    private final String label;
    private final List<SnapshotInput> files;

    InputGroup(String label, List<SnapshotInput> files) {
        this.label = label;
        this.files = files;
    }

    /** Lower-case words for tables and charts, e.g. {@code market and prices}. */
    public String label() {
        return label;
    }

    /** The snapshot files of the group (none for the config). */
    public List<SnapshotInput> files() {
        return files;
    }

    /** The group a snapshot file belongs to, or null for files outside every group (e.g. snapshot.json). */
    static InputGroup ofFile(String file) {
        SnapshotInput input = SnapshotInput.byFileName(file);
        for (InputGroup g : values()) {
            if (input != null && g.files.contains(input)) {
                return g;
            }
        }
        return null;
    }
}
