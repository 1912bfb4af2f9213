package org.alvh.replay;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.alvh.model.AlvhConfig;

/**
 * One run's positions and cash (METHOD.md §10.3 "Accounting"): cash starts at the capital, earns no interest;
 * an option or swap trade moves cash by its value and its costs; a future moves cash by its costs and by its
 * variation {@code m × (F − F_entry)} on the contracts closed. Equity = cash + marks. Per bucket (0 the condor,
 * 1–3 the layers) it keeps the cash flows, costs and contracts traded the summary reports.
 */
final class Book {
    static final int BUCKETS = 4;

    private final Run run;
    private final AlvhConfig.Backtest rules;
    private final List<Trade> trades;
    private double cash;
    private List<Holding> condor = List.of();
    private double condorEntryCreditUsd;
    private LocalDate condorEntryDate;
    private final Holding[] hedges = new Holding[3];
    private final double[] cashFlowUsd = new double[BUCKETS];
    private final double[] costsUsd = new double[BUCKETS];
    private final double[] finalMarkUsd = new double[BUCKETS];
    private final double[] contractsTraded = new double[BUCKETS];
    private final double[] notionalTraded = new double[BUCKETS];
    private final int[] activeDays = new int[BUCKETS];
    private int condors;
    private LocalDate ruinDate;

    Book(Run run, AlvhConfig.Backtest rules, List<Trade> trades) {
        this.run = run;
        this.rules = rules;
        this.trades = trades;
        this.cash = rules.capital();
    }

    Run run() {
        return run;
    }

    boolean ruined() {
        return ruinDate != null;
    }

    LocalDate ruinDate() {
        return ruinDate;
    }

    void markRuined(LocalDate date) {
        ruinDate = date;
    }

    List<Holding> condor() {
        return condor;
    }

    boolean holdsCondor() {
        return !condor.isEmpty();
    }

    double condorEntryCreditUsd() {
        return condorEntryCreditUsd;
    }

    LocalDate condorEntryDate() {
        return condorEntryDate;
    }

    /** The hedge of layer {@code k} (1–3), null when none is held. */
    Holding hedge(int layer) {
        return hedges[layer - 1];
    }

    int condors() {
        return condors;
    }

    /** Opens a condor at the day's marks, with costs; records its entry credit (marks, costs excluded). */
    void openCondor(MarketDay day, List<Holding> legs, String reason) {
        double value = 0;
        for (Holding leg : legs) {
            double price = day.price(leg.structure());
            value += leg.quantity() * StructureKind.SPX_OPTION.multiplier() * price;
            trade(day, 0, TradeAction.OPEN, leg.structure(), leg.quantity(), price, reason);
        }
        condor = List.copyOf(legs);
        condorEntryCreditUsd = -value;
        condorEntryDate = day.date();
        condors++;
    }

    /** Closes (or settles, with {@link TradeAction#EXPIRE}: intrinsic, no cost) every condor leg. */
    void closeCondor(MarketDay day, TradeAction action, String reason) {
        for (Holding leg : condor) {
            double price = day.price(leg.structure());
            if (action == TradeAction.EXPIRE) {
                settle(day, 0, leg, price, reason);
            } else {
                trade(day, 0, action, leg.structure(), -leg.quantity(), price, reason);
            }
        }
        condor = List.of();
    }

    /** The condor's signed value at the day's marks, USD. */
    double condorValueUsd(MarketDay day) {
        double value = 0;
        for (Holding leg : condor) {
            value += leg.quantity() * StructureKind.SPX_OPTION.multiplier() * day.price(leg.structure());
        }
        return value;
    }

    /** Opens a hedge structure in an empty layer. */
    void openHedge(MarketDay day, int layer, Structure structure, double quantity, String reason) {
        hedges[layer - 1] = tradeHedge(day, layer, TradeAction.OPEN, new Holding(structure, 0, 0), quantity, reason);
    }

    /** Trades the held hedge of a layer to {@code quantity} (a close when 0). */
    void resizeHedge(MarketDay day, int layer, double quantity, String reason) {
        Holding held = hedges[layer - 1];
        TradeAction action = quantity == 0 ? TradeAction.CLOSE : TradeAction.ADJUST;
        Holding after = tradeHedge(day, layer, action, held, quantity - held.quantity(), reason);
        hedges[layer - 1] = after.quantity() == 0 ? null : after;
    }

    void closeHedge(MarketDay day, int layer, String reason) {
        resizeHedge(day, layer, 0, reason);
    }

    /** Settles the hedge of a layer at its final value (no cost). */
    void expireHedge(MarketDay day, int layer, String reason) {
        Holding held = hedges[layer - 1];
        settle(day, layer, held, day.price(held.structure()), reason);
        hedges[layer - 1] = null;
    }

    private Holding tradeHedge(MarketDay day, int layer, TradeAction action, Holding held, double change,
                               String reason) {
        Structure s = held.structure();
        double price = day.price(s);
        trade(day, layer, action, s, change, price, reason);
        if (!s.kind().isFuture()) {
            return new Holding(s, held.quantity() + change, 0);
        }
        return futureAfter(layer, held, change, price);
    }

    /**
     * A future's position after a trade of {@code change} contracts at {@code price}: the variation on the
     * contracts closed goes to cash; added contracts move {@code F_entry} to the weighted average; a change of
     * sign closes all, then opens the rest at the price.
     */
    private Holding futureAfter(int layer, Holding held, double change, double price) {
        double q = held.quantity();
        double m = held.structure().kind().multiplier();
        double after = q + change;
        if (q == 0 || Math.signum(change) == Math.signum(q)) {
            double entry = (q * held.entryPrice() + change * price) / after;
            return new Holding(held.structure(), after, entry);
        }
        double closed = Math.signum(after) == -Math.signum(q) ? q : -change;
        addCash(layer, m * (price - held.entryPrice()) * closed);
        if (Math.signum(after) == -Math.signum(q)) {
            return new Holding(held.structure(), after, price);
        }
        return new Holding(held.structure(), after, after == 0 ? 0 : held.entryPrice());
    }

    /** A trade at the mark with the half-spread and commission against the trader. */
    private void trade(MarketDay day, int layer, TradeAction action, Structure s, double change, double price,
                       String reason) {
        double cost = cost(s.kind(), change);
        if (!s.kind().isFuture()) {
            addCash(layer, -change * s.kind().multiplier() * price);
        }
        addCash(layer, -cost);
        costsUsd[layer] += cost;
        if (s.kind() == StructureKind.SPX_VARIANCE_SWAP) {
            notionalTraded[layer] += Math.abs(change);
        } else {
            contractsTraded[layer] += Math.abs(change) * s.kind().legContracts();
        }
        trades.add(new Trade(day.date(), run, layer, action, s, change, price, cost, reason));
    }

    /** Settlement at expiry: the position's final value goes to cash, at no cost. */
    private void settle(MarketDay day, int layer, Holding held, double price, String reason) {
        Structure s = held.structure();
        double value = s.kind().isFuture()
                ? s.kind().multiplier() * (price - held.entryPrice()) * held.quantity()
                : held.quantity() * s.kind().multiplier() * price;
        addCash(layer, value);
        trades.add(new Trade(day.date(), run, layer, TradeAction.EXPIRE, s, -held.quantity(), price, 0, reason));
    }

    /** Half-spreads and commissions of trading {@code change} units (§10.3 "Costs"). */
    double cost(StructureKind kind, double change) {
        AlvhConfig.HalfSpread h = rules.halfSpread();
        double units = Math.abs(change);
        double perLeg = switch (kind) {
            case SPX_OPTION, SPX_PUT_SPREAD -> h.spxOption() * 100;
            case VX_FUTURE, VXM_FUTURE -> h.vixFuture() * kind.multiplier();
            case VIX_CALL, VIX_CALL_BUTTERFLY -> h.vixOption() * 100;
            case SPX_VARIANCE_SWAP -> 0;
        };
        if (kind == StructureKind.SPX_VARIANCE_SWAP) {
            return h.varianceSwap() * units;
        }
        return units * kind.legContracts() * (perLeg + rules.commission());
    }

    private void addCash(int bucket, double amount) {
        cash += amount;
        cashFlowUsd[bucket] += amount;
    }

    /** The mark of a layer's hedge, USD (a future: its variation since F_entry); 0 when none. */
    double hedgeMarkUsd(MarketDay day, int layer) {
        Holding h = hedges[layer - 1];
        if (h == null) {
            return 0;
        }
        Structure s = h.structure();
        double price = day.price(s);
        return s.kind().isFuture()
                ? s.kind().multiplier() * (price - h.entryPrice()) * h.quantity()
                : h.quantity() * s.kind().multiplier() * price;
    }

    double cash() {
        return cash;
    }

    /** Equity = cash + the marks of the open positions. */
    double equity(MarketDay day) {
        double e = cash + condorValueUsd(day);
        for (int k = 1; k <= 3; k++) {
            e += hedgeMarkUsd(day, k);
        }
        return e;
    }

    /** Counts the layers holding a non-zero position at this close. */
    void countActive() {
        for (int k = 1; k <= 3; k++) {
            if (hedges[k - 1] != null && hedges[k - 1].quantity() != 0) {
                activeDays[k]++;
            }
        }
    }

    double cashFlowUsd(int bucket) {
        return cashFlowUsd[bucket];
    }

    /**
     * A bucket's P&L net of costs with its final marks (set by {@link #closeMarks}): its cash flows plus the
     * marks of what it still holds.
     */
    double pnlUsd(int bucket) {
        return cashFlowUsd[bucket] + finalMarkUsd[bucket];
    }

    /** Records the marks of the open positions at the last row, for {@link #pnlUsd}. */
    void closeMarks(MarketDay day) {
        finalMarkUsd[0] = condorValueUsd(day);
        for (int k = 1; k <= 3; k++) {
            finalMarkUsd[k] = hedgeMarkUsd(day, k);
        }
    }

    double costsUsd(int bucket) {
        return costsUsd[bucket];
    }

    double contractsTraded(int bucket) {
        return contractsTraded[bucket];
    }

    double notionalTraded(int bucket) {
        return notionalTraded[bucket];
    }

    int activeDays(int bucket) {
        return activeDays[bucket];
    }
}
