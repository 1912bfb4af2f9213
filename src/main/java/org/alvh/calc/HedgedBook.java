package org.alvh.calc;

import java.util.ArrayList;
import java.util.List;

/**
 * The condor and the positions of its three layers, valued together (METHOD.md §8.1, §9). The values at
 * {@code s = (0, 0, 0)} are computed once, so every scenario's P&amp;L is its value minus that, and the
 * origin is exactly 0.
 */
public final class HedgedBook {
    private final MarketState market;
    private final double vixFloor;
    private final List<Position> condor;
    private final List<List<Position>> layers;
    private final double[] condorOrigin;
    private final double[][] layerOrigin;

    /**
     * @param layers each layer's positions (an inactive layer's quantities are 0)
     */
    public HedgedBook(MarketState market, double vixFloor, List<Position> condor, List<List<Position>> layers) {
        this.market = market;
        this.vixFloor = vixFloor;
        this.condor = List.copyOf(condor);
        this.layers = layers.stream().map(List::copyOf).toList();
        ShockedMarket origin = ShockedMarket.origin(market);
        condorOrigin = values(this.condor, origin);
        layerOrigin = new double[this.layers.size()][];
        for (int k = 0; k < this.layers.size(); k++) {
            layerOrigin[k] = values(this.layers.get(k), origin);
        }
    }

    public MarketState market() {
        return market;
    }

    public double vixFloor() {
        return vixFloor;
    }

    public List<Position> condor() {
        return condor;
    }

    public List<List<Position>> layers() {
        return layers;
    }

    /** The value of the hedged book (condor and every layer) at T, s = (0, 0, 0), in USD. */
    public double originValueUsd() {
        double sum = 0;
        for (double v : condorOrigin) {
            sum += v;
        }
        for (double[] layer : layerOrigin) {
            for (double v : layer) {
                sum += v;
            }
        }
        return sum;
    }

    /** The P&amp;L of the condor, each layer and the hedged book in {@code s}. */
    public ScenarioPnl pnl(String name, Scenario s) {
        ShockedMarket shocked = ShockedMarket.of(market, s, vixFloor);
        double condorUsd = pnl(condor, condorOrigin, shocked);
        double hedged = condorUsd;
        List<Double> layerUsd = new ArrayList<>(layers.size());
        for (int k = 0; k < layers.size(); k++) {
            double v = pnl(layers.get(k), layerOrigin[k], shocked);
            layerUsd.add(v);
            hedged += v;
        }
        return new ScenarioPnl(name, s, shocked.spot(), shocked.vix(), condorUsd, layerUsd, hedged);
    }

    /** Greeks of the condor alone at T. */
    public Greeks condorGreeks() {
        return greeks(condor);
    }

    /** Greeks of layer {@code k} (0-based) at T. */
    public Greeks layerGreeks(int k) {
        return greeks(layers.get(k));
    }

    private Greeks greeks(List<Position> positions) {
        Greeks sum = Greeks.ZERO;
        for (Position p : positions) {
            sum = sum.plus(p.greeks(market));
        }
        return sum;
    }

    private static double[] values(List<Position> positions, ShockedMarket m) {
        double[] v = new double[positions.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = positions.get(i).quantity() == 0 ? 0 : positions.get(i).valueUsd(m);
        }
        return v;
    }

    private static double pnl(List<Position> positions, double[] origin, ShockedMarket m) {
        double sum = 0;
        for (int i = 0; i < origin.length; i++) {
            Position p = positions.get(i);
            if (p.quantity() != 0) {
                sum += p.valueUsd(m) - origin[i];
            }
        }
        return sum;
    }
}
