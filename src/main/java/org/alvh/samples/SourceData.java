package org.alvh.samples;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The public end-of-day data a sample snapshot is built from (the files of {@code shared/data}, see its
 * {@code SOURCES.md}), read into memory.
 *
 * <p>Files are found by name pattern in the data folder: {@code sp500-daily-prices-*.csv.gz}
 * ({@code date,ticker,close,adj_close,volume}), {@code sp500-constituents-financials-yyyy-MM-dd.csv} (the date
 * in the name is the date of its Market Cap column), {@code gspc-daily-*.csv}, {@code vix-daily.csv},
 * {@code vix3m-daily.csv}, {@code vix6m-daily.csv} and {@code vvix-daily.csv} ({@code date,close}); for a
 * history also {@code vix9d-daily.csv} ({@code date,close}) and {@code vix-futures-settlements-*.csv}
 * ({@code date,expiry,settle}), both optional here (empty when absent: the history builder requires the
 * settlements). A {@code (date, ticker)} that occurs twice in the prices file keeps its first row.
 *
 * @param prices          adjusted closes by ticker, then date
 * @param financials      the constituents list, in file order
 * @param financialsDate  the date of the list's market caps
 * @param spx             S&amp;P 500 index closes
 * @param vix             Cboe VIX closes
 * @param vix3m           Cboe VIX3M closes
 * @param vix6m           Cboe VIX6M closes
 * @param vvix            Cboe VVIX closes
 * @param vix9d           Cboe VIX9D closes (empty when the file is absent)
 * @param vxSettlements   CFE VX futures settlements in file order (empty when the file is absent)
 */
public record SourceData(Map<String, NavigableMap<LocalDate, Double>> prices, List<Financials> financials,
                         LocalDate financialsDate, NavigableMap<LocalDate, Double> spx,
                         NavigableMap<LocalDate, Double> vix, NavigableMap<LocalDate, Double> vix3m,
                         NavigableMap<LocalDate, Double> vix6m, NavigableMap<LocalDate, Double> vvix,
                         NavigableMap<LocalDate, Double> vix9d, List<VxSettle> vxSettlements) {

    /** One VX futures settlement: trade date, the contract's expiry (final settlement date), settle in points. */
    public record VxSettle(LocalDate date, LocalDate expiry, double settle) {
    }

    /** One row of the constituents financials list; {@code pe} is the published text (may be empty). */
    public record Financials(String ticker, String name, String sector, String pe, double marketCap) {
    }

    private static final Pattern FINANCIALS = Pattern.compile("sp500-constituents-financials-(\\d{4}-\\d{2}-\\d{2})\\.csv");

    /** Reads every input file of {@code dir}; a missing file or a malformed row is an {@link IllegalArgumentException}. */
    public static SourceData load(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("data folder not found: " + dir);
        }
        Path financialsFile = find(dir, "sp500-constituents-financials-*.csv");
        Matcher m = FINANCIALS.matcher(financialsFile.getFileName().toString());
        if (!m.matches()) {
            throw new IllegalArgumentException("cannot read the list date from " + financialsFile.getFileName());
        }
        Path vix9d = optional(dir, "vix9d-daily.csv");
        Path settlements = optional(dir, "vix-futures-settlements-*.csv");
        return new SourceData(readPrices(find(dir, "sp500-daily-prices-*.csv.gz")), readFinancials(financialsFile),
                LocalDate.parse(m.group(1)), readDaily(find(dir, "gspc-daily-*.csv")),
                readDaily(find(dir, "vix-daily.csv")), readDaily(find(dir, "vix3m-daily.csv")),
                readDaily(find(dir, "vix6m-daily.csv")), readDaily(find(dir, "vvix-daily.csv")),
                vix9d == null ? new TreeMap<>() : readDaily(vix9d),
                settlements == null ? List.of() : readSettlements(settlements));
    }

    /** The last file matching {@code glob} in sorted order, or null when none does. */
    private static Path optional(Path dir, String glob) throws IOException {
        List<Path> hits = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, glob)) {
            ds.forEach(hits::add);
        }
        Collections.sort(hits);
        return hits.isEmpty() ? null : hits.get(hits.size() - 1);
    }

    private static Path find(Path dir, String glob) throws IOException {
        Path hit = optional(dir, glob);
        if (hit == null) {
            throw new IllegalArgumentException("no file matching " + glob + " in " + dir);
        }
        return hit;
    }

    /**
     * The settlements file ({@code date,expiry,settle}); the newest file sorts last, so the 2013-2022 file is
     * taken over the 2004-2014 one (which has another layout).
     */
    private static List<VxSettle> readSettlements(Path file) throws IOException {
        List<VxSettle> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            eachRow(file, in, (row, line) -> {
                LocalDate expiry = parseDate(require(row, "expiry", file, line), file, line);
                rows.add(new VxSettle(date(row, file, line), expiry,
                        number(require(row, "settle", file, line), "settle", file, line)));
            });
        }
        return List.copyOf(rows);
    }

    private static Map<String, NavigableMap<LocalDate, Double>> readPrices(Path file) throws IOException {
        Map<String, NavigableMap<LocalDate, Double>> byTicker = new HashMap<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            eachRow(file, in, (row, line) -> {
                String ticker = require(row, "ticker", file, line);
                String adj = require(row, "adj_close", file, line);
                if (adj.isEmpty()) {
                    return;
                }
                byTicker.computeIfAbsent(ticker, t -> new TreeMap<>())
                        .putIfAbsent(date(row, file, line), number(adj, "adj_close", file, line));
            });
        }
        return byTicker;
    }

    private static List<Financials> readFinancials(Path file) throws IOException {
        List<Financials> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            eachRow(file, in, (row, line) -> rows.add(new Financials(require(row, "Symbol", file, line),
                    require(row, "Name", file, line), require(row, "Sector", file, line),
                    require(row, "Price/Earnings", file, line).trim(),
                    number(require(row, "Market Cap", file, line), "Market Cap", file, line))));
        }
        return rows;
    }

    private static NavigableMap<LocalDate, Double> readDaily(Path file) throws IOException {
        NavigableMap<LocalDate, Double> series = new TreeMap<>();
        try (InputStream in = Files.newInputStream(file)) {
            eachRow(file, in, (row, line) -> {
                String close = require(row, "close", file, line);
                if (!close.isEmpty()) {
                    series.put(date(row, file, line), number(close, "close", file, line));
                }
            });
        }
        return series;
    }

    private interface RowHandler {
        void accept(Map<String, String> row, long line);
    }

    private static void eachRow(Path file, InputStream in, RowHandler handler) throws IOException {
        CsvMapper mapper = new CsvMapper();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                     .with(CsvSchema.emptySchema().withHeader()).readValues(reader)) {
            long line = 1;
            while (it.hasNextValue()) {
                line++;
                handler.accept(it.nextValue(), line);
            }
        } catch (RuntimeException e) {
            if (e instanceof IllegalArgumentException) {
                throw e;
            }
            throw new IllegalArgumentException(file.getFileName() + ": unreadable CSV: " + e.getMessage(), e);
        }
    }

    private static String require(Map<String, String> row, String column, Path file, long line) {
        String value = row.get(column);
        if (value == null) {
            throw new IllegalArgumentException(file.getFileName() + " line " + line + ": no column " + column);
        }
        return value;
    }

    private static LocalDate date(Map<String, String> row, Path file, long line) {
        return parseDate(require(row, "date", file, line), file, line);
    }

    private static LocalDate parseDate(String text, Path file, long line) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(file.getFileName() + " line " + line + ": bad date '" + text + "'");
        }
    }

    private static double number(String text, String column, Path file, long line) {
        try {
            double v = Double.parseDouble(text.trim());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(file.getFileName() + " line " + line + ": bad number in " + column
                + ": '" + text + "'");
    }
}
