package org.alvh.io;

import org.alvh.model.OptionLeg;
import org.alvh.model.Problem;
import org.alvh.model.Right;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads {@code condor.csv} and checks that it is a short iron condor (METHOD.md §1): four legs, one expiry
 * after the as-of date, long put K1 &lt; short put K2 &lt; short call K3 &lt; long call K4, equal
 * |quantity|. Implied vols are not solved here (the engine does that with its configuration).
 */
final class CondorParser {
    static final String FILE = "condor.csv";
    private static final List<String> REQUIRED = List.of("right", "strike", "expiry", "quantity");
    private static final List<String> OPTIONAL = List.of("implied_vol", "price");
    private static final String SHAPE = "an iron condor is long put K1 < short put K2 < short call K3 < long call K4,"
            + " all with the same |quantity|, shorts negative and longs positive";
    private static final Right[] RIGHTS = {Right.PUT, Right.PUT, Right.CALL, Right.CALL};
    private static final int[] SIGNS = {1, -1, -1, 1};
    /** More contracts than this in one leg is warned about as implausible. */
    static final int PLAUSIBLE_CONTRACTS = 100_000;
    /** An expiry further than this many years after the as-of date is warned about as implausible. */
    static final int PLAUSIBLE_YEARS = 10;

    private CondorParser() {
    }

    /**
     * The four legs ordered K1..K4; null when the file is missing, has a bad row or is not an iron condor
     * (all reported).
     *
     * @param asOf the as-of date T, or null when it is unknown (market.csv unusable): expiry is then not checked
     */
    static List<OptionLeg> parse(FileInput input, ProblemCollector problems, CsvTable.Limits limits, LocalDate asOf) {
        CsvTable t = CsvTable.open(FILE, input, true, problems, limits, REQUIRED, OPTIONAL);
        if (t == null) {
            return null;
        }
        List<OptionLeg> legs = new ArrayList<>();
        int cExpiry;
        try (t) {
            int cRight = t.column("right");
            int cStrike = t.column("strike");
            cExpiry = t.column("expiry");
            int cQty = t.column("quantity");
            int cVol = t.column("implied_vol");
            int cPrice = t.column("price");
            while (t.next()) {
                Right right = readRight(t, cRight);
                double strike = t.number(cStrike, NumberRule.INDEX_LEVEL);
                LocalDate expiry = t.date(cExpiry);
                double qty = t.number(cQty, NumberRule.QUANTITY);
                Double vol = t.optionalNumber(cVol, NumberRule.VOLATILITY);
                Double price = t.optionalNumber(cPrice, NumberRule.PRICE);
                if (t.isEmpty(cVol) && t.isEmpty(cPrice)) {
                    t.error(-1, "this leg has neither implied_vol nor price; give at least one");
                }
                if (t.rowOk()) {
                    warnIfImplausible(t, cQty, qty, cExpiry, expiry, asOf);
                    legs.add(new OptionLeg(t.line(), right, strike, expiry, qty, vol, price));
                }
            }
            if (!t.fileOk()) {
                return null;
            }
        }
        return checkShape(legs, asOf, problems, cExpiry);
    }

    /**
     * Warns about a legal leg that is very probably a mistake: more than {@link #PLAUSIBLE_CONTRACTS} contracts,
     * a fraction of a contract, or an expiry more than {@link #PLAUSIBLE_YEARS} years after the as-of date.
     */
    private static void warnIfImplausible(CsvTable t, int cQty, double qty, int cExpiry, LocalDate expiry,
                                          LocalDate asOf) {
        if (Math.abs(qty) > PLAUSIBLE_CONTRACTS) {
            t.warning(t.line(), cQty, "quantity " + CsvTable.shown(t.text(cQty)) + " is more than "
                    + PLAUSIBLE_CONTRACTS + " contracts; check the quantity (the hedge is sized from it)", Problem.Code.IMPLAUSIBLE);
        } else if (qty != Math.rint(qty)) {
            t.warning(t.line(), cQty, "quantity " + CsvTable.shown(t.text(cQty))
                    + " is a fraction of a contract; options trade in whole contracts", Problem.Code.IMPLAUSIBLE);
        }
        if (asOf != null && expiry != null && expiry.isAfter(asOf.plusYears(PLAUSIBLE_YEARS))) {
            t.warning(t.line(), cExpiry, "expiry " + expiry + " is more than " + PLAUSIBLE_YEARS
                    + " years after the as-of date " + asOf + "; check the date", Problem.Code.IMPLAUSIBLE);
        }
    }

    private static Right readRight(CsvTable t, int c) {
        String text = t.requiredText(c);
        if (text == null) {
            return null;
        }
        Right right = Right.parse(text);
        if (right == null) {
            t.error(c, "right must be P (put) or C (call), got " + CsvTable.shown(text));
        }
        return right;
    }

    private static List<OptionLeg> checkShape(List<OptionLeg> legs, LocalDate asOf, ProblemCollector problems,
                                              int cExpiry) {
        if (legs.size() != 4) {
            problems.error(FILE, 0, 0, "an iron condor has exactly four legs (long put K1 < short put K2"
                    + " < short call K3 < long call K4), found " + legs.size());
            return null;
        }
        OptionLeg first = legs.get(0);
        for (OptionLeg leg : legs) {
            if (!leg.expiry().equals(first.expiry())) {
                problems.error(FILE, leg.line(), cExpiry + 1, "all four legs must share one expiry, but this leg"
                        + " expires " + leg.expiry() + " and the leg on line " + first.line() + " " + first.expiry());
                return null;
            }
        }
        boolean ok = true;
        if (asOf != null && !first.expiry().isAfter(asOf)) {
            problems.error(FILE, first.line(), cExpiry + 1, "condor expired: expiry " + first.expiry()
                    + " is not after the as-of date " + asOf);
            ok = false;
        }
        List<OptionLeg> sorted = new ArrayList<>(legs);
        sorted.sort(Comparator.comparingDouble(OptionLeg::strike).thenComparing(OptionLeg::right));
        String reason = shapeProblem(sorted);
        if (reason != null) {
            problems.error(FILE, 0, 0, "not an iron condor (" + reason + "): " + SHAPE + "; found "
                    + sorted.stream().map(CondorParser::describe).collect(Collectors.joining(", ")));
            ok = false;
        }
        return ok ? List.copyOf(sorted) : null;
    }

    /** Why the sorted legs are not an iron condor, or null when they are one. */
    private static String shapeProblem(List<OptionLeg> sorted) {
        for (int i = 0; i < 4; i++) {
            if (sorted.get(i).right() != RIGHTS[i]) {
                return "by strike the rights must be P, P, C, C";
            }
        }
        for (int i = 1; i < 4; i++) {
            if (!(sorted.get(i).strike() > sorted.get(i - 1).strike())) {
                return "the four strikes must be different";
            }
        }
        for (int i = 0; i < 4; i++) {
            if (Math.signum(sorted.get(i).quantity()) != SIGNS[i]) {
                return "the wings must be long and the inner legs short";
            }
        }
        double q = Math.abs(sorted.get(0).quantity());
        for (OptionLeg leg : sorted) {
            if (Math.abs(leg.quantity()) != q) {
                return "the quantities differ";
            }
        }
        return null;
    }

    private static String describe(OptionLeg leg) {
        return (leg.quantity() > 0 ? "long " : "short ") + SpreadsheetCsv.number(Math.abs(leg.quantity())) + " "
                + leg.right().code() + " " + SpreadsheetCsv.number(leg.strike()) + " (line " + leg.line() + ")";
    }
}
