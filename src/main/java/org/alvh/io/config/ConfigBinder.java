package org.alvh.io.config;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import org.alvh.model.AlvhConfig;
import org.alvh.model.AlvhConfig.Backtest;
import org.alvh.model.AlvhConfig.Beta;
import org.alvh.model.AlvhConfig.Breadth;
import org.alvh.model.AlvhConfig.Correlation;
import org.alvh.model.AlvhConfig.DayWindow;
import org.alvh.model.AlvhConfig.Events;
import org.alvh.model.AlvhConfig.HalfSpread;
import org.alvh.model.AlvhConfig.HistoricalShock;
import org.alvh.model.AlvhConfig.Indicators;
import org.alvh.model.AlvhConfig.Layer1;
import org.alvh.model.AlvhConfig.Layer1Instrument;
import org.alvh.model.AlvhConfig.Layer2;
import org.alvh.model.AlvhConfig.Layer2Instrument;
import org.alvh.model.AlvhConfig.Layer3;
import org.alvh.model.AlvhConfig.Layer3Instrument;
import org.alvh.model.AlvhConfig.Liquidity;
import org.alvh.model.AlvhConfig.Macd;
import org.alvh.model.AlvhConfig.MarketDefaults;
import org.alvh.model.AlvhConfig.Momentum;
import org.alvh.model.AlvhConfig.Parity;
import org.alvh.model.AlvhConfig.Reer;
import org.alvh.model.AlvhConfig.ReturnType;
import org.alvh.model.AlvhConfig.Scenario;
import org.alvh.model.AlvhConfig.Sectors;
import org.alvh.model.AlvhConfig.Surface;
import org.alvh.model.AlvhConfig.Series;
import org.alvh.model.AlvhConfig.Spx;
import org.alvh.model.AlvhConfig.Trigger;
import org.alvh.model.AlvhConfig.Vix;
import org.alvh.model.AlvhConfig.VolBeta;
import org.alvh.model.AlvhConfig.Weights;

/** Builds the {@link AlvhConfig} records from a merged tree that {@link ConfigValidator} found valid. */
final class ConfigBinder {

    private final JsonNode tree;

    private ConfigBinder(JsonNode tree) {
        this.tree = tree;
    }

    static AlvhConfig bind(JsonNode validTree) {
        return new ConfigBinder(validTree).config();
    }

    private AlvhConfig config() {
        return new AlvhConfig(
                new MarketDefaults(d("market.riskFreeRate"), d("market.dividendYield")),
                ConfigValidator.enumValue(ReturnType.class, node("returns")),
                new Beta(i("beta.windowDays"), i("beta.minObservations"), node("beta.blume").booleanValue()),
                new Weights(i("weights.topN")),
                new Correlation(d("correlation.kappa"), d("correlation.adjMin"), d("correlation.adjMax")),
                new Series(i("series.length")),
                new Macd(i("smoothing.fast"), i("smoothing.slow"), i("smoothing.signal")),
                new Indicators(i("indicators.rsiPeriod"), i("indicators.macdFast"), i("indicators.macdSlow"),
                        i("indicators.macdSignal")),
                new Momentum(d("momentum.mu"), d("momentum.spxRsiBelow"), d("momentum.vixRsiAbove")),
                new Events(d("events.epsilon"), i("events.cap"), strings("events.types")),
                new Liquidity(d("liquidity.amplifier"), d("liquidity.quickRatioFloor"), d("liquidity.waccCeiling")),
                new Breadth(i("breadth.lookback")),
                new Reer(d("reer.spikeThreshold"), i("reer.lookback")),
                new Sectors(strings("sectors.cyclical"), strings("sectors.defensive"), stringMap("sectors.aliases")),
                new VolBeta(d("volBeta.minScale"), d("volBeta.maxScale"), dayCurve("volBeta.futuresBeta")),
                layer1(), layer2(), layer3(),
                new Vix(d("vix.strikeStep"), d("vix.defaultOptionIv"), d("vix.optionIvFloor")),
                new Spx(d("spx.strikeStep")),
                new Parity(d("parity.thresholdUsd")),
                new Surface(d("surface.atmRatio"), d("surface.skew"), d("surface.smile"), d("surface.xMax"),
                        d("surface.minRatio"), d("surface.maxRatio")),
                scenario(), backtest());
    }

    private Scenario scenario() {
        List<HistoricalShock> shocks = new ArrayList<>();
        for (JsonNode shock : node("scenario.historical")) {
            shocks.add(new HistoricalShock(shock.get("name").asText(), shock.get("spxPercent").doubleValue(),
                    shock.get("vixPoints").doubleValue(), (int) shock.get("days").doubleValue()));
        }
        return new Scenario(d("scenario.vixFloor"), numbers("scenario.spxMoves"), numbers("scenario.vixMoves"),
                numbers("scenario.horizonDays").stream().map(Double::intValue).toList(), d("scenario.vixPerSpxDown"),
                d("scenario.vixPerSpxUp"), d("scenario.pathStep"), shocks);
    }

    private Backtest backtest() {
        return new Backtest(i("backtest.entryDays"), d("backtest.shortDelta"), d("backtest.wingWidth"),
                d("backtest.longDelta"), i("backtest.lots"), i("backtest.exitDays"), d("backtest.takeProfit"),
                d("backtest.stopLoss"), i("backtest.rebalanceDays"), i("backtest.rollDays"),
                d("backtest.strikeTolerance"), d("backtest.capital"), d("backtest.commission"),
                new HalfSpread(d("backtest.halfSpread.spxOption"), d("backtest.halfSpread.vixFuture"),
                        d("backtest.halfSpread.vixOption"), d("backtest.halfSpread.varianceSwap")));
    }

    private Layer1 layer1() {
        return new Layer1(d("layer1.base"), d("layer1.upliftMin"), d("layer1.upliftMax"), d("layer1.shiftStart"),
                d("layer1.shiftFull"), i("layer1.minDays"),
                ConfigValidator.enumValue(Layer1Instrument.class, node("layer1.instrument")),
                d("layer1.butterflyWidth"));
    }

    private Layer2 layer2() {
        return new Layer2(d("layer2.base"), d("layer2.a_pcf"), d("layer2.a_pe"), d("layer2.pcfReference"),
                d("layer2.leverageMin"), d("layer2.leverageMax"), d("layer2.scaleBack"), d("layer2.otm"),
                i("layer2.targetDays"), window("layer2.windowDays"),
                ConfigValidator.enumValue(Layer2Instrument.class, node("layer2.instrument")),
                d("layer2.varSwapRounding"), strings("layer2.rotationSectors"), d("layer2.rotationThreshold"),
                i("layer2.rotationLookback"));
    }

    private Layer3 layer3() {
        return new Layer3(d("layer3.base"), d("layer3.c_ad"), d("layer3.c_reer"), d("layer3.otm"),
                ConfigValidator.enumValue(Trigger.class, node("layer3.trigger")), d("layer3.threshold"),
                i("layer3.targetDays"), window("layer3.windowDays"),
                ConfigValidator.enumValue(Layer3Instrument.class, node("layer3.instrument")),
                d("layer3.putLongMoneyness"), d("layer3.putShortMoneyness"), d("layer3.putLongVolAdd"),
                d("layer3.putShortVolAdd"));
    }

    private JsonNode node(String path) {
        JsonNode node = ConfigTrees.at(tree, path);
        if (node.isMissingNode()) {
            throw new IllegalStateException("validated tree lacks " + path);
        }
        return node;
    }

    private double d(String path) {
        return node(path).doubleValue();
    }

    private int i(String path) {
        return (int) node(path).doubleValue();
    }

    private List<Double> numbers(String path) {
        List<Double> values = new ArrayList<>();
        node(path).forEach(element -> values.add(element.doubleValue()));
        return values;
    }

    private List<String> strings(String path) {
        List<String> values = new ArrayList<>();
        node(path).forEach(element -> values.add(element.asText()));
        return values;
    }

    private Map<String, String> stringMap(String path) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node(path).fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            values.put(entry.getKey(), entry.getValue().asText());
        }
        return values;
    }

    private TreeMap<Integer, Double> dayCurve(String path) {
        TreeMap<Integer, Double> values = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node(path).fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            values.put(Integer.parseInt(entry.getKey()), entry.getValue().doubleValue());
        }
        return values;
    }

    private DayWindow window(String path) {
        JsonNode node = node(path);
        return new DayWindow((int) node.get(0).doubleValue(), (int) node.get(1).doubleValue());
    }
}
