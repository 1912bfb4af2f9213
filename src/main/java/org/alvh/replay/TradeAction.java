package org.alvh.replay;

import java.util.Locale;

/** The action of a trade row (METHOD.md §10.4). */
public enum TradeAction {
    OPEN, ADJUST, CLOSE, EXPIRE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
