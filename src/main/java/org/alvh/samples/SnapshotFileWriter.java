package org.alvh.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;

/**
 * Writes the files of one snapshot folder (METHOD.md §1 columns) or history folder (§10.1), in {@link Num}
 * formats and the {@link CsvOut} dialect.
 */
final class SnapshotFileWriter {
    private final Path dir;

    SnapshotFileWriter(Path dir) {
        this.dir = dir;
    }

    /** {@code constituents.csv}: real name, sector, cap and P/E; illustrative pcf (and quick_ratio, wacc when full). */
    void constituents(SampleConstituents universe, boolean full) throws IOException {
        List<String> header = new ArrayList<>(List.of("ticker", "name", "sector", "float_market_cap", "pe", "pcf"));
        if (full) {
            header.addAll(List.of("quick_ratio", "wacc"));
        }
        try (CsvOut csv = CsvOut.open(dir.resolve("constituents.csv"), header.toArray(String[]::new))) {
            for (SampleConstituents.Member m : universe.members()) {
                SourceData.Financials f = m.info();
                Fundamentals.Values v = Fundamentals.of(f.ticker(), f.sector());
                List<String> row = new ArrayList<>(List.of(f.ticker(), f.name(), f.sector(),
                        Long.toString(m.floatMarketCap()), pe(f.pe()), Num.fmt(v.pcf(), 2)));
                if (full) {
                    row.add(Num.fmt(v.quickRatio(), 3));
                    row.add(Num.fmt(v.wacc(), 4));
                }
                csv.row(row);
            }
        }
    }

    /**
     * {@code market.csv}: closes, advances/declines of the priced members against the previous market date
     * (a member counts only when it has a close on both dates), the illustrative implied correlation.
     */
    void market(List<LocalDate> dates, List<LocalDate> calendar, SourceData data, SampleConstituents universe,
                double[] implied) throws IOException {
        List<SampleConstituents.Member> priced = universe.priced();
        int offset = calendar.size() - dates.size();
        try (CsvOut csv = CsvOut.open(dir.resolve("market.csv"),
                "date", "spx_close", "vix_close", "advances", "declines", "implied_correlation")) {
            for (int i = 0; i < dates.size(); i++) {
                LocalDate d = dates.get(i);
                LocalDate prev = offset + i > 0 ? calendar.get(offset + i - 1) : null;
                int[] ad = advancesDeclines(priced, d, prev);
                csv.row(d.toString(), Num.exact(data.spx().get(d)), Num.exact(data.vix().get(d)),
                        Integer.toString(ad[0]), Integer.toString(ad[1]),
                        Double.isNaN(implied[i]) ? "" : Num.fmt(implied[i], 6));
            }
        }
    }

    /**
     * {@code {advances, declines}} on {@code date}: the members whose close is above / below their close on
     * {@code previous} (a member counts only when it has a close on both dates; none on the first date).
     */
    static int[] advancesDeclines(List<SampleConstituents.Member> members, LocalDate date, LocalDate previous) {
        int advances = 0;
        int declines = 0;
        for (SampleConstituents.Member m : members) {
            Double now = m.prices().get(date);
            Double before = previous == null ? null : m.prices().get(previous);
            if (now != null && before != null) {
                advances += now > before ? 1 : 0;
                declines += now < before ? 1 : 0;
            }
        }
        return new int[] {advances, declines};
    }

    /**
     * A history's {@code market.csv} (METHOD.md §10.1): closes, the §8.2 vol indices (an empty cell where the
     * index has no close on the date), advances/declines of {@code breadth} against the previous market date,
     * the illustrative implied correlation.
     */
    void historyMarket(List<LocalDate> dates, SourceData data, List<SampleConstituents.Member> breadth,
                       double[] implied) throws IOException {
        try (CsvOut csv = CsvOut.open(dir.resolve("market.csv"), "date", "spx_close", "vix_close", "vix9d", "vix3m",
                "vix6m", "vvix", "advances", "declines", "implied_correlation")) {
            for (int i = 0; i < dates.size(); i++) {
                LocalDate d = dates.get(i);
                int[] ad = advancesDeclines(breadth, d, i > 0 ? dates.get(i - 1) : null);
                csv.row(d.toString(), Num.exact(data.spx().get(d)), Num.exact(data.vix().get(d)),
                        close(data.vix9d(), d), close(data.vix3m(), d), close(data.vix6m(), d), close(data.vvix(), d),
                        Integer.toString(ad[0]), Integer.toString(ad[1]),
                        Double.isNaN(implied[i]) ? "" : Num.fmt(implied[i], 6));
            }
        }
    }

    private static String close(NavigableMap<LocalDate, Double> series, LocalDate date) {
        Double v = series.get(date);
        return v == null ? "" : Num.exact(v);
    }

    /** A history's {@code vix_futures_history.csv}: the settlements as given, one row per contract and day. */
    void futuresHistory(List<SourceData.VxSettle> settlements) throws IOException {
        try (CsvOut csv = CsvOut.open(dir.resolve("vix_futures_history.csv"), "date", "expiry", "settle")) {
            for (SourceData.VxSettle s : settlements) {
                csv.row(s.date().toString(), s.expiry().toString(), Num.exact(s.settle()));
            }
        }
    }

    /** A history's {@code history.json}: name, notes and the date of the constituents' caps. */
    void historyJson(String name, String notes, LocalDate capDate) throws IOException {
        String text = "{\n"
                + " \"name\": \"" + json(name) + "\",\n"
                + " \"notes\": \"" + json(notes) + "\",\n"
                + " \"capDate\": \"" + capDate + "\"\n"
                + "}\n";
        CsvOut.writeText(dir.resolve("history.json"), text);
    }

    /** {@code prices.csv}: long format, adjusted closes of the constituents on the market dates. */
    void prices(List<LocalDate> dates, SampleConstituents universe) throws IOException {
        List<SampleConstituents.Member> priced = universe.priced();
        try (CsvOut csv = CsvOut.open(dir.resolve("prices.csv"), "date", "ticker", "close")) {
            for (LocalDate d : dates) {
                String date = d.toString();
                for (SampleConstituents.Member m : priced) {
                    NavigableMap<LocalDate, Double> p = m.prices();
                    Double close = p.get(d);
                    if (close != null) {
                        csv.row(date, m.ticker(), Num.exact(close));
                    }
                }
            }
        }
    }

    void futures(List<LocalDate> expiries, double[] prices, double[] optionVols) throws IOException {
        try (CsvOut csv = CsvOut.open(dir.resolve("vix_futures.csv"), "expiry", "price", "option_iv")) {
            for (int i = 0; i < expiries.size(); i++) {
                csv.row(expiries.get(i).toString(), Num.fmt(prices[i], 2), Num.fmt(optionVols[i], 4));
            }
        }
    }

    void condor(List<CondorDesign.Leg> legs) throws IOException {
        try (CsvOut csv = CsvOut.open(dir.resolve("condor.csv"),
                "right", "strike", "expiry", "quantity", "implied_vol", "price")) {
            for (CondorDesign.Leg leg : legs) {
                csv.row(leg.right().code(), Num.fmt(leg.strike(), 2), leg.expiry().toString(),
                        Integer.toString(leg.quantity()), Num.fmt(leg.vol(), 4), Num.fmt(leg.price(), 2));
            }
        }
    }

    void chain(List<CondorDesign.Quote> quotes) throws IOException {
        try (CsvOut csv = CsvOut.open(dir.resolve("chain.csv"),
                "expiry", "strike", "call_bid", "call_ask", "put_bid", "put_ask")) {
            for (CondorDesign.Quote q : quotes) {
                csv.row(q.expiry().toString(), Num.fmt(q.strike(), 2), Num.fmt(q.callBid(), 2),
                        Num.fmt(q.callAsk(), 2), Num.fmt(q.putBid(), 2), Num.fmt(q.putAsk(), 2));
            }
        }
    }

    void events(List<EventCalendar.Event> events) throws IOException {
        try (CsvOut csv = CsvOut.open(dir.resolve("events.csv"), "date", "type", "description")) {
            for (EventCalendar.Event e : events) {
                csv.row(e.date().toString(), e.type(), e.description());
            }
        }
    }

    /** {@code snapshot.json}: as-of date, name and notes, the strings JSON-escaped (control characters too). */
    void snapshotJson(LocalDate asof, String name, String notes) throws IOException {
        String text = "{\n"
                + " \"asof\": \"" + asof + "\",\n"
                + " \"name\": \"" + json(name) + "\",\n"
                + " \"notes\": \"" + json(notes) + "\"\n"
                + "}\n";
        CsvOut.writeText(dir.resolve("snapshot.json"), text);
    }

    /** P/E as published, trailing zeros stripped; empty stays empty. */
    private static String pe(String published) {
        if (published.isEmpty()) {
            return "";
        }
        return Num.exact(Double.parseDouble(published));
    }

    static String json(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
