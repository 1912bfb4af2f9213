package org.alvh.ui;

import java.util.ArrayList;
import java.util.List;

import org.alvh.calc.Advisory;
import org.alvh.calc.AlvhResult;
import org.alvh.calc.LeftOutConstituents;
import org.alvh.model.Problem;

/**
 * The advisories and warnings of a result by importance, as rows of the warnings table: first the rules the
 * method switched off for lack of data, then large constituents left out of the basket, the §5.1 advisories,
 * the other warnings, and last the routine "no prices or beta for X" warnings grouped into one line with their
 * count and names (expanded into one row each on request). Warnings are told apart by their
 * {@link Problem.Code} ({@code RULE_UNAVAILABLE}, {@code NO_PRICES_OR_BETA}), never by their wording; the
 * wording is only shortened for display when it has the engine's usual form.
 */
final class WarningGroups {
    /** The prefix the engine gives a rule it could not apply (calc.Confirmations), left out of the row. */
    static final String RULE_OFF_PREFIX = "rule unavailable: ";
    /** The ending of the routine constituent warning (calc.WeightedBetaCalculator), left out of the names. */
    static final String NO_DATA_SUFFIX = " has neither prices nor beta (excluded)";
    static final String RULE_OFF = "rule off: no data";
    static final String LEFT_OUT = "left out of basket";
    static final String WARNING = "warning";
    static final String ROUTINE = "routine";

    /** One row: importance, place, message. {@code group} marks the line that stands for the routine rows. */
    record Row(String kind, String where, String message, boolean group) {
        List<Object> cells() {
            return List.of(kind, where, message);
        }
    }

    /** The counts the view's summary line reports. */
    record Counts(int rulesOff, int leftOut, int advisories, int warnings, int routine) {
    }

    private WarningGroups() {
    }

    static Counts counts(AlvhResult result) {
        int off = 0;
        int routine = 0;
        for (Problem p : result.warnings()) {
            if (isRuleOff(p)) {
                off++;
            } else if (isRoutine(p)) {
                routine++;
            }
        }
        return new Counts(off, LeftOutConstituents.of(result.beta()).size(), result.advisories().size(),
                result.warnings().size(), routine);
    }

    /** The rows in order of importance; the routine warnings one per row when {@code expanded}. */
    static List<Row> rows(AlvhResult result, boolean expanded) {
        List<Row> rows = new ArrayList<>();
        List<Problem> routine = new ArrayList<>();
        List<Problem> other = new ArrayList<>();
        for (Problem p : result.warnings()) {
            if (isRuleOff(p)) {
                rows.add(new Row(RULE_OFF, p.location(), withoutPrefix(p.message()), false));
            } else if (isRoutine(p)) {
                routine.add(p);
            } else {
                other.add(p);
            }
        }
        for (LeftOutConstituents.LeftOut c : LeftOutConstituents.of(result.beta())) {
            rows.add(new Row(LEFT_OUT, "constituents.csv", c.ticker() + " (" + c.name() + "), "
                    + Formats.percent(c.indexShare(), 2) + " of the index's float cap (" + Formats.billions(
                    c.floatMarketCap()) + "), large enough for the basket, is left out: "
                    + (c.hasBeta() ? "not eligible" : "no prices and no beta"), false));
        }
        for (Advisory a : result.advisories()) {
            rows.add(new Row("advisory: " + a.type(), "", a.message(), false));
        }
        for (Problem p : other) {
            rows.add(new Row(p.isError() ? "error" : WARNING, p.location(), p.message(), false));
        }
        if (!routine.isEmpty()) {
            List<String> names = routine.stream().map(p -> subject(p.message())).toList();
            rows.add(new Row((expanded ? "▾ " : "▸ ") + ROUTINE + " (" + routine.size() + ")", "constituents.csv",
                    Formats.count(routine.size(), "constituent has", "constituents have")
                            + " neither prices nor beta (excluded): " + String.join(", ", names)
                            + (expanded ? "" : "  (click to list each)"), true));
            if (expanded) {
                for (Problem p : routine) {
                    rows.add(new Row("   " + ROUTINE, p.location(), p.message(), false));
                }
            }
        }
        return rows;
    }

    static boolean isRuleOff(Problem p) {
        return p.code() == Problem.Code.RULE_UNAVAILABLE;
    }

    static boolean isRoutine(Problem p) {
        return p.code() == Problem.Code.NO_PRICES_OR_BETA;
    }

    /** The rule and its missing data: the message without the engine's prefix, or the whole message. */
    private static String withoutPrefix(String message) {
        return message.startsWith(RULE_OFF_PREFIX) ? message.substring(RULE_OFF_PREFIX.length()) : message;
    }

    /** The constituent a routine warning is about: the message without its ending, or the whole message. */
    private static String subject(String message) {
        return message.endsWith(NO_DATA_SUFFIX)
                ? message.substring(0, message.length() - NO_DATA_SUFFIX.length()) : message;
    }
}
