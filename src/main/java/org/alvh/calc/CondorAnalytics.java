package org.alvh.calc;

import static org.alvh.calc.AuditTrail.from;

import static org.alvh.calc.UnusableSnapshotException.problem;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.alvh.format.Numbers;
import org.alvh.model.OptionLeg;
import org.alvh.model.Problem;
import org.alvh.model.SnapshotInput;

/**
 * METHOD.md §4: BSM greeks of each leg, the trade figures and the condor's VEV. Resolves implied vols from
 * prices where only a price is given, and rejects a credit that is not a short iron condor's.
 */
final class CondorAnalytics {
    static final String GROUP = "4 Condor";
    private static final String[] ROLES = {"long put K1", "short put K2", "short call K3", "long call K4"};

    private CondorAnalytics() {
    }

    static CondorResult analyse(List<OptionLeg> condor, MarketParameters market, VolScaling scaling,
                                AuditTrail trail) {
        LocalDate expiry = condor.get(0).expiry();
        int days = (int) ChronoUnit.DAYS.between(market.asOf(), expiry);
        double tau = days / 365.0;
        double s = market.spot();
        double r = market.rate();
        double q = market.dividendYield();
        List<Problem> problems = new ArrayList<>();
        List<CondorResult.Leg> legs = new ArrayList<>(4);
        for (int k = 0; k < 4; k++) {
            OptionLeg leg = condor.get(k);
            double vol;
            String ivSource;
            if (leg.impliedVol() != null) {
                vol = leg.impliedVol();
                ivSource = "given";
            } else {
                OptionalDouble solved = ImpliedVolatility.solve(leg.right(), leg.price(), s, leg.strike(), r, q, tau);
                if (solved.isEmpty()) {
                    problems.add(UnusableSnapshotException.problem(SnapshotInput.CONDOR, leg.line(), 0,
                            "the " + ROLES[k] + " price "
                            + Numbers.shortest(leg.price()) + " has no implied volatility in [0.0001, 5] (spot "
                            + Numbers.shortest(s) + ", " + days + " days): outside the arbitrage bounds"));
                    continue;
                }
                vol = solved.getAsDouble();
                ivSource = "solved";
            }
            BlackScholes.Greeks g = BlackScholes.greeks(leg.right(), s, leg.strike(), r, q, vol, tau);
            double premium = leg.price() != null ? leg.price() : g.price();
            legs.add(new CondorResult.Leg(ROLES[k], leg.right(), leg.strike(), expiry, leg.quantity(), vol, ivSource,
                    premium, leg.price() != null, g.price(), g.delta(), g.gamma(), g.vega(), g.theta()));
        }
        if (!problems.isEmpty()) {
            throw new UnusableSnapshotException(problems);
        }
        double credit = 0;
        double vega = 0;
        double delta = 0;
        double gamma = 0;
        double theta = 0;
        for (CondorResult.Leg leg : legs) {
            credit -= Math.signum(leg.quantity()) * leg.price();
            vega += leg.quantity() * 100 * leg.vega();
            delta += leg.quantity() * 100 * leg.delta();
            gamma += leg.quantity() * 100 * leg.gamma();
            theta += leg.quantity() * 100 * leg.theta();
        }
        double contracts = Math.abs(legs.get(0).quantity());
        double putWing = legs.get(1).strike() - legs.get(0).strike();
        double callWing = legs.get(3).strike() - legs.get(2).strike();
        double widerWing = Math.max(putWing, callWing);
        if (!(credit > 0) || !(credit < widerWing)) {
            int firstLine = condor.stream().mapToInt(OptionLeg::line).min().orElse(0);
            throw new UnusableSnapshotException(problem(SnapshotInput.CONDOR, firstLine, 0, "the net credit "
                    + Numbers.fixed(credit, 4) + " per share must be above 0 and below the wider wing "
                    + Numbers.shortest(widerWing) + " (premiums of the legs on lines " + lineList(condor)
                    + "): this position is not a short iron condor"));
        }
        double creditUsd = credit * 100 * contracts;
        double maxLossUsd = (widerWing - credit) * 100 * contracts;
        double beLow = legs.get(1).strike() - credit;
        double beHigh = legs.get(2).strike() + credit;
        double popSigma = (legs.get(1).impliedVol() + legs.get(2).impliedVol()) / 2;
        double pop = aboveBreakEven(s, beLow, r, q, popSigma, tau)
                - Normal.cdf(BlackScholes.d2(s, beHigh, r, q, popSigma, tau));
        double ror = creditUsd / maxLossUsd;
        double compounded = Math.pow(1 + ror, 365.0 / days) - 1;
        Double annualised = Double.isFinite(compounded) ? compounded : null;
        double volScale = scaling.tenorScale(days);
        double vev = vega * volScale;
        Object[] marketInputs = TrailInputs.spotRateYield(s, r, q);
        record(trail, legs, days, tau, vega, vev, volScale, delta, gamma, theta, credit, creditUsd, maxLossUsd,
                beLow, beHigh, popSigma, pop, ror, annualised, contracts, widerWing, marketInputs,
                TrailInputs.tenorScale(scaling.volBeta()));
        return new CondorResult(legs, expiry, days, tau, vega, vev, volScale, delta, gamma, theta, credit, creditUsd,
                maxLossUsd, beLow, beHigh, popSigma, pop, ror, annualised, contracts);
    }

    private static String lineList(List<OptionLeg> condor) {
        return String.join(", ", condor.stream().map(l -> Integer.toString(l.line())).toList());
    }

    /**
     * {@code N(d2(X))}, the risk-neutral probability that S_T ends above {@code X}; 1 for a break-even at or
     * below 0 (a credit larger than the short put strike), the limit of N(d2(X)) as X falls to 0
     * (docs/adr/0004).
     */
    static double aboveBreakEven(double s, double x, double r, double q, double sigma, double tau) {
        return x > 0 ? Normal.cdf(BlackScholes.d2(s, x, r, q, sigma, tau)) : 1.0;
    }

    private static void record(AuditTrail trail, List<CondorResult.Leg> legs, int days, double tau, double vega,
                               double vev, double volScale, double delta, double gamma, double theta, double credit,
                               double creditUsd, double maxLossUsd, double beLow, double beHigh, double popSigma,
                               double pop, double ror, Double annualised, double contracts, double widerWing,
                               Object[] market, Object[] tenorScale) {
        List<Object> legVegas = new ArrayList<>();
        List<Object> legDeltas = new ArrayList<>();
        List<Object> legPrices = new ArrayList<>();
        for (int k = 0; k < legs.size(); k++) {
            CondorResult.Leg l = legs.get(k);
            String key = "condor.legs[" + k + "]";
            trail.number(GROUP, key + ".vega", l.vega(), "BSM vega per vol point 0.01·S e^{−qτ} n(d1) √τ ("
                    + l.role() + ")", TrailInputs.concat(new Object[] {"K", l.strike(), "σ", l.impliedVol(),
                            "σ source", l.ivSource(), "τ", tau}, market));
            trail.number(GROUP, key + ".delta", l.delta(), "BSM delta per share (" + l.role() + ")",
                    TrailInputs.concat(new Object[] {"K", l.strike(), "σ", l.impliedVol(), "τ", tau}, market));
            trail.number(GROUP, key + ".price", l.price(), l.priceGiven() ? "premium = price column"
                    : "premium = BSM model price", TrailInputs.concat(new Object[] {"model price", l.modelPrice()},
                            l.priceGiven() ? new Object[0] : market));
            legVegas.addAll(List.of(l.role(), from(key + ".vega", l.vega())));
            legDeltas.addAll(List.of(l.role(), from(key + ".delta", l.delta())));
            legPrices.addAll(List.of(l.role(), from(key + ".price", l.price())));
        }
        Object[] greeksInputs = TrailInputs.concat(new Object[] {"τ", tau}, market);
        trail.number(GROUP, "condor.vega", vega, "Σ quantity × 100 × vega ($ per SPX vol point)", legVegas.toArray());
        trail.number(GROUP, "condor.volScale", volScale, "s(D) = clamp(√(30/D), minScale, maxScale)",
                TrailInputs.concat(new Object[] {"D", days}, tenorScale));
        trail.number(GROUP, "condor.vev", vev, "VEV_c = vega × s(D)", "vega", from("condor.vega", vega),
                "s(D)", from("condor.volScale", volScale));
        trail.number(GROUP, "condor.delta", delta, "Σ quantity × 100 × delta ($ per index point)",
                legDeltas.toArray());
        trail.number(GROUP, "condor.gamma", gamma, "Σ quantity × 100 × gamma", greeksInputs);
        trail.number(GROUP, "condor.theta", theta, "Σ quantity × 100 × theta ($ per calendar day)", greeksInputs);
        trail.number(GROUP, "condor.creditPerShare", credit, "Cr = −Σ sign(quantity) × premium", legPrices.toArray());
        Object cr = from("condor.creditPerShare", credit);
        trail.number(GROUP, "condor.creditUsd", creditUsd, "Cr × 100 × q", "Cr", cr, "q", contracts);
        trail.number(GROUP, "condor.maxLossUsd", maxLossUsd, "(max(K2−K1, K4−K3) − Cr) × 100 × q",
                "wider wing", widerWing, "Cr", cr, "q", contracts);
        trail.number(GROUP, "condor.breakEvenLow", beLow, "K2 − Cr", "Cr", cr);
        trail.number(GROUP, "condor.breakEvenHigh", beHigh, "K3 + Cr", "Cr", cr);
        trail.number(GROUP, "condor.probabilityOfProfit", pop,
                "N(d2(BE_low)) − N(d2(BE_high)) (N(d2(BE_low)) = 1 when BE_low ≤ 0), σ = mean implied vol of the"
                        + " short legs", TrailInputs.concat(new Object[] {"σ", popSigma, "τ", tau,
                        "BE_low", from("condor.breakEvenLow", beLow), "BE_high", from("condor.breakEvenHigh", beHigh)},
                        market));
        trail.number(GROUP, "condor.returnOnRisk", ror, "credit $ / max loss $",
                "credit $", from("condor.creditUsd", creditUsd), "max loss $", from("condor.maxLossUsd", maxLossUsd));
        trail.record(GROUP, "condor.annualisedReturnOnRisk", annualised,
                "(1 + ror)^(365/D) − 1 (null when it overflows a double)", "ror", from("condor.returnOnRisk", ror),
                "D", days);
    }
}
