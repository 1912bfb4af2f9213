package org.alvh.replay;

import java.util.Objects;

/**
 * A position held: a structure and its signed quantity in units.
 *
 * @param entryPrice a future's {@code F_entry}, the weighted average settle of the open contracts (points); 0 for
 *                   everything else
 */
record Holding(Structure structure, double quantity, double entryPrice) {
    Holding {
        Objects.requireNonNull(structure, "structure");
    }
}
