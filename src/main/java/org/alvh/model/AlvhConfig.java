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
                         Vix vix, Spx spx, Parity parity) {

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

    public record Vix(double strikeStep, double defaultOptionIv) { }

    public record Spx(double strikeStep) { }

    public record Parity(double thresholdUsd) { }
}
