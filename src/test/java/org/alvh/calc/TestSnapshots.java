package org.alvh.calc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.alvh.io.config.ConfigReader;
import org.alvh.model.AlvhConfig;
import org.alvh.model.ChainQuote;
import org.alvh.model.Constituent;
import org.alvh.model.MacroEvent;
import org.alvh.model.MarketHistory;
import org.alvh.model.OptionLeg;
import org.alvh.model.PriceMatrix;
import org.alvh.model.Right;
import org.alvh.model.Snapshot;
import org.alvh.model.VixFuture;

/**
 * Small synthetic snapshots whose answers can be derived by hand. The index follows a deterministic zig-zag;
 * constituents are built as powers of the index so their betas are known exactly (a price {@code S^k} has log
 * returns {@code k x} and beta {@code k}).
 */
final class TestSnapshots {
    static final LocalDate START = LocalDate.of(2020, 1, 1);

    final int days;
    final LocalDate[] dates;
    final double[] spx;
    double[] vix;
    double[] advances;
    double[] declines;
    double[] reer;
    double[] impliedCorrelation;
    final List<Constituent> constituents = new ArrayList<>();
    final List<double[]> priceRows = new ArrayList<>();
    List<OptionLeg> condor;
    List<VixFuture> futures = new ArrayList<>();
    List<ChainQuote> chain;
    List<MacroEvent> events;

    TestSnapshots(int days) {
        this.days = days;
        dates = new LocalDate[days];
        spx = new double[days];
        vix = new double[days];
        for (int t = 0; t < days; t++) {
            dates[t] = START.plusDays(t);
            spx[t] = 3000 * Math.exp(0.01 * Math.sin(t * 0.7) + 0.0002 * t);
            vix[t] = 20 + 2 * Math.cos(t * 0.3);
        }
        condor = defaultCondor(asOf().plusDays(45));
        futures.add(new VixFuture(2, asOf().plusDays(10), 21, 0.9));
        futures.add(new VixFuture(3, asOf().plusDays(45), 22, 0.8));
        futures.add(new VixFuture(4, asOf().plusDays(105), 23, 0.7));
    }

    LocalDate asOf() {
        return dates[days - 1];
    }

    /** A constituent whose price is {@code S^power} (beta = power), or with no prices when power is NaN. */
    TestSnapshots member(String ticker, String sector, double cap, double power, Double betaColumn) {
        constituents.add(new Constituent(constituents.size() + 2, ticker, ticker + " Inc", sector, cap, betaColumn,
                null, null, null, null, null));
        double[] row = new double[days];
        for (int t = 0; t < days; t++) {
            row[t] = Double.isNaN(power) ? Double.NaN : Math.pow(spx[t] / 3000, power) * 100;
        }
        priceRows.add(row);
        return this;
    }

    /**
     * A constituent whose price is {@code S^power} times a random walk of log-sd {@code noise} drawn from
     * {@code seed}: beta near {@code power}, correlation with the index below 1.
     */
    TestSnapshots noisyMember(String ticker, String sector, double cap, double power, double noise, long seed) {
        member(ticker, sector, cap, power, null);
        java.util.Random random = new java.util.Random(seed);
        double[] row = priceRows.get(priceRows.size() - 1);
        double walk = 0;
        for (int t = 0; t < days; t++) {
            walk += noise * random.nextGaussian();
            row[t] *= Math.exp(walk);
        }
        return this;
    }

    TestSnapshots replaceLast(Constituent c) {
        constituents.set(constituents.size() - 1, c);
        return this;
    }

    static List<OptionLeg> defaultCondor(LocalDate expiry) {
        return List.of(new OptionLeg(2, Right.PUT, 2700, expiry, 10, 0.22, null),
                new OptionLeg(3, Right.PUT, 2750, expiry, -10, 0.21, null),
                new OptionLeg(4, Right.CALL, 3300, expiry, -10, 0.16, null),
                new OptionLeg(5, Right.CALL, 3350, expiry, 10, 0.15, null));
    }

    Snapshot build() {
        MarketHistory market = new MarketHistory(dates, spx, vix, advances, declines, reer, impliedCorrelation,
                null, null);
        boolean anyPrices = priceRows.stream().anyMatch(r -> Arrays.stream(r).anyMatch(v -> !Double.isNaN(v)));
        PriceMatrix prices = anyPrices ? new PriceMatrix(priceRows.toArray(double[][]::new), days) : null;
        return new Snapshot("test", "", constituents, condor, market, futures, prices, chain, events, List.of());
    }

    /**
     * The shipped defaults (config/alvh.json) unchanged: W = 60 and minObs = 40, too long for a 40-day history.
     * For computing on these snapshots use {@link #shortWindows()}.
     */
    static AlvhConfig config() {
        return ConfigReader.defaults();
    }

    /** Defaults with a short window so 40-day histories work: W = 10, minObs = 8, series = all. */
    static AlvhConfig shortWindows() {
        return shortWindows(tree -> { });
    }

    /** {@link #shortWindows()} with further edits of the config tree. */
    static AlvhConfig shortWindows(java.util.function.Consumer<com.fasterxml.jackson.databind.node.ObjectNode> edit) {
        var tree = ConfigReader.defaultsTree();
        edit.accept(tree);
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("beta")).put("windowDays", 10).put("minObservations", 8);
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("series")).put("length", 0);
        var result = new ConfigReader().fromTree(tree);
        if (!result.ok()) {
            throw new IllegalStateException(result.errors().toString());
        }
        return result.value();
    }
}
