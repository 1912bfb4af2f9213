package org.alvh.io.config;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.alvh.io.config.ConfigRule.Bound;
import org.alvh.io.config.ConfigRule.Kind;
import org.alvh.io.config.ConfigRule.Op;

/**
 * The one table of configuration rules: for every leaf key of METHOD.md §7 its kind, its range and what
 * it does. Defaults live in {@code alvh-defaults.json}, not here; {@link ConfigKeys} joins the two and a
 * test checks that every default leaf has exactly one rule.
 */
public final class ConfigRules {
    /**
     * Largest period, window, lookback or count: 100,000 rows (about 400 years of trading days), far inside the
     * int arithmetic of the indicators (docs/input-ranges.md).
     */
    public static final int MAX_PERIOD = 100_000;
    /** Largest number of days to expiry a rule may name: 36,500 (100 years), inside date arithmetic. */
    public static final int MAX_DAYS = 36_500;
    /** Largest VIX-future beta b(D) in {@code volBeta.futuresBeta}. */
    public static final double MAX_FUTURES_BETA = 100;

    /** Every rule, in the order of METHOD.md §7. */
    public static final List<ConfigRule> ALL = List.of(
            // market: fallbacks when market.csv has no value at T (§1)
            number("market.riskFreeRate", "Continuous risk-free rate used when market.csv has none at T.",
                    ge(-1), le(1)),
            number("market.dividendYield", "Continuous dividend yield used when market.csv has none at T.",
                    ge(-1), le(1)),
            enumeration("returns", "Return type of the beta regressions: log or simple (§2.1).", "log", "simple"),

            // §2.2 - §2.4 weighted beta
            integer("beta.windowDays", "Beta window W: the last W calendar returns ending at t (§2.2).",
                    ge(2), le(MAX_PERIOD)),
            integer("beta.minObservations",
                    "Fewest paired returns in the window for a regression beta; fewer falls back to the beta column.",
                    ge(2), leKey("beta.windowDays")),
            bool("beta.blume", "Apply the Blume adjustment 0.67 beta + 0.33 to each constituent beta."),
            integer("weights.topN", "Number of largest eligible constituents in the beta basket (0 = all).",
                    ge(0), le(MAX_PERIOD)),
            number("correlation.kappa", "Sensitivity kappa of the adjustment to realized minus implied correlation.",
                    ge(-1000), le(1000)),
            number("correlation.adjMin", "Lower clamp of the correlation adjustment.", ge(0.001), le(1000)),
            number("correlation.adjMax", "Upper clamp of the correlation adjustment.",
                    le(1000), geKey("correlation.adjMin")),

            // §2.5 series and smoothing
            integer("series.length", "Number of dates in the adjusted-beta series (0 = all).", ge(0), le(MAX_PERIOD)),
            integer("smoothing.fast", "Fast EMA period of the beta MACD: the smoothed weighted beta.",
                    ge(1), leKey("smoothing.slow")),
            integer("smoothing.slow", "Slow EMA period of the beta MACD: the baseline.", ge(1), le(MAX_PERIOD)),
            integer("smoothing.signal", "Signal EMA period of the beta MACD.", ge(1), le(MAX_PERIOD)),

            // §2.6 confirmations
            integer("indicators.rsiPeriod", "Wilder RSI period on SPX and VIX closes.", ge(1), le(MAX_PERIOD)),
            integer("indicators.macdFast", "Fast EMA period of the SPX and VIX MACD.",
                    ge(1), leKey("indicators.macdSlow")),
            integer("indicators.macdSlow", "Slow EMA period of the SPX and VIX MACD.", ge(1), le(MAX_PERIOD)),
            integer("indicators.macdSignal", "Signal EMA period of the SPX and VIX MACD.", ge(1), le(MAX_PERIOD)),
            number("momentum.mu", "Momentum amplifier mu: m_mom = 1 + mu * k/4 for k true flags.", ge(0), le(100)),
            number("momentum.spxRsiBelow", "SPX RSI below this level is a momentum flag.", ge(0), le(100)),
            number("momentum.vixRsiAbove", "VIX RSI above this level is a momentum flag.", ge(0), le(100)),
            number("events.epsilon", "Event amplifier epsilon: m_evt = 1 + epsilon * min(count, cap).",
                    ge(0), le(100)),
            integer("events.cap", "Most events counted before the condor expiry.", ge(0), le(MAX_PERIOD)),
            strings("events.types", "Event types counted from events.csv (case-insensitive)."),
            number("liquidity.amplifier", "Liquidity factor when the quick ratio or WACC test fails.",
                    ge(0.001), le(1000)),
            number("liquidity.quickRatioFloor", "Cap-weighted quick ratio below this fails the liquidity test.",
                    ge(0), le(1e6)),
            number("liquidity.waccCeiling", "Cap-weighted WACC above this fails the liquidity test.",
                    ge(0), le(1e6)),
            integer("breadth.lookback", "A/D breakdown: AD(T) below the minimum of this many previous dates.",
                    ge(1), le(MAX_PERIOD)),
            number("reer.spikeThreshold", "REER spike: relative rise over the lookback at least this.",
                    ge(-1e6), le(1e6)),
            integer("reer.lookback", "Rows back for the REER spike comparison.", ge(1), le(MAX_PERIOD)),
            strings("sectors.cyclical", "GICS sectors of the cyclical group (PE_cyc)."),
            strings("sectors.defensive", "GICS sectors of the defensive group (PE_def)."),
            stringMap("sectors.aliases", "Sector renames applied before grouping, old name to new name."),

            // §3 VIX-equivalent vega
            number("volBeta.minScale", "Lower clamp of the vega scale s(D) = sqrt(30/D).", ge(0.001), le(1000)),
            number("volBeta.maxScale", "Upper clamp of the vega scale s(D).", le(1000), geKey("volBeta.minScale")),
            dayCurve("volBeta.futuresBeta",
                    "Beta b(D) of a VIX future to spot VIX by days to expiry, linear between points, flat outside."),

            // §5 layer 1
            number("layer1.base", "Base ratio of layer 1 (Temporal Theta Anchor).", ge(0), le(100)),
            number("layer1.upliftMin", "Layer-1 uplift reached at shiftStart.", ge(0), le(100)),
            number("layer1.upliftMax", "Layer-1 uplift reached at shiftFull and above.",
                    le(100), geKey("layer1.upliftMin")),
            number("layer1.shiftStart", "Effective shift where the layer-1 uplift reaches upliftMin.",
                    gt(0), le(100)),
            number("layer1.shiftFull", "Effective shift where the layer-1 uplift reaches upliftMax.",
                    le(100), gtKey("layer1.shiftStart")),
            integer("layer1.minDays", "Fewest days to expiry of the layer-1 future.", ge(1), le(MAX_DAYS)),
            enumeration("layer1.instrument", "Layer-1 instrument.", "VX_FUTURE", "VXM_FUTURE", "VIX_CALL_BUTTERFLY"),
            number("layer1.butterflyWidth", "Wing width w of the layer-1 VIX call butterfly, in VIX points.",
                    ge(0.01), le(1000)),

            // §5 layer 2
            number("layer2.base", "Base ratio of layer 2 (Second Engine).", ge(0), le(100)),
            number("layer2.a_pcf", "Weight of the price-to-cash-flow term in the layer-2 leverage.",
                    ge(-1000), le(1000)),
            number("layer2.a_pe", "Weight of the cyclical minus defensive P/E term in the layer-2 leverage.",
                    ge(-1000), le(1000)),
            number("layer2.pcfReference", "Reference price-to-cash-flow of the layer-2 leverage.",
                    ge(0.001), le(1e6)),
            number("layer2.leverageMin", "Lower clamp of the layer-2 leverage L.", ge(0.001), le(1000)),
            number("layer2.leverageMax", "Upper clamp of the layer-2 leverage L.",
                    le(1000), geKey("layer2.leverageMin")),
            number("layer2.scaleBack", "Layer-2 ratio factor on a defensive rotation.", ge(0), le(100)),
            number("layer2.otm", "Layer-2 VIX call strike = future x (1 + otm).", ge(-0.99), le(10)),
            integer("layer2.targetDays", "Target days to expiry of the layer-2 instrument.", ge(1), le(MAX_DAYS)),
            dayWindow("layer2.windowDays", "Preferred days-to-expiry window [min, max] of the layer-2 future."),
            enumeration("layer2.instrument", "Layer-2 instrument.", "VIX_CALL", "SPX_VARIANCE_SWAP"),
            number("layer2.varSwapRounding", "Vega notional rounding of the layer-2 variance swap, USD.",
                    ge(0.01), le(1e9)),
            strings("layer2.rotationSectors", "Sectors whose weight gain signals a defensive rotation."),
            number("layer2.rotationThreshold", "Absolute weight gain of the rotation sectors that counts as rotation.",
                    ge(-1), le(1)),
            integer("layer2.rotationLookback", "Rows back for the defensive-rotation comparison.",
                    ge(1), le(MAX_PERIOD)),

            // §5 layer 3
            number("layer3.base", "Base ratio of layer 3 (Tail overlay).", ge(0), le(100)),
            number("layer3.c_ad", "Layer-3 ratio add-on on an A/D breakdown.", ge(-100), le(100)),
            number("layer3.c_reer", "Layer-3 ratio add-on on a REER spike.", ge(-100), le(100)),
            number("layer3.otm", "Layer-3 VIX call strike = future x (1 + otm).", ge(-0.99), le(10)),
            enumeration("layer3.trigger", "Layer-3 trigger: zscore (shift score) or level (effective beta).",
                    "zscore", "level"),
            number("layer3.threshold", "Layer-3 trigger threshold.", ge(-1e6), le(1e6)),
            integer("layer3.targetDays", "Target days to expiry of the layer-3 instrument.", ge(1), le(MAX_DAYS)),
            dayWindow("layer3.windowDays", "Preferred days-to-expiry window [min, max] of the layer-3 future."),
            enumeration("layer3.instrument", "Layer-3 instrument.", "VIX_CALL", "SPX_PUT_SPREAD"),
            number("layer3.putLongMoneyness", "Long put strike of the layer-3 put spread as a fraction of spot.",
                    ge(0.01), le(2)),
            number("layer3.putShortMoneyness", "Short put strike of the layer-3 put spread as a fraction of spot.",
                    ge(0.01), le(2), ltKey("layer3.putLongMoneyness")),
            number("layer3.putLongVolAdd", "Added to VIX/100 for the implied vol of the long put.", ge(-1), le(1)),
            number("layer3.putShortVolAdd", "Added to VIX/100 for the implied vol of the short put.", ge(-1), le(1)),

            // pricing and advisories
            number("vix.strikeStep", "VIX strikes are rounded half up to this step.", ge(0.01), le(100)),
            number("vix.defaultOptionIv", "Implied vol of VIX options when vix_futures.csv has no option_iv.",
                    ge(0.0001), le(5)),
            number("vix.optionIvFloor",
                    "Lowest VIX option vol estimated from VVIX at a date without option quotes (§8.2).", gt(0), le(5)),
            number("spx.strikeStep", "SPX strikes are rounded half up to this step.", ge(0.01), le(1000)),
            number("parity.thresholdUsd", "Put-call parity edges of at least this many USD are flagged.",
                    ge(0), le(1e12)),

            // §8.2 the volatility surface of the replay's condor marks
            number("surface.atmRatio", "ATM vol of SPX options as a ratio of the term vol index (§8.2).", gt(0), le(10)),
            number("surface.skew", "Skew of the surface: sigma falls by skew x per unit of standardised moneyness x.",
                    ge(-10), le(10)),
            number("surface.smile", "Smile of the surface: sigma rises by smile x² (§8.2).", ge(-10), le(10)),
            number("surface.xMax", "Clamp of the standardised moneyness x of the surface.", gt(0), le(10)),
            number("surface.minRatio", "Lowest surface vol as a ratio of the ATM vol.", gt(0), le(1)),
            number("surface.maxRatio", "Highest surface vol as a ratio of the ATM vol.", ge(1), le(100)),

            // §9 scenarios
            number("scenario.vixFloor", "A shocked VIX never falls below min(VIX, vixFloor), points.", gt(0),
                    le(1000)),
            numbers("scenario.spxMoves", "SPX moves of the scenario grid, percent.", gt(-100), le(1000)),
            numbers("scenario.vixMoves", "VIX moves of the scenario grid, points.", ge(-1000), le(1000)),
            integers("scenario.horizonDays", "Horizons of the scenario grid besides now and expiry, days.", ge(0),
                    le(36500)),
            number("scenario.vixPerSpxDown", "VIX points per 1 % SPX fall on the coordinated path.", ge(0), le(100)),
            number("scenario.vixPerSpxUp", "VIX points per 1 % SPX rise on the coordinated path.", ge(0), le(100)),
            number("scenario.pathStep",
                    "Spacing of the coordinated path from -30 % to +30 %, in SPX percent (at least 0.01: 6,001 points).",
                    ge(0.01), le(60)),
            shocks("scenario.historical", "Historical shocks {name, spxPercent, vixPoints, days} replayed on the book."),

            // §10 the replay
            integer("backtest.entryDays", "Days to expiry of a new condor (nearest standard monthly).", ge(1),
                    le(3650)),
            number("backtest.shortDelta", "Delta of the short strikes of a new condor.", gt(0), lt(0.5)),
            number("backtest.wingWidth", "Wing width beyond each short strike, index points.",
                    gt(0), le(10000), multipleOf("spx.strikeStep")),
            number("backtest.longDelta", "Delta of the long strikes (0 = use wingWidth).", ge(0),
                    ltKey("backtest.shortDelta")),
            integer("backtest.lots", "Contracts per condor leg.", ge(1), le(1_000_000)),
            integer("backtest.exitDays", "Close the condor at this many days left (0 = off).", ge(0), le(3650)),
            number("backtest.takeProfit",
                    "Close when the cost to close is at most (1 - takeProfit) x the entry credit (0 = off).",
                    ge(0), lt(1)),
            number("backtest.stopLoss", "Close when cost to close - credit is at least stopLoss x credit (0 = off).",
                    ge(0), le(1000)),
            integer("backtest.rebalanceDays", "Market dates between hedge rebalances after an entry.", ge(1),
                    le(3650)),
            integer("backtest.rollDays", "Re-run the hedge when a held hedge has this many days left or fewer.",
                    ge(0), le(3650)),
            number("backtest.strikeTolerance", "A held hedge is kept while its strike is within this fraction "
                    + "of the engine's.", ge(0), le(10)),
            number("backtest.capital", "Starting cash of each run, USD.", gt(0), le(1e12)),
            number("backtest.commission", "Commission per listed leg contract, USD.", ge(0), le(1e6)),
            number("backtest.halfSpread.spxOption", "Half-spread of an SPX option trade, index points.", ge(0),
                    le(1000)),
            number("backtest.halfSpread.vixFuture", "Half-spread of a VIX future trade, VIX points.", ge(0), le(100)),
            number("backtest.halfSpread.vixOption", "Half-spread of a VIX option trade, VIX points.", ge(0), le(100)),
            number("backtest.halfSpread.varianceSwap", "Half-spread of a variance swap, USD per USD of vega notional.",
                    ge(0), le(100)));

    private static final Map<String, ConfigRule> BY_PATH =
            ALL.stream().collect(Collectors.toUnmodifiableMap(ConfigRule::path, Function.identity()));

    private ConfigRules() {
    }

    /** The rule of a dotted leaf key, or null when there is none. */
    public static ConfigRule byPath(String path) {
        return BY_PATH.get(path);
    }

    /** True for the map-valued keys ({@code volBeta.futuresBeta}, {@code sectors.aliases}) replaced whole. */
    public static boolean isMapValued(String path) {
        ConfigRule rule = BY_PATH.get(path);
        return rule != null && rule.kind().isMap();
    }

    private static ConfigRule number(String path, String description, Bound... bounds) {
        return new ConfigRule(path, Kind.NUMBER, Arrays.asList(bounds), List.of(), description);
    }

    private static ConfigRule integer(String path, String description, Bound... bounds) {
        return new ConfigRule(path, Kind.INTEGER, Arrays.asList(bounds), List.of(), description);
    }

    private static ConfigRule numbers(String path, String description, Bound... bounds) {
        return new ConfigRule(path, Kind.NUMBER_LIST, Arrays.asList(bounds), List.of(), description);
    }

    private static ConfigRule integers(String path, String description, Bound... bounds) {
        return new ConfigRule(path, Kind.INTEGER_LIST, Arrays.asList(bounds), List.of(), description);
    }

    private static ConfigRule shocks(String path, String description) {
        return new ConfigRule(path, Kind.SHOCK_LIST, List.of(), List.of(), description);
    }

    private static ConfigRule bool(String path, String description) {
        return new ConfigRule(path, Kind.BOOLEAN, List.of(), List.of(), description);
    }

    private static ConfigRule enumeration(String path, String description, String... allowed) {
        return new ConfigRule(path, Kind.ENUM, List.of(), List.of(allowed), description);
    }

    private static ConfigRule strings(String path, String description) {
        return new ConfigRule(path, Kind.STRING_LIST, List.of(), List.of(), description);
    }

    private static ConfigRule stringMap(String path, String description) {
        return new ConfigRule(path, Kind.STRING_MAP, List.of(), List.of(), description);
    }

    private static ConfigRule dayCurve(String path, String description) {
        return new ConfigRule(path, Kind.DAY_CURVE, List.of(), List.of(), description);
    }

    private static ConfigRule dayWindow(String path, String description) {
        return new ConfigRule(path, Kind.DAY_WINDOW, List.of(), List.of(), description);
    }

    private static Bound ge(double limit) {
        return new Bound(Op.GE, limit, null);
    }

    private static Bound gt(double limit) {
        return new Bound(Op.GT, limit, null);
    }

    private static Bound le(double limit) {
        return new Bound(Op.LE, limit, null);
    }

    private static Bound lt(double limit) {
        return new Bound(Op.LT, limit, null);
    }

    private static Bound multipleOf(String key) {
        return new Bound(Op.MULTIPLE_OF, Double.NaN, key);
    }

    private static Bound geKey(String key) {
        return new Bound(Op.GE, Double.NaN, key);
    }

    private static Bound gtKey(String key) {
        return new Bound(Op.GT, Double.NaN, key);
    }

    private static Bound leKey(String key) {
        return new Bound(Op.LE, Double.NaN, key);
    }

    private static Bound ltKey(String key) {
        return new Bound(Op.LT, Double.NaN, key);
    }
}
