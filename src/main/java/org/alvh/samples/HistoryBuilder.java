package org.alvh.samples;

import org.alvh.io.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.stream.Stream;

/**
 * Builds a history (METHOD.md §10.1) from the public data of {@code shared/data}, as a deterministic zip.
 *
 * <p>Market dates: the dates from {@code from} to {@code to} with both an S&amp;P 500 and a VIX close. Real:
 * the index, VIX, VIX9D, VIX3M, VIX6M and VVIX closes, advances/declines counted over every member of the
 * constituents list that has prices, the member adjusted closes, names, sectors, P/E and market caps, the
 * CFE VX settlements and the FOMC dates. ILLUSTRATIVE (see the zip's {@code SOURCES.md}): {@code pcf} and
 * {@code implied_correlation}. The constituents are the {@code names} largest of the list by market cap at
 * {@code capDate} among those with a close on that date, sorted by ticker.
 */
public final class HistoryBuilder {
    static final String NOTES = "Public end-of-day data; see SOURCES.md.";
    /** Months of FOMC dates after {@code to} (condors opened near the end expire after it). */
    static final int EVENT_MONTHS_AFTER = 3;

    /**
     * What to build.
     *
     * @param from    first market date (inclusive)
     * @param to      last market date (inclusive)
     * @param capDate date of the constituents' {@code float_market_cap}; null: the list's own date
     * @param names   how many of the largest names to keep; 0 keeps every name with a price on {@code capDate}
     * @param name    the history's name in {@code history.json}
     */
    public record Request(LocalDate from, LocalDate to, LocalDate capDate, int names, String name) {
        public Request {
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("--to " + to + " is before --from " + from);
            }
            if (names < 0) {
                throw new IllegalArgumentException("--names must be at least 0, got " + names);
            }
        }
    }

    /**
     * What was built.
     *
     * @param dates      the market dates
     * @param kept       the constituents, by ticker
     * @param candidates how many names had a close on the cap date
     * @param dropped    tickers with prices but no close on the cap date (left out)
     * @param breadth    how many names of the list have prices (advances/declines count over them)
     * @param lateStart  kept tickers whose first price is after the first market date
     * @param futures    rows of vix_futures_history.csv
     * @param events     rows of events.csv
     * @param prices     rows of prices.csv
     */
    public record Summary(Request request, LocalDate capDate, List<LocalDate> dates,
                          List<SampleConstituents.Member> kept, int candidates, List<String> dropped, int breadth,
                          List<String> lateStart,
                          int futures, int events, long prices) {
    }

    private final SourceData data;

    public HistoryBuilder(SourceData data) {
        this.data = data;
    }

    /**
     * Writes the history as a zip at {@code zip} (replaced atomically; its folder is created if needed); the
     * files are staged in a temporary folder, deleted afterwards.
     */
    public Summary build(Request request, Path zip) throws IOException {
        LocalDate capDate = request.capDate() != null ? request.capDate() : data.financialsDate();
        List<LocalDate> dates = calendar(request.from(), request.to());
        if (dates.size() < 2) {
            throw new IllegalArgumentException("fewer than 2 market dates from " + request.from() + " to "
                    + request.to());
        }
        if (!dates.contains(capDate)) {
            throw new IllegalArgumentException("the cap date " + capDate + " is not a market date from "
                    + request.from() + " to " + request.to());
        }
        if (data.vxSettlements().isEmpty()) {
            throw new IllegalArgumentException("no VIX futures settlements (vix-futures-settlements-*.csv) in the"
                    + " data folder");
        }
        SampleConstituents atCapDate = SampleConstituents.at(data, capDate);
        List<SampleConstituents.Member> candidates = atCapDate.priced();
        List<SampleConstituents.Member> kept = largest(candidates, request.names());
        List<SampleConstituents.Member> breadth = breadth();
        double[] implied = SampleSnapshotBuilder.impliedCorrelation(data, dates, candidates, capDate);
        List<SourceData.VxSettle> settlements = data.vxSettlements().stream()
                .filter(s -> !s.date().isBefore(request.from()) && !s.date().isAfter(request.to())).toList();
        List<EventCalendar.Event> events = EventCalendar.fomc(YearMonth.from(request.from()),
                YearMonth.from(request.to()).plusMonths(EVENT_MONTHS_AFTER));

        Path staging = Files.createTempDirectory("alvh-history-");
        try {
            SnapshotFileWriter files = new SnapshotFileWriter(staging);
            SampleConstituents universe = new SampleConstituents(kept, List.of());
            files.constituents(universe, false);
            files.historyMarket(dates, data, breadth, implied);
            files.prices(dates, universe);
            files.events(events);
            files.futuresHistory(settlements);
            files.historyJson(request.name(), NOTES, capDate);
            Summary summary = new Summary(request, capDate, dates, kept, candidates.size(), atCapDate.dropped(),
                    breadth.size(),
                    lateStarters(kept, dates.get(0)), settlements.size(), events.size(), priceRows(kept, dates));
            CsvOut.writeText(staging.resolve("SOURCES.md"), HistorySourcesText.of(summary));
            byte[] bytes = DeterministicZip.of(staging, List.of("SOURCES.md", "constituents.csv", "events.csv",
                    "history.json", "market.csv", "prices.csv", "vix_futures_history.csv"));
            Path parent = zip.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            AtomicFiles.write(zip, bytes);
            return summary;
        } finally {
            deleteFolder(staging);
        }
    }

    /** The dates from {@code from} to {@code to} with both an S&amp;P 500 and a VIX close. */
    private List<LocalDate> calendar(LocalDate from, LocalDate to) {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d : data.spx().subMap(from, true, to, true).keySet()) {
            if (data.vix().containsKey(d)) {
                out.add(d);
            }
        }
        return out;
    }

    /** The {@code n} largest by cap (ties by ticker), all when {@code n} is 0; returned by ticker. */
    static List<SampleConstituents.Member> largest(List<SampleConstituents.Member> members, int n) {
        List<SampleConstituents.Member> bySize = new ArrayList<>(members);
        bySize.sort(Comparator.comparingLong(SampleConstituents.Member::floatMarketCap).reversed()
                .thenComparing(SampleConstituents.Member::ticker));
        List<SampleConstituents.Member> kept = new ArrayList<>(n == 0 ? bySize : bySize.subList(0,
                Math.min(n, bySize.size())));
        kept.sort(Comparator.comparing(SampleConstituents.Member::ticker));
        return List.copyOf(kept);
    }

    /** Every name of the list that has prices, whatever its dates (the advances/declines count). */
    private List<SampleConstituents.Member> breadth() {
        List<SampleConstituents.Member> out = new ArrayList<>();
        for (SourceData.Financials f : data.financials()) {
            NavigableMap<LocalDate, Double> prices = data.prices().get(f.ticker());
            if (prices != null) {
                out.add(new SampleConstituents.Member(f, Math.round(f.marketCap()), prices));
            }
        }
        return out;
    }

    private static List<String> lateStarters(List<SampleConstituents.Member> kept, LocalDate first) {
        return kept.stream().filter(m -> m.prices().firstKey().isAfter(first)).map(SampleConstituents.Member::ticker)
                .toList();
    }

    private static long priceRows(List<SampleConstituents.Member> kept, List<LocalDate> dates) {
        long rows = 0;
        for (SampleConstituents.Member m : kept) {
            for (LocalDate d : dates) {
                rows += m.prices().containsKey(d) ? 1 : 0;
            }
        }
        return rows;
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(folder);
    }
}
