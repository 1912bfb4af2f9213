package org.alvh.io.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.alvh.io.AtomicFiles;
import org.alvh.model.AlvhConfig;
import org.alvh.model.AlvhConfig.DayWindow;

/**
 * Writes an {@link AlvhConfig} back as JSON in the METHOD.md §7 layout (the key order of the defaults,
 * 2-space indent), for the UI's Save and Save As. Numbers keep the style of the default file: a key whose
 * default is written without a decimal point ({@code "pcfReference": 15}) is written so again when its
 * value is whole. Enum values are spelled as METHOD.md spells them ({@code log}, {@code zscore},
 * {@code VX_FUTURE}). {@code sectors.aliases} is written sorted by name, since the record does not keep
 * the file's order. Writing the defaults reproduces {@code config/alvh.json} byte for byte.
 */
public final class ConfigWriter {

    private static final Comparator<JsonNode> NUMERIC_EQUALITY = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return Double.compare(a.doubleValue(), b.doubleValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private final ObjectNode root = ConfigReader.defaultsTree();

    private ConfigWriter() {
    }

    /** The configuration as a full tree in §7 key order. */
    public static ObjectNode toTree(AlvhConfig config) {
        Objects.requireNonNull(config, "config");
        return new ConfigWriter().fill(config);
    }

    /** The configuration as §7 JSON text, ending with a line feed. */
    public static String toJson(AlvhConfig config) {
        return ConfigJson.pretty(toTree(config));
    }

    /** Only the keys whose values differ from the defaults, nested as in the file ({@code {}} when none). */
    public static ObjectNode diffFromDefaults(AlvhConfig config) {
        ObjectNode full = toTree(config);
        ObjectNode defaults = ConfigReader.defaultsTree();
        ObjectNode diff = defaults.objectNode();
        for (String path : ConfigKeys.leafPaths(defaults)) {
            JsonNode value = ConfigTrees.at(full, path);
            if (!value.equals(NUMERIC_EQUALITY, ConfigTrees.at(defaults, path))) {
                ObjectNode parent = parentPath(path).isEmpty() ? diff
                        : diff.withObject(ConfigTrees.pointer(parentPath(path)));
                parent.set(leafName(path), value.deepCopy());
            }
        }
        return diff;
    }

    /** Writes the full configuration atomically; see {@link #writeTree(JsonNode, Path)}. */
    public static void write(AlvhConfig config, Path file) throws IOException {
        writeTree(toTree(config), file);
    }

    /**
     * Writes a tree (a full configuration or a {@link #diffFromDefaults diff}) in the §7 layout, atomically
     * ({@link AtomicFiles}: a temporary file forced to disk, then moved over the target).
     */
    public static void writeTree(JsonNode tree, Path file) throws IOException {
        Objects.requireNonNull(tree, "tree");
        AtomicFiles.write(file, ConfigJson.pretty(tree).getBytes(StandardCharsets.UTF_8));
    }

    private ObjectNode fill(AlvhConfig c) {
        number("market.riskFreeRate", c.market().riskFreeRate());
        number("market.dividendYield", c.market().dividendYield());
        text("returns", c.returns().name());
        integer("beta.windowDays", c.beta().windowDays());
        integer("beta.minObservations", c.beta().minObservations());
        section("beta").put("blume", c.beta().blume());
        integer("weights.topN", c.weights().topN());
        number("correlation.kappa", c.correlation().kappa());
        number("correlation.adjMin", c.correlation().adjMin());
        number("correlation.adjMax", c.correlation().adjMax());
        integer("series.length", c.series().length());
        integer("smoothing.fast", c.smoothing().fast());
        integer("smoothing.slow", c.smoothing().slow());
        integer("smoothing.signal", c.smoothing().signal());
        integer("indicators.rsiPeriod", c.indicators().rsiPeriod());
        integer("indicators.macdFast", c.indicators().macdFast());
        integer("indicators.macdSlow", c.indicators().macdSlow());
        integer("indicators.macdSignal", c.indicators().macdSignal());
        number("momentum.mu", c.momentum().mu());
        number("momentum.spxRsiBelow", c.momentum().spxRsiBelow());
        number("momentum.vixRsiAbove", c.momentum().vixRsiAbove());
        number("events.epsilon", c.events().epsilon());
        integer("events.cap", c.events().cap());
        strings("events.types", c.events().types());
        number("liquidity.amplifier", c.liquidity().amplifier());
        number("liquidity.quickRatioFloor", c.liquidity().quickRatioFloor());
        number("liquidity.waccCeiling", c.liquidity().waccCeiling());
        integer("breadth.lookback", c.breadth().lookback());
        number("reer.spikeThreshold", c.reer().spikeThreshold());
        integer("reer.lookback", c.reer().lookback());
        strings("sectors.cyclical", c.sectors().cyclical());
        strings("sectors.defensive", c.sectors().defensive());
        ObjectNode aliases = section("sectors").putObject("aliases");
        new TreeMap<>(c.sectors().aliases()).forEach(aliases::put);
        number("volBeta.minScale", c.volBeta().minScale());
        number("volBeta.maxScale", c.volBeta().maxScale());
        ObjectNode curve = section("volBeta").putObject("futuresBeta");
        c.volBeta().futuresBeta().forEach((day, beta) -> curve.put(Integer.toString(day), beta));
        layer1(c.layer1());
        layer2(c.layer2());
        layer3(c.layer3());
        number("vix.strikeStep", c.vix().strikeStep());
        number("vix.defaultOptionIv", c.vix().defaultOptionIv());
        number("vix.optionIvFloor", c.vix().optionIvFloor());
        number("spx.strikeStep", c.spx().strikeStep());
        number("parity.thresholdUsd", c.parity().thresholdUsd());
        surface(c.surface());
        scenario(c.scenario());
        backtest(c.backtest());
        return root;
    }

    private void surface(AlvhConfig.Surface s) {
        number("surface.atmRatio", s.atmRatio());
        number("surface.skew", s.skew());
        number("surface.smile", s.smile());
        number("surface.xMax", s.xMax());
        number("surface.minRatio", s.minRatio());
        number("surface.maxRatio", s.maxRatio());
    }

    private void scenario(AlvhConfig.Scenario s) {
        number("scenario.vixFloor", s.vixFloor());
        numbers("scenario.spxMoves", s.spxMoves());
        numbers("scenario.vixMoves", s.vixMoves());
        ArrayNode horizons = section("scenario").putArray("horizonDays");
        s.horizonDays().forEach(horizons::add);
        number("scenario.vixPerSpxDown", s.vixPerSpxDown());
        number("scenario.vixPerSpxUp", s.vixPerSpxUp());
        number("scenario.pathStep", s.pathStep());
        ArrayNode shocks = section("scenario").putArray("historical");
        for (AlvhConfig.HistoricalShock shock : s.historical()) {
            ObjectNode node = shocks.addObject();
            node.put("name", shock.name());
            node.put("spxPercent", shock.spxPercent());
            node.put("vixPoints", shock.vixPoints());
            node.put("days", shock.days());
        }
    }

    private void backtest(AlvhConfig.Backtest b) {
        integer("backtest.entryDays", b.entryDays());
        number("backtest.shortDelta", b.shortDelta());
        number("backtest.wingWidth", b.wingWidth());
        number("backtest.longDelta", b.longDelta());
        integer("backtest.lots", b.lots());
        integer("backtest.exitDays", b.exitDays());
        number("backtest.takeProfit", b.takeProfit());
        number("backtest.stopLoss", b.stopLoss());
        integer("backtest.rebalanceDays", b.rebalanceDays());
        integer("backtest.rollDays", b.rollDays());
        number("backtest.strikeTolerance", b.strikeTolerance());
        number("backtest.capital", b.capital());
        number("backtest.commission", b.commission());
        number("backtest.halfSpread.spxOption", b.halfSpread().spxOption());
        number("backtest.halfSpread.vixFuture", b.halfSpread().vixFuture());
        number("backtest.halfSpread.vixOption", b.halfSpread().vixOption());
        number("backtest.halfSpread.varianceSwap", b.halfSpread().varianceSwap());
    }

    /** A list of numbers, each written whole (no decimal point) when it is whole, as the defaults write them. */
    private void numbers(String path, List<Double> values) {
        ArrayNode array = section(parentPath(path)).putArray(leafName(path));
        for (double v : values) {
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                array.add((long) v);
            } else {
                array.add(v);
            }
        }
    }

    private void layer1(AlvhConfig.Layer1 l) {
        number("layer1.base", l.base());
        number("layer1.upliftMin", l.upliftMin());
        number("layer1.upliftMax", l.upliftMax());
        number("layer1.shiftStart", l.shiftStart());
        number("layer1.shiftFull", l.shiftFull());
        integer("layer1.minDays", l.minDays());
        text("layer1.instrument", l.instrument().name());
        number("layer1.butterflyWidth", l.butterflyWidth());
    }

    private void layer2(AlvhConfig.Layer2 l) {
        number("layer2.base", l.base());
        number("layer2.a_pcf", l.a_pcf());
        number("layer2.a_pe", l.a_pe());
        number("layer2.pcfReference", l.pcfReference());
        number("layer2.leverageMin", l.leverageMin());
        number("layer2.leverageMax", l.leverageMax());
        number("layer2.scaleBack", l.scaleBack());
        number("layer2.otm", l.otm());
        integer("layer2.targetDays", l.targetDays());
        window("layer2.windowDays", l.windowDays());
        text("layer2.instrument", l.instrument().name());
        number("layer2.varSwapRounding", l.varSwapRounding());
        strings("layer2.rotationSectors", l.rotationSectors());
        number("layer2.rotationThreshold", l.rotationThreshold());
        integer("layer2.rotationLookback", l.rotationLookback());
    }

    private void layer3(AlvhConfig.Layer3 l) {
        number("layer3.base", l.base());
        number("layer3.c_ad", l.c_ad());
        number("layer3.c_reer", l.c_reer());
        number("layer3.otm", l.otm());
        text("layer3.trigger", l.trigger().name());
        number("layer3.threshold", l.threshold());
        integer("layer3.targetDays", l.targetDays());
        window("layer3.windowDays", l.windowDays());
        text("layer3.instrument", l.instrument().name());
        number("layer3.putLongMoneyness", l.putLongMoneyness());
        number("layer3.putShortMoneyness", l.putShortMoneyness());
        number("layer3.putLongVolAdd", l.putLongVolAdd());
        number("layer3.putShortVolAdd", l.putShortVolAdd());
    }

    /** Writes a double, without a decimal point when the default is written so and the value is whole. */
    private void number(String path, double value) {
        JsonNode current = ConfigTrees.at(root, path);
        if (current.isIntegralNumber() && value == Math.rint(value) && Math.abs(value) < 1e15) {
            section(parentPath(path)).put(leafName(path), (long) value);
        } else {
            section(parentPath(path)).put(leafName(path), value);
        }
    }

    private void integer(String path, int value) {
        section(parentPath(path)).put(leafName(path), value);
    }

    /** An enum constant in the spelling of the rule's allowed values (e.g. {@code log}, {@code VX_FUTURE}). */
    private void text(String path, String constant) {
        String spelled = ConfigRules.byPath(path).allowed().stream()
                .filter(a -> a.equalsIgnoreCase(constant))
                .findFirst()
                .orElse(constant.toLowerCase(Locale.ROOT));
        section(parentPath(path)).put(leafName(path), spelled);
    }

    private void strings(String path, List<String> values) {
        ArrayNode array = section(parentPath(path)).putArray(leafName(path));
        values.forEach(array::add);
    }

    private void window(String path, DayWindow window) {
        ArrayNode array = section(parentPath(path)).putArray(leafName(path));
        array.add(window.min()).add(window.max());
    }

    /** The object of a section path; the root for the empty path. */
    private ObjectNode section(String path) {
        return path.isEmpty() ? root : (ObjectNode) ConfigTrees.at(root, path);
    }

    private static String parentPath(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(0, dot);
    }

    private static String leafName(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
