package org.alvh.model;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Every constant of METHOD.md, nested exactly as the keys of {@code config/alvh.json} (METHOD.md §7).
 * Range checks that name the key live in {@code io.ConfigReader}; the compact constructors here only
 * make the collections immutable.
 */
public record AlvhConfig(MarketDefaults market, ReturnType returns, Beta beta, Weights weights,
                         Correlation correlation, Series series, Macd smoothing, Indicators indicators,
                         Momentum momentum, Events events, Liquidity liquidity, Breadth breadth, Reer reer,
                         Sectors sectors, VolBeta volBeta, Layer1 layer1, Layer2 layer2, Layer3 layer3,
                         Vix vix, Spx spx, Parity parity, Surface surface, Scenario scenario,
                         Backtest backtest) {

    public enum ReturnType { LOG, SIMPLE }

    public enum Layer1Instrument { VX_FUTURE, VXM_FUTURE, VIX_CALL_BUTTERFLY }

    public enum Layer2Instrument { VIX_CALL, SPX_VARIANCE_SWAP }

    public enum Layer3Instrument { VIX_CALL, SPX_PUT_SPREAD }

    public enum Trigger { ZSCORE, LEVEL }

    public record MarketDefaults(double riskFreeRate, double dividendYield) { }

    public record Beta(int windowDays, int minObservations, boolean blume) { }

    public record Weights(int topN) { }

    public record Correlation(double kappa, double adjMin, double adjMax) { }

    public record Series(int length) { }

    /** MACD(fast, slow, signal), TA-Lib seeding. */
    public record Macd(int fast, int slow, int signal) { }

    public record Indicators(int rsiPeriod, int macdFast, int macdSlow, int macdSignal) {
        public Macd macd() {
            return new Macd(macdFast, macdSlow, macdSignal);
        }
    }

    public record Momentum(double mu, double spxRsiBelow, double vixRsiAbove) { }

    public record Events(double epsilon, int cap, List<String> types) {
        public Events {
            types = List.copyOf(types);
        }
    }

    public record Liquidity(double amplifier, double quickRatioFloor, double waccCeiling) { }

    public record Breadth(int lookback) { }

    public record Reer(double spikeThreshold, int lookback) { }

    public record Sectors(List<String> cyclical, List<String> defensive, Map<String, String> aliases) {
        public Sectors {
            cyclical = List.copyOf(cyclical);
            defensive = List.copyOf(defensive);
            aliases = Map.copyOf(aliases);
        }
    }

    /** @param futuresBeta days to expiry -&gt; beta of the future to spot VIX */
    public record VolBeta(double minScale, double maxScale, NavigableMap<Integer, Double> futuresBeta) {
        public VolBeta {
            futuresBeta = java.util.Collections.unmodifiableNavigableMap(new TreeMap<>(futuresBeta));
        }
    }

    /** Day window [min, max], inclusive. */
    public record DayWindow(int min, int max) { }

    public record Layer1(double base, double upliftMin, double upliftMax, double shiftStart, double shiftFull,
                         int minDays, Layer1Instrument instrument, double butterflyWidth) { }

    public record Layer2(double base, double a_pcf, double a_pe, double pcfReference, double leverageMin,
                         double leverageMax, double scaleBack, double otm, int targetDays, DayWindow windowDays,
                         Layer2Instrument instrument, double varSwapRounding, List<String> rotationSectors,
                         double rotationThreshold, int rotationLookback) {
        public Layer2 {
            rotationSectors = List.copyOf(rotationSectors);
        }
    }

    public record Layer3(double base, double c_ad, double c_reer, double otm, Trigger trigger, double threshold,
                         int targetDays, DayWindow windowDays, Layer3Instrument instrument,
                         double putLongMoneyness, double putShortMoneyness, double putLongVolAdd,
                         double putShortVolAdd) { }

    /**
     * @param optionIvFloor lower bound of the VIX option vol estimated from VVIX at a date without quotes (§8.2)
     */
    public record Vix(double strikeStep, double defaultOptionIv, double optionIvFloor) { }

    public record Spx(double strikeStep) { }

    public record Parity(double thresholdUsd) { }

    /**
     * The SPX volatility surface of METHOD.md §8.2 (replay marks of condor legs): ATM vol as a ratio of the
     * term vol index, skew and smile in the standardised log-moneyness {@code x}, clamps.
     */
    public record Surface(double atmRatio, double skew, double smile, double xMax, double minRatio,
                          double maxRatio) { }

    /**
     * One historical shock of METHOD.md §9: SPX moves by {@code spxPercent} percent, the VIX by
     * {@code vixPoints} points, over {@code days} calendar days.
     */
    public record HistoricalShock(String name, double spxPercent, double vixPoints, int days) {
        public HistoricalShock {
            java.util.Objects.requireNonNull(name, "name");
        }
    }

    /**
     * The scenarios of METHOD.md §9.
     *
     * @param vixFloor      a shocked VIX never falls below {@code min(VIX, vixFloor)}, points
     * @param spxMoves      grid SPX moves, percent, in the order given
     * @param vixMoves      grid VIX moves, points, in the order given
     * @param horizonDays   grid horizons besides now and the condor's expiry, calendar days
     * @param vixPerSpxDown VIX points per 1 % SPX fall on the coordinated path
     * @param vixPerSpxUp   VIX points per 1 % SPX rise on the coordinated path
     * @param pathStep      spacing of the coordinated path in SPX percent
     */
    public record Scenario(double vixFloor, List<Double> spxMoves, List<Double> vixMoves, List<Integer> horizonDays,
                           double vixPerSpxDown, double vixPerSpxUp, double pathStep,
                           List<HistoricalShock> historical) {
        public Scenario {
            spxMoves = List.copyOf(spxMoves);
            vixMoves = List.copyOf(vixMoves);
            horizonDays = List.copyOf(horizonDays);
            historical = List.copyOf(historical);
        }
    }

    /**
     * Half-spreads of the replay's trades (METHOD.md §10.3), in points of each instrument's price (a swap's
     * in USD per USD of vega notional traded).
     */
    public record HalfSpread(double spxOption, double vixFuture, double vixOption, double varianceSwap) { }

    /**
     * The program the replay runs (METHOD.md §10.3). Zero means "off" for {@code exitDays},
     * {@code takeProfit} and {@code stopLoss}, and "use {@code wingWidth}" for {@code longDelta}.
     *
     * @param capital    starting cash, USD
     * @param commission USD per listed leg contract traded
     */
    public record Backtest(int entryDays, double shortDelta, double wingWidth, double longDelta, int lots,
                           int exitDays, double takeProfit, double stopLoss, int rebalanceDays, int rollDays,
                           double strikeTolerance, double capital, double commission, HalfSpread halfSpread) { }
}
