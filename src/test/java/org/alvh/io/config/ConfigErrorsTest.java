package org.alvh.io.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.alvh.model.AlvhConfig;
import org.alvh.model.LoadResult;
import org.alvh.model.Problem;

/**
 * Bad configurations and the exact problems they produce ({@code file:line:column: message}, several
 * joined by {@code " ; "}). Each JSON is one line, so the column is the position in the cell.
 */
class ConfigErrorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        # unknown keys, with and without a suggestion
        {"beta": {"windowDay": 5}} | t.json:1:11: unknown key 'beta.windowDay' (did you mean 'beta.windowDays'?)
        {"windowDays": 5} | t.json:1:2: unknown key 'windowDays' (did you mean 'beta.windowDays'?)
        {"zzz": 1} | t.json:1:2: unknown key 'zzz'
        {"layer2": {"windowDays": [30, 60], "extra": {"a": 1}}} | t.json:1:37: unknown key 'layer2.extra'
        # wrong types
        {"beta": 60} | t.json:1:10: beta must be an object, got 60
        {"beta": {"blume": "yes"}} | t.json:1:20: beta.blume must be true or false, got "yes"
        {"market": {"riskFreeRate": "0.02"}} | t.json:1:29: market.riskFreeRate must be a finite number in [-1, 1], got "0.02"
        {"series": {"length": null}} | t.json:1:23: series.length must be a whole number in [0, 100000], got null
        {"events": {"types": "FOMC"}} | t.json:1:22: events.types must be a list of non-empty strings, got "FOMC"
        {"events": {"types": ["FOMC", 3, ""]}} | t.json:1:31: events.types[1] must be a non-empty string, got 3 ; t.json:1:34: events.types[2] must be a non-empty string, got ""
        {"sectors": {"aliases": ["a"]}} | t.json:1:25: sectors.aliases must be an object mapping names to non-empty strings, got ["a"]
        {"sectors": {"aliases": {"Telecom": 1}}} | t.json:1:37: sectors.aliases 'Telecom' must map to a non-empty string, got 1
        # whole numbers
        {"beta": {"windowDays": 1.5}} | t.json:1:25: beta.windowDays must be a whole number in [2, 100000], got 1.5
        {"weights": {"topN": 3000000000}} | t.json:1:22: weights.topN must be a whole number in [0, 100000], got 3000000000
        # out of range
        {"market": {"dividendYield": -1.5}} | t.json:1:30: market.dividendYield must be a finite number in [-1, 1], got -1.5
        {"market": {"riskFreeRate": 1e400}} | t.json:1:29: market.riskFreeRate must be a finite number in [-1, 1], got a number too large for a double
        {"correlation": {"adjMin": 0}} | t.json:1:28: correlation.adjMin must be a finite number in [0.001, 1000], got 0
        {"correlation": {"adjMax": 0.4}} | t.json:1:28: correlation.adjMax must be a finite number <= 1000 and >= correlation.adjMin (0.5), got 0.4
        {"momentum": {"vixRsiAbove": 101}} | t.json:1:30: momentum.vixRsiAbove must be a finite number in [0, 100], got 101
        {"vix": {"defaultOptionIv": 0}} | t.json:1:29: vix.defaultOptionIv must be a finite number in [0.0001, 5], got 0
        {"layer2": {"otm": -1}} | t.json:1:20: layer2.otm must be a finite number in [-0.99, 10], got -1
        {"layer1": {"shiftFull": 0.02}} | t.json:1:26: layer1.shiftFull must be a finite number <= 100 and > layer1.shiftStart (0.02), got 0.02
        {"layer3": {"putShortMoneyness": 0.95}} | t.json:1:34: layer3.putShortMoneyness must be a finite number in [0.01, 2] and < layer3.putLongMoneyness (0.9), got 0.95
        {"volBeta": {"futuresBeta": {}}} | t.json:1:29: volBeta.futuresBeta must be a non-empty object mapping whole days from 0 to 36500 to numbers > 0 and <= 100, got {}
        {"volBeta": {"futuresBeta": {"-5": 1, "30": 0}}} | t.json:1:30: volBeta.futuresBeta key "-5" must be a whole number of days from 0 to 36500 ; t.json:1:45: volBeta.futuresBeta.30 must be a number > 0 and <= 100, got 0
        # min > max, fast > slow, a default that no longer fits
        {"layer3": {"windowDays": [150, 90]}} | t.json:1:27: layer3.windowDays must be a list of two whole numbers [min, max] with 1 <= min <= max <= 36500, got [150,90]
        {"smoothing": {"fast": 21}} | t.json:1:24: smoothing.fast must be a whole number >= 1 and <= smoothing.slow (20), got 21
        {"indicators": {"macdFast": 12, "macdSlow": 10}} | t.json:1:29: indicators.macdFast must be a whole number >= 1 and <= indicators.macdSlow (10), got 12
        {"beta": {"windowDays": 30}} | t.json: beta.minObservations must be a whole number >= 2 and <= beta.windowDays (30), got 40 (the default)
        # windowDays of the wrong length
        {"layer2": {"windowDays": [30]}} | t.json:1:27: layer2.windowDays must be a list of two whole numbers [min, max] with 1 <= min <= max <= 36500, got [30]
        {"layer2": {"windowDays": [0, 30]}} | t.json:1:27: layer2.windowDays must be a list of two whole numbers [min, max] with 1 <= min <= max <= 36500, got [0,30]
        # the §8-§10 keys: lists of numbers, the list of historical shocks, bounds between keys
        {"scenario": {"spxMoves": [-20, -100, "x"]}} | t.json:1:33: scenario.spxMoves[1] must be a finite number in (-100, 1000], got -100 ; t.json:1:39: scenario.spxMoves[2] must be a finite number in (-100, 1000], got "x"
        {"scenario": {"horizonDays": [7, 1.5, -1]}} | t.json:1:34: scenario.horizonDays[1] must be a whole number in [0, 36500], got 1.5 ; t.json:1:39: scenario.horizonDays[2] must be a whole number in [0, 36500], got -1
        {"scenario": {"vixMoves": 5}} | t.json:1:27: scenario.vixMoves must be a list of finite numbers in [-1000, 1000], got 5
        {"scenario": {"historical": [{"name": "", "spxPercent": -100, "vixPoints": "a", "days": 2.5}]}} | t.json:1:39: scenario.historical[0].name must be a non-empty string, got "" ; t.json:1:57: scenario.historical[0].spxPercent must be a finite number > -100, got -100 ; t.json:1:76: scenario.historical[0].vixPoints must be a finite number, got "a" ; t.json:1:89: scenario.historical[0].days must be a whole number >= 0, got 2.5
        {"scenario": {"historical": [{"name": "x", "spxPercent": -5, "vixPoints": 3, "days": 2, "when": 1}]}} | t.json:1:89: unknown key 'when' in scenario.historical[0] (a shock has name, spxPercent, vixPoints and days)
        {"scenario": {"pathStep": 0}} | t.json:1:27: scenario.pathStep must be a finite number in [0.01, 60], got 0
        {"surface": {"minRatio": 1.2}} | t.json:1:26: surface.minRatio must be a finite number in (0, 1], got 1.2
        {"backtest": {"wingWidth": 52}} | t.json:1:28: backtest.wingWidth must be a finite number in (0, 10000] and a positive multiple of spx.strikeStep (5), got 52
        {"backtest": {"longDelta": 0.2}} | t.json:1:28: backtest.longDelta must be a finite number >= 0 and < backtest.shortDelta (0.16), got 0.2
        {"backtest": {"takeProfit": 1}} | t.json:1:29: backtest.takeProfit must be a finite number in [0, 1), got 1
        {"backtest": {"halfSpread": {"vixOption": -0.05}}} | t.json:1:43: backtest.halfSpread.vixOption must be a finite number in [0, 100], got -0.05
        # bad enums
        {"returns": "arithmetic"} | t.json:1:13: returns must be one of log, simple, got "arithmetic"
        {"layer1": {"instrument": "VIX_CALL"}} | t.json:1:27: layer1.instrument must be one of VX_FUTURE, VXM_FUTURE, VIX_CALL_BUTTERFLY, got "VIX_CALL"
        {"layer3": {"trigger": 1.4}} | t.json:1:24: layer3.trigger must be one of zscore, level, got 1.4
        # duplicate keys and syntax
        {"beta": {"windowDays": 60, "windowDays": 61}} | t.json:1:41: duplicate key 'beta.windowDays'
        {"beta": {"windowDays": 60,}} | t.json:1:28: invalid JSON: Unexpected character ('}'): was expecting double-quote to start field name
        {"beta": {"windowDays": 60} | t.json:1:28: invalid JSON: Unexpected end-of-input: expected close marker for Object (start marker at line 1, column 1)
        {} {} | t.json:1:4: unexpected content after the end of the JSON document
        /* comment */ {} | t.json:1:1: invalid JSON: Unexpected character ('/'): maybe a (non-standard) comment? (not recognized as one since Feature 'ALLOW_COMMENTS' not enabled for parser)
        [1, 2] | t.json:1:1: the configuration must be a JSON object, got [1,2]
        # several errors reported at once, in file order
        {"smoothing": {"slow": 0}, "returns": "LOG2", "beta": {"windowDay": 5, "blume": 1}} | t.json:1:24: smoothing.slow must be a whole number in [1, 100000], got 0 ; t.json:1:39: returns must be one of log, simple, got "LOG2" ; t.json:1:56: unknown key 'beta.windowDay' (did you mean 'beta.windowDays'?) ; t.json:1:81: beta.blume must be true or false, got 1
        """)
    void badConfigurationIsReportedExactly(String json, String expected) {
        LoadResult<AlvhConfig> result = new ConfigReader().read("t.json", json.getBytes(StandardCharsets.UTF_8));

        assertThat(result.value()).isNull();
        assertThat(result.problems()).allMatch(Problem::isError);
        assertThat(joined(result.problems())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        ''                  | t.json: the configuration file is empty; write {} for all defaults
        '   '               | t.json: the configuration file is empty; write {} for all defaults
        """)
    void emptyFileIsAnError(String quoted, String expected) {
        String json = quoted.substring(1, quoted.length() - 1);
        LoadResult<AlvhConfig> result = new ConfigReader().read("t.json", json.getBytes(StandardCharsets.UTF_8));

        assertThat(joined(result.problems())).isEqualTo(expected);
    }

    private static String joined(List<Problem> problems) {
        return problems.stream().map(Problem::toString).collect(Collectors.joining(" ; "));
    }
}
