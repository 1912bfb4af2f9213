package org.alvh.model;

import java.time.LocalDate;
import java.util.Objects;

/** One strike of the SPX quote chain ({@code chain.csv}), per-share quotes. */
public record ChainQuote(int line, LocalDate expiry, double strike,
                         double callBid, double callAsk, double putBid, double putAsk) {
    public ChainQuote {
        Objects.requireNonNull(expiry, "expiry");
    }

    public double callMid() {
        return (callBid + callAsk) / 2;
    }

    public double putMid() {
        return (putBid + putAsk) / 2;
    }
}
