package org.alvh.samples;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The macro events of the sample snapshots and histories: FOMC policy decisions 2015-01 to 2022-03 (day 2 of
 * each scheduled meeting, public record: federalreserve.gov FOMC calendars; in March 2020 the decision of
 * Sunday 2020-03-15, which replaced the meeting scheduled for 17-18 March) and APPROXIMATE CPI and PPI release
 * dates (CPI: first weekday on or after the 12th; PPI: the next weekday after that; holidays ignored). The
 * sample snapshots carry the FOMC dates to 2020-01 only, as they were built.
 */
public final class EventCalendar {
    /** One row of {@code events.csv}. */
    public record Event(LocalDate date, String type, String description) {
    }

    static final String FOMC_TEXT = "FOMC policy decision (scheduled meeting, day 2)";
    static final String CPI_TEXT = "CPI release - APPROXIMATE date (first weekday on/after the 12th)";
    static final String PPI_TEXT = "PPI release - APPROXIMATE date (next weekday on/after the 13th)";

    private static final List<String> FOMC = List.of(
            "2015-01-28", "2015-03-18", "2015-04-29", "2015-06-17", "2015-07-29", "2015-09-17", "2015-10-28",
            "2015-12-16", "2016-01-27", "2016-03-16", "2016-04-27", "2016-06-15", "2016-07-27", "2016-09-21",
            "2016-11-02", "2016-12-14", "2017-02-01", "2017-03-15", "2017-05-03", "2017-06-14", "2017-07-26",
            "2017-09-20", "2017-11-01", "2017-12-13", "2018-01-31", "2018-03-21", "2018-05-02", "2018-06-13",
            "2018-08-01", "2018-09-26", "2018-11-08", "2018-12-19", "2019-01-30", "2019-03-20", "2019-05-01",
            "2019-06-19", "2019-07-31", "2019-09-18", "2019-10-30", "2019-12-11", "2020-01-29", "2020-03-15",
            "2020-04-29", "2020-06-10", "2020-07-29", "2020-09-16", "2020-11-05", "2020-12-16", "2021-01-27",
            "2021-03-17", "2021-04-28", "2021-06-16", "2021-07-28", "2021-09-22", "2021-11-03", "2021-12-15",
            "2022-01-26", "2022-03-16");
    /** The last month of FOMC dates in the sample snapshots' events. */
    private static final YearMonth SAMPLE_FOMC_END = YearMonth.of(2020, 1);
    /** The last month of the FOMC list. */
    static final YearMonth FOMC_END = YearMonth.of(2022, 3);

    private EventCalendar() {
    }

    /**
     * The sample snapshots' events from {@code from} to {@code to} (months, inclusive): FOMC (to 2020-01), CPI
     * and PPI, sorted by date then type.
     */
    public static List<Event> events(YearMonth from, YearMonth to) {
        List<Event> out = new ArrayList<>(fomc(from, to.isAfter(SAMPLE_FOMC_END) ? SAMPLE_FOMC_END : to));
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            LocalDate cpi = weekdayOnOrAfter(m.atDay(12));
            out.add(new Event(cpi, "CPI", CPI_TEXT));
            out.add(new Event(weekdayOnOrAfter(cpi.plusDays(1)), "PPI", PPI_TEXT));
        }
        out.sort(Comparator.comparing(Event::date).thenComparing(Event::type));
        return out;
    }

    /** The FOMC decisions from {@code from} to {@code to} (months, inclusive), by date. */
    public static List<Event> fomc(YearMonth from, YearMonth to) {
        List<Event> out = new ArrayList<>();
        for (String d : FOMC) {
            LocalDate date = LocalDate.parse(d);
            YearMonth m = YearMonth.from(date);
            if (!m.isBefore(from) && !m.isAfter(to)) {
                out.add(new Event(date, "FOMC", FOMC_TEXT));
            }
        }
        return out;
    }

    static LocalDate weekdayOnOrAfter(LocalDate date) {
        LocalDate d = date;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }
}
