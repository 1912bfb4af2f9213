package org.alvh.samples;

import org.alvh.calc.BlackScholes;
import org.alvh.calc.Rounding;
import org.alvh.model.Right;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The illustrative SPX iron condor and quote chain of a sample snapshot, priced with
 * {@link BlackScholes} (METHOD.md §4.1).
 *
 * <p>Short strikes are the multiples of {@value #STRIKE_STEP} whose |delta| is nearest to the target delta,
 * under a vol of {@code VIX/100 + }{@value #PUT_VOL_ADD} (puts) or {@code VIX/100 }{@value #CALL_VOL_ADD}
 * (calls); the long wings are {@code wing} points further out and priced at the same vol as their short;
 * premiums are BSM rounded to {@value #TICK}.
 */
public final class CondorDesign {
    static final double STRIKE_STEP = 5.0;
    static final double TICK = 0.05;
    static final double PUT_VOL_ADD = 0.03;
    static final double CALL_VOL_ADD = -0.01;
    /** Chain bid/ask half-spread: {@code HALF_SPREAD_FIXED + HALF_SPREAD_RATE * mid}. */
    static final double HALF_SPREAD_FIXED = 0.05;
    static final double HALF_SPREAD_RATE = 0.002;
    /** The planted chain mispricing: the call quotes at the short put strike are shifted by this much. */
    static final double MISPRICING = 4.00;

    private final LocalDate asof;
    private final double spot;
    private final double rate;
    private final double dividendYield;

    /** One condor leg: quantity signed (negative = short), vol and price per share. */
    public record Leg(Right right, double strike, LocalDate expiry, int quantity, double vol, double price) {
    }

    /** One chain row: SPX call and put quotes at one strike. */
    public record Quote(LocalDate expiry, double strike, double callBid, double callAsk, double putBid,
                        double putAsk) {
    }

    public CondorDesign(LocalDate asof, double spot, double rate, double dividendYield) {
        this.asof = asof;
        this.spot = spot;
        this.rate = rate;
        this.dividendYield = dividendYield;
    }

    /**
     * The four legs (long put, short put, short call, long call) of a condor of {@code lots} contracts
     * expiring at {@code expiry}, shorts at |delta| nearest {@code targetDelta}, wings {@code wing} points wide.
     */
    public List<Leg> legs(LocalDate expiry, double vixPoints, int lots, double targetDelta, double wing) {
        double tau = tau(expiry);
        double putVol = Num.round(vixPoints / 100 + PUT_VOL_ADD, 4);
        double callVol = Num.round(vixPoints / 100 + CALL_VOL_ADD, 4);
        if (!(callVol > 0)) {
            throw new IllegalArgumentException("VIX " + vixPoints + " too low for a call vol of VIX/100 - 0.01");
        }
        double shortPut = shortStrike(Right.PUT, putVol, tau, targetDelta);
        double shortCall = shortStrike(Right.CALL, callVol, tau, targetDelta);
        if (shortPut - wing <= 0 || shortPut >= shortCall) {
            throw new IllegalArgumentException("cannot place a condor: short put " + shortPut + ", short call "
                    + shortCall + ", wing " + wing);
        }
        List<Leg> legs = new ArrayList<>(4);
        legs.add(leg(Right.PUT, shortPut - wing, expiry, lots, putVol, tau));
        legs.add(leg(Right.PUT, shortPut, expiry, -lots, putVol, tau));
        legs.add(leg(Right.CALL, shortCall, expiry, -lots, callVol, tau));
        legs.add(leg(Right.CALL, shortCall + wing, expiry, lots, callVol, tau));
        return legs;
    }

    /**
     * Quotes at each leg strike and the two strikes either side (step {@value #STRIKE_STEP}), at the vol of
     * the nearest leg; half-spread {@code 0.05 + 0.2% of mid}, bid floored and ask ceiled to the tick; the call
     * quotes at the short put strike are shifted by {@value #MISPRICING} (the planted mispricing).
     */
    public List<Quote> chain(List<Leg> legs) {
        LocalDate expiry = legs.get(0).expiry();
        double tau = tau(expiry);
        double planted = legs.get(1).strike();
        TreeMap<Double, Double> volByStrike = new TreeMap<>();
        for (Leg leg : legs) {
            for (int i = -2; i <= 2; i++) {
                double k = leg.strike() + i * STRIKE_STEP;
                Leg nearest = legs.stream()
                        .min((a, b) -> Double.compare(Math.abs(a.strike() - k), Math.abs(b.strike() - k))).orElseThrow();
                volByStrike.putIfAbsent(k, nearest.vol());
            }
        }
        List<Quote> quotes = new ArrayList<>();
        volByStrike.forEach((k, vol) -> {
            double call = BlackScholes.price(Right.CALL, spot, k, rate, dividendYield, vol, tau);
            double put = BlackScholes.price(Right.PUT, spot, k, rate, dividendYield, vol, tau);
            if (k == planted) {
                call += MISPRICING;
            }
            quotes.add(new Quote(expiry, k, bid(call), ask(call), bid(put), ask(put)));
        });
        return quotes;
    }

    /** Years from the as-of date to {@code expiry}, ACT/365F. */
    public double tau(LocalDate expiry) {
        long days = ChronoUnit.DAYS.between(asof, expiry);
        if (days <= 0) {
            throw new IllegalArgumentException("expiry " + expiry + " is not after " + asof);
        }
        return days / 365.0;
    }

    private double shortStrike(Right right, double vol, double tau, double targetDelta) {
        double best = Double.NaN;
        double bestGap = Double.POSITIVE_INFINITY;
        for (double k = STRIKE_STEP; k <= 3 * spot; k += STRIKE_STEP) {
            boolean otm = right == Right.PUT ? k <= spot : k >= spot;
            if (!otm) {
                continue;
            }
            double delta = BlackScholes.greeks(right, spot, k, rate, dividendYield, vol, tau).delta();
            double gap = Math.abs(Math.abs(delta) - targetDelta);
            if (gap < bestGap) {
                best = k;
                bestGap = gap;
            }
        }
        if (Double.isNaN(best)) {
            throw new IllegalArgumentException("no out-of-the-money " + right + " strike near spot " + spot);
        }
        return best;
    }

    private Leg leg(Right right, double strike, LocalDate expiry, int quantity, double vol, double tau) {
        double price = BlackScholes.price(right, spot, strike, rate, dividendYield, vol, tau);
        return new Leg(right, strike, expiry, quantity, vol, Math.max(TICK, Rounding.halfUp(price, TICK)));
    }

    private static double bid(double mid) {
        return Math.max(0.0, Num.floorTick(mid - halfSpread(mid), TICK));
    }

    private static double ask(double mid) {
        return Num.ceilTick(mid + halfSpread(mid), TICK);
    }

    private static double halfSpread(double mid) {
        return HALF_SPREAD_FIXED + HALF_SPREAD_RATE * mid;
    }
}
