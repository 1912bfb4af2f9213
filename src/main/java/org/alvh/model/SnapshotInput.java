package org.alvh.model;

import java.util.Locale;

/**
 * The files of a snapshot (METHOD.md §1), as a source a {@link Problem} can refer to without the engine
 * spelling file names itself. {@link #fileName()} is how the reader and the window show it.
 */
public enum SnapshotInput {
    CONSTITUENTS("constituents.csv"),
    CONDOR("condor.csv"),
    MARKET("market.csv"),
    VIX_FUTURES("vix_futures.csv"),
    PRICES("prices.csv"),
    CHAIN("chain.csv"),
    EVENTS("events.csv"),
    SNAPSHOT_JSON("snapshot.json");

    private final String fileName;

    SnapshotInput(String fileName) {
        this.fileName = fileName;
    }

    /** The file's name in a snapshot folder, lower case, e.g. {@code market.csv}. */
    public String fileName() {
        return fileName;
    }

    /** The input named {@code name} in any letter case; null when it is not a snapshot file. */
    public static SnapshotInput byFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (SnapshotInput input : values()) {
            if (input.fileName.equals(lower)) {
                return input;
            }
        }
        return null;
    }
}
