package org.alvh.samples;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Listed-option calendar rules used by the sample builder. Exchange holidays are ignored (the VX rule then
 * matches 117 of the 119 contracts of the 2004-2014 CFE settlement file).
 */
public final class VxCalendar {
    private VxCalendar() {
    }

    /** The third Friday of a month (standard monthly SPX expiry). */
    public static LocalDate thirdFriday(YearMonth month) {
        return month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.FRIDAY));
    }

    /**
     * The VX futures expiry of contract month {@code month}'s cycle: the Wednesday 30 days before the third
     * Friday of the following month.
     */
    public static LocalDate vxExpiry(YearMonth month) {
        return thirdFriday(month.plusMonths(1)).minusDays(30);
    }

    /** The first {@code count} VX expiries strictly after {@code asof}, ascending. */
    public static List<LocalDate> vxExpiriesAfter(LocalDate asof, int count) {
        List<LocalDate> out = new ArrayList<>(count);
        YearMonth month = YearMonth.from(asof).minusMonths(1);
        while (out.size() < count) {
            LocalDate expiry = vxExpiry(month);
            if (expiry.isAfter(asof)) {
                out.add(expiry);
            }
            month = month.plusMonths(1);
        }
        return out;
    }

    /** The third Friday nearest to {@code target} (on a tie, the earlier one), never before {@code notBefore}. */
    public static LocalDate nearestThirdFriday(LocalDate target, LocalDate notBefore) {
        LocalDate best = null;
        long bestGap = Long.MAX_VALUE;
        YearMonth month = YearMonth.from(target).minusMonths(1);
        for (int i = 0; i < 3; i++, month = month.plusMonths(1)) {
            LocalDate friday = thirdFriday(month);
            long gap = Math.abs(ChronoUnit.DAYS.between(target, friday));
            if (friday.isAfter(notBefore) && gap < bestGap) {
                best = friday;
                bestGap = gap;
            }
        }
        return best != null ? best : thirdFriday(YearMonth.from(notBefore).plusMonths(1));
    }
}
