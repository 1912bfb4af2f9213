package org.alvh.calc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.alvh.format.Numbers;
import org.alvh.model.AlvhConfig;
import org.alvh.model.ChainQuote;
import org.alvh.model.Problem;
import org.alvh.model.SnapshotInput;
import org.alvh.model.Right;

/** METHOD.md §5.1: the tighten-the-wings advisory and the put-call parity check. */
final class Advisories {
    static final String GROUP = "5.1 Advisories";

    private Advisories() {
    }

    static Advisory.TightenWings tightenWings(CondorResult condor, MarketParameters market, AlvhConfig config,
                                              AuditTrail trail) {
        List<CondorResult.Leg> legs = condor.legs();
        double step = config.spx().strikeStep();
        double putWing = halvedWing(legs.get(1).strike() - legs.get(0).strike(), step);
        double callWing = halvedWing(legs.get(3).strike() - legs.get(2).strike(), step);
        double newLongPut = legs.get(1).strike() - putWing;
        double newLongCall = legs.get(2).strike() + callWing;
        double putPrice = BlackScholes.price(Right.PUT, market.spot(), newLongPut, market.rate(),
                market.dividendYield(), legs.get(0).impliedVol(), condor.tau());
        double callPrice = BlackScholes.price(Right.CALL, market.spot(), newLongCall, market.rate(),
                market.dividendYield(), legs.get(3).impliedVol(), condor.tau());
        double credit = legs.get(1).price() + legs.get(2).price() - putPrice - callPrice;
        double creditUsd = credit * 100 * condor.contracts();
        double maxLossUsd = (Math.max(putWing, callWing) - credit) * 100 * condor.contracts();
        String message = "liquidity deteriorating: tighten the wings to " + whole(putWing) + "/" + whole(callWing)
                + " (long put " + whole(newLongPut) + ", long call " + whole(newLongCall) + "); new credit $"
                + Numbers.grouped(creditUsd, 2) + ", new max loss $" + Numbers.grouped(maxLossUsd, 2);
        trail.number(GROUP, "advisories.tightenWings.newCreditUsd", creditUsd,
                "(premium K2 + premium K3 − BSM(new K1) − BSM(new K4)) × 100 × q, long-leg vols kept",
                TrailInputs.concat(new Object[] {"put wing", putWing, "call wing", callWing, "new long put", newLongPut,
                        "new long call", newLongCall, "strikeStep", AuditTrail.from("spx.strikeStep", step),
                        "m_liq", AuditTrail.from("factors.liquidity", config.liquidity().amplifier()),
                        "τ", condor.tau()}, TrailInputs.spotRateYield(market.spot(), market.rate(),
                        market.dividendYield())));
        trail.number(GROUP, "advisories.tightenWings.newMaxLossUsd", maxLossUsd,
                "(max(put wing, call wing) − new credit) × 100 × q", "put wing", putWing, "call wing", callWing,
                "new credit", AuditTrail.from("advisories.tightenWings.newCreditUsd", creditUsd));
        return new Advisory.TightenWings(putWing, callWing, newLongPut, newLongCall, putPrice, callPrice, credit,
                creditUsd, maxLossUsd, message);
    }

    /** Half the wing, rounded like a strike: half up to the strike step, at least one step. */
    static double halvedWing(double wing, double step) {
        return Rounding.strike(wing / 2, step);
    }

    /** The parity scan, or null (with a warning) when there is no chain or no row at the condor's expiry. */
    /** Most parity edges listed as advisories; the rest are counted in a warning. */
    static final int MAX_PARITY_EDGES = 20;

    static ParityCheck parity(List<ChainQuote> chain, CondorResult condor, MarketParameters market,
                              AlvhConfig config, List<Problem> warnings, AuditTrail trail) {
        if (chain == null) {
            warnings.add(Confirmations.unavailable("parity check (no chain.csv)"));
            return null;
        }
        List<ChainQuote> rows = new ArrayList<>();
        for (ChainQuote q : chain) {
            if (q.expiry().equals(condor.expiry())) {
                rows.add(q);
            }
        }
        if (rows.isEmpty()) {
            warnings.add(Confirmations.unavailable("parity check (no chain.csv rows at the condor expiry "
                    + condor.expiry() + ")"));
            return null;
        }
        rows.sort(Comparator.comparingDouble(ChainQuote::strike));
        double tau = condor.tau();
        double r = market.rate();
        double growth = Math.exp(r * tau);
        double discount = Math.exp(-r * tau);
        double[] fSyn = new double[rows.size()];
        for (int j = 0; j < rows.size(); j++) {
            ChainQuote q = rows.get(j);
            fSyn[j] = q.strike() + growth * (q.callMid() - q.putMid());
        }
        double fRef = median(fSyn);
        double threshold = config.parity().thresholdUsd();
        List<ParityCheck.Row> out = new ArrayList<>();
        for (int j = 0; j < rows.size(); j++) {
            ChainQuote q = rows.get(j);
            double forwardValue = (fRef - q.strike()) * discount;
            double conversion = (q.callBid() - q.putAsk()) - forwardValue;
            double reversal = forwardValue - (q.callAsk() - q.putBid());
            out.add(new ParityCheck.Row(q.strike(), fSyn[j], conversion, reversal, conversion * 100 >= threshold,
                    reversal * 100 >= threshold));
        }
        trail.number(GROUP, "parity.fRef", fRef, "F_ref = median of F_syn = K + e^{rτ}(C_mid − P_mid)",
                "strikes", rows.size(), "τ", tau, "r", AuditTrail.from("rate", r));
        return new ParityCheck(condor.expiry(), tau, fRef, threshold, out);
    }

    /**
     * The parity edges, the {@link #MAX_PARITY_EDGES} largest (in strike order); a warning counts the rest, so
     * a chain of many flagged strikes cannot flood the summary, the sheet and the window.
     */
    static List<Advisory.ParityEdge> parityEdges(ParityCheck check, List<Problem> warnings) {
        List<Advisory.ParityEdge> edges = new ArrayList<>();
        if (check == null) {
            return edges;
        }
        for (ParityCheck.Row row : check.rows()) {
            if (row.conversionFlag()) {
                edges.add(edge("conversion", check, row.strike(), row.conversionEdge()));
            }
            if (row.reversalFlag()) {
                edges.add(edge("reversal", check, row.strike(), row.reversalEdge()));
            }
        }
        if (edges.size() <= MAX_PARITY_EDGES) {
            return edges;
        }
        List<Advisory.ParityEdge> largest = new ArrayList<>(edges);
        largest.sort(Comparator.comparingDouble(Advisory.ParityEdge::edgeUsd).reversed());
        List<Advisory.ParityEdge> kept = new ArrayList<>(largest.subList(0, MAX_PARITY_EDGES));
        kept.sort(Comparator.comparingInt(edges::indexOf));
        warnings.add(Problem.warning(SnapshotInput.CHAIN, 0, 0, (edges.size() - MAX_PARITY_EDGES)
                + " more parity edges not listed as advisories (the " + MAX_PARITY_EDGES + " largest are)"));
        return kept;
    }

    private static Advisory.ParityEdge edge(String side, ParityCheck check, double strike, double edge) {
        String message = side + " at " + whole(strike) + ": edge $" + Numbers.fixed(edge * 100, 2)
                + " per contract >= $" + whole(check.thresholdUsd());
        return new Advisory.ParityEdge(side, check.expiry(), strike, edge, edge * 100, message);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** A strike or wing written without ".0" when whole. */
    static String whole(double v) {
        return Numbers.shortest(v);
    }
}
