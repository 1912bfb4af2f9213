package org.alvh.replay;

import java.util.Locale;

/** The two runs of the replay (METHOD.md §10.3): with the three layers, and without them. */
public enum Run {
    HEDGED, UNHEDGED;

    /** The report's word: {@code hedged} or {@code unhedged}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
