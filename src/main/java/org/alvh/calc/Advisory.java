package org.alvh.calc;

import java.time.LocalDate;

/** An advisory of METHOD.md §5.1: shown and exported, never applied by itself. */
public sealed interface Advisory permits Advisory.TightenWings, Advisory.ParityEdge {

    String type();

    String message();

    /** Liquidity deteriorating: each wing halved (rounded half up to spx.strikeStep, at least one step). */
    record TightenWings(double putWing, double callWing, double newLongPut, double newLongCall,
                        double newLongPutPrice, double newLongCallPrice, double newCreditPerShare,
                        double newCreditUsd, double newMaxLossUsd, String message) implements Advisory {
        @Override
        public String type() {
            return "tightenWings";
        }
    }

    /** A put-call parity edge at one strike; {@code side} is "conversion" or "reversal". */
    record ParityEdge(String side, LocalDate expiry, double strike, double edge, double edgeUsd, String message)
            implements Advisory {
        @Override
        public String type() {
            return "parity";
        }
    }
}
