package org.alvh.calc;

import java.time.LocalDate;
import java.util.List;

/** The put-call parity scan of chain.csv at the condor's expiry (METHOD.md §5.1). */
public record ParityCheck(LocalDate expiry, double tau, double fRef, double thresholdUsd, List<Row> rows) {
    public ParityCheck {
        rows = List.copyOf(rows);
    }

    public record Row(double strike, double fSyn, double conversionEdge, double reversalEdge,
                      boolean conversionFlag, boolean reversalFlag) {
    }
}
