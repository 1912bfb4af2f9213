package org.alvh.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.alvh.calc.AlvhEngine;
import org.alvh.calc.AlvhResult;
import org.alvh.calc.LeftOutConstituents;
import org.alvh.io.SnapshotReader;
import org.alvh.io.config.ConfigReader;
import org.alvh.model.AlvhConfig;
import org.alvh.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The words and numbers of the window that need no window: counts, readable values, Markdown, groups. */
class PresentationTest {
    private static final AlvhResult SAMPLE = AlvhEngine.compute(new SnapshotReader()
            .read(Path.of("sample-data", "spx-2018-02-05")).value(), ConfigReader.defaults());

    @ParameterizedTest
    @CsvSource({"0, 0 advisories", "1, 1 advisory", "2, 2 advisories"})
    void countsAgreeWithTheirNoun(long n, String expected) {
        assertThat(Formats.count(n, "advisory", "advisories")).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"1730; 1,730", "2204.7285975004293; 2,204.73", "0.368174; 0.3682",
        "0.0003818; 0.0003818", "-2513.78; -2,513.78", "0.00012345678; 0.0001235"})
    void readableValuesAreWrittenLikeTheOtherViews(double v, String expected) {
        assertThat(Formats.readable(v)).isEqualTo(expected);
    }

    @Test
    void binaryGarbageIsShownEscaped() {
        assertThat(Formats.visible("unknown column '\u0000\u001b[31m\ufffd\u00e9\u007f' ignored"))
                .isEqualTo("unknown column '\\u0000\\u001b[31m\\ufffd\u00e9\\u007f' ignored");
        assertThat(Formats.visible("plain AAPL, é, τ")).isEqualTo("plain AAPL, é, τ");
    }

    @Test
    void auditKeysNameLayersAndLegsAsTheViewsDo() {
        assertThat(AuditView.displayKey("layers[0].quantity")).isEqualTo("Layer 1 quantity");
        assertThat(AuditView.displayKey("layers[2]")).isEqualTo("Layer 3");
        assertThat(AuditView.displayKey("condor.legs[3].delta")).isEqualTo("condor.leg 4 delta");
        assertThat(AuditView.displayKey("hedgeBase")).isEqualTo("hedgeBase");
    }

    @Test
    void markdownBecomesTheHtmlJEditorPaneShows() {
        String html = MarkdownHtml.toHtml("""
                # Title
                Some `a < b` and **bold**
                text.

                | k | v |
                |---|---|
                | `x` | 1 |

                    code block
                - one
                - two
                """);
        assertThat(html).contains("<h1>Title</h1>", "<p>Some <code>a &lt; b</code> and <b>bold</b> text.</p>",
                "<th align=\"left\">k</th>", "<td valign=\"top\"><code>x</code></td>", "<pre>code block</pre>",
                "<ul>\n<li>one</li>\n<li>two</li>\n</ul>");
    }

    @Test
    void theHelpTextsComeFromTheRepository() {
        assertThat(HelpWindow.read(HelpWindow.METHOD)).isEqualTo(read(Path.of("docs", "METHOD.md")));
        assertThat(HelpWindow.read(HelpWindow.GLOSSARY)).contains("| VEV |", "| shift* |", "| z, shift score |");
    }

    private static String read(Path p) {
        try {
            return java.nio.file.Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void parameterChangesListOnlyTheEditedKeysWithTheirDefaults() {
        assertThat(ParameterChanges.of(ConfigReader.defaults())).isEmpty();
        com.fasterxml.jackson.databind.node.ObjectNode edit = com.fasterxml.jackson.databind.node.JsonNodeFactory
                .instance.objectNode();
        edit.putObject("layer1").put("base", 0.5);
        edit.putObject("events").putArray("types").add("FOMC");
        AlvhConfig config = new ConfigReader().fromTree(edit).value();
        assertThat(ParameterChanges.of(config)).containsExactly("events.types = [\"FOMC\"] (default [\"FOMC\",\"CPI\",\"PPI\"])",
                "layer1.base = 0.5 (default 0.4)");
        assertThat(ParameterChanges.summary(ParameterChanges.of(config))).isEqualTo("edited parameters (2 changes)");
    }

    @Test
    void hedgedShareIsAchievedOverTheHedgeBase() {
        // residual = VEV_c + Σ achieved (METHOD §5), so Σ achieved / H = (residual − VEV_c) / H
        double expected = (SAMPLE.residualVev() - SAMPLE.condor().vev()) / SAMPLE.hedgeBase();
        assertThat(SAMPLE.risk().percentHedged()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void warningsAreGroupedByImportance() {
        List<WarningGroups.Row> rows = WarningGroups.rows(SAMPLE, false);
        assertThat(rows.get(0).kind()).isEqualTo(WarningGroups.RULE_OFF);
        assertThat(rows.get(rows.size() - 1).group()).isTrue();
        assertThat(rows.stream().filter(r -> r.kind().equals(WarningGroups.LEFT_OUT)).map(WarningGroups.Row::message))
                .anySatisfy(m -> assertThat(m).startsWith("BRK.B"));
        List<WarningGroups.Row> expanded = WarningGroups.rows(SAMPLE, true);
        long routine = SAMPLE.warnings().stream().filter(WarningGroups::isRoutine).count();
        assertThat(expanded).hasSize(rows.size() + (int) routine);
        WarningGroups.Counts counts = WarningGroups.counts(SAMPLE);
        assertThat(counts.routine()).isEqualTo((int) routine).isEqualTo(23);
    }

    @Test
    void condorFiguresShowTheHedgedValuesOfTheBookRisk() {
        org.alvh.calc.Greeks g = org.alvh.calc.Greeks.ZERO;
        org.alvh.calc.BookRisk risk = new org.alvh.calc.BookRisk(g, g, List.of(), 0, 0, null, -20000, -20,
                -1234.5, -7.5, List.of(-3.25, 4.5), 30);
        assertThat(CondorView.hedgedMaxLoss(risk)).isEqualTo("−$1,234.50 at SPX -7.50 %");
        assertThat(CondorView.hedgedBreakEvens(risk)).isEqualTo("SPX -3.25 % / +4.50 %");
        org.alvh.calc.BookRisk none = new org.alvh.calc.BookRisk(g, g, List.of(), 0, 0, null, -20000, -20,
                -1234.5, -7.5, List.of(), 30);
        assertThat(CondorView.hedgedBreakEvens(none)).isEqualTo("none");
        assertThat(CondorView.FIGURE_COLUMNS).containsExactly("Trade figure", "Condor (unhedged)", "With hedges (§9 path)");
    }

    @Test
    void warningsAreToldApartByCodeNotByWording() {
        Problem ruleOff = Problem.warning(Problem.Code.RULE_UNAVAILABLE, "", 0, 0, "events switched off");
        Problem routine = Problem.warning(Problem.Code.NO_PRICES_OR_BETA, "constituents.csv", 4, 0, "XYZ: no data");
        Problem lookalike = Problem.warning("", 0, 0, "rule unavailable: only the words of one");
        Problem lookalikeRoutine = Problem.warning("constituents.csv", 5, 0, "ABC has neither prices nor beta (excluded)");
        assertThat(WarningGroups.isRuleOff(ruleOff)).isTrue();
        assertThat(WarningGroups.isRoutine(routine)).isTrue();
        assertThat(WarningGroups.isRuleOff(lookalike)).isFalse();
        assertThat(WarningGroups.isRoutine(lookalikeRoutine)).isFalse();
        assertThat(SAMPLE.warnings()).filteredOn(WarningGroups::isRuleOff)
                .allSatisfy(p -> assertThat(p.message()).startsWith("rule unavailable: ")).isNotEmpty();
    }

    @Test
    void leftOutConstituentsAreAsLargeAsTheSmallestBasketMember() {
        double smallest = SAMPLE.beta().constituents().stream().filter(c -> c.inBasket())
                .mapToDouble(c -> c.floatMarketCap()).min().orElseThrow();
        List<LeftOutConstituents.LeftOut> left = LeftOutConstituents.of(SAMPLE.beta());
        assertThat(left).isNotEmpty().allSatisfy(c -> assertThat(c.floatMarketCap()).isGreaterThanOrEqualTo(smallest));
        assertThat(left.get(0).ticker()).isEqualTo("BRK.B");
    }
}
