package org.alvh.replay;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import org.alvh.calc.BlackScholes;
import org.alvh.model.AlvhConfig;
import org.alvh.model.MarketHistory;
import org.alvh.model.Right;

/**
 * The §10.3 entry rule: which condor opens at a close. Expiry: the standard monthly SPX expiry (third Friday,
 * or the last market date before it when it is not one; a Friday after the history's last date as is) nearest
 * to {@code backtest.entryDays} calendar days (ties: the earlier). Shorts: on the {@code spx.strikeStep} grid,
 * the put over {@code [0.5 S, F]} and the call over {@code [F, 1.5 S]} whose BSM delta at the surface vol is
 * nearest to {@code ∓shortDelta} (ties: farther from spot). Longs: {@code wingWidth} beyond, or by
 * {@code longDelta} over the grid strikes beyond the short.
 */
final class CondorRule {
    private final AlvhConfig config;
    private final MarketHistory market;

    CondorRule(AlvhConfig config, MarketHistory market) {
        this.config = config;
        this.market = market;
    }

    /** The four legs K1 (long put), K2 (short put), K3 (short call), K4 (long call); empty when none fits. */
    Optional<List<Holding>> pick(MarketDay day) {
        AlvhConfig.Backtest bt = config.backtest();
        LocalDate expiry = expiry(day.date());
        int d = day.daysTo(expiry);
        double tau = d / 365.0;
        double s = day.spot();
        double step = config.spx().strikeStep();
        double forward = s * Math.exp((day.rate() - day.dividendYield()) * tau);
        double lowEnd = Math.ceil(0.5 * s / step) * step;
        double highEnd = Math.floor(1.5 * s / step) * step;
        double fLow = Math.floor(forward / step) * step;
        double fHigh = Math.ceil(forward / step) * step;
        Double shortPut = nearest(day, Right.PUT, expiry, lowEnd, fLow, -bt.shortDelta());
        Double shortCall = nearest(day, Right.CALL, expiry, fHigh, highEnd, bt.shortDelta());
        if (shortPut == null || shortCall == null) {
            return Optional.empty();
        }
        Double longPut = null;
        Double longCall = null;
        if (bt.longDelta() > 0) {
            longPut = nearest(day, Right.PUT, expiry, lowEnd, shortPut - step, -bt.longDelta());
            longCall = nearest(day, Right.CALL, expiry, shortCall + step, highEnd, bt.longDelta());
        }
        if (longPut == null) {
            longPut = shortPut - bt.wingWidth();
        }
        if (longCall == null) {
            longCall = shortCall + bt.wingWidth();
        }
        if (!(longPut > 0)) {
            return Optional.empty();
        }
        double lots = bt.lots();
        return Optional.of(List.of(
                new Holding(Structure.spxOption(Right.PUT, longPut, expiry), lots, 0),
                new Holding(Structure.spxOption(Right.PUT, shortPut, expiry), -lots, 0),
                new Holding(Structure.spxOption(Right.CALL, shortCall, expiry), -lots, 0),
                new Holding(Structure.spxOption(Right.CALL, longCall, expiry), lots, 0)));
    }

    /**
     * The grid strike in {@code [from, to]} whose delta is nearest to {@code target}; ties go to the farther
     * from spot (the lower put, the higher call). Null when the range holds no grid strike.
     */
    private Double nearest(MarketDay day, Right right, LocalDate expiry, double from, double to, double target) {
        double step = config.spx().strikeStep();
        int d = day.daysTo(expiry);
        double tau = d / 365.0;
        Double best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        long first = Math.round(from / step);
        long last = Math.round(to / step);
        for (long n = first; n <= last; n++) {
            double k = n * step;
            if (!(k > 0)) {
                continue;
            }
            double sigma = day.surfaceVol(k, expiry);
            double delta = BlackScholes.delta(right, day.spot(), k, day.rate(), day.dividendYield(), sigma, tau);
            double distance = Math.abs(delta - target);
            boolean better = right == Right.PUT ? distance < bestDistance : distance <= bestDistance;
            if (better) {
                best = k;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** The monthly expiry whose calendar days from {@code t} are nearest to entryDays (ties: the earlier). */
    LocalDate expiry(LocalDate t) {
        int target = config.backtest().entryDays();
        LocalDate best = null;
        long bestDistance = Long.MAX_VALUE;
        YearMonth month = YearMonth.from(t);
        for (int k = 0; k <= target / 28 + 3; k++) {
            LocalDate e = monthlyExpiry(month.plusMonths(k));
            long days = ChronoUnit.DAYS.between(t, e);
            if (days <= 0) {
                continue;
            }
            long distance = Math.abs(days - target);
            if (distance < bestDistance) {
                best = e;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** The third Friday of the month, or the last market date before it when it is not a market date. */
    LocalDate monthlyExpiry(YearMonth month) {
        LocalDate friday = month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.FRIDAY));
        if (friday.isAfter(market.date(market.size() - 1)) || market.indexOf(friday) >= 0) {
            return friday;
        }
        int i = market.lastIndexOnOrBefore(friday);
        return i < 0 ? friday : market.date(i);
    }
}
