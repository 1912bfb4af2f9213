package org.alvh.io;

import org.alvh.model.PriceMatrix;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The fast path of {@link PricesParser} for the common, clean {@code prices.csv}: bytes are parsed straight
 * into the price matrix, without a string per cell, in line-aligned chunks on up to
 * {@link #MAX_THREADS} threads (each reading its part of the file with positional reads).
 *
 * <p>It accepts only what it can decide exactly as the general reader would: a header of exactly the three
 * columns, unquoted cells without spaces or control characters, valid ISO dates, tickers of
 * constituents.csv, positive decimal closes, no duplicate (date, ticker). Anything else (a quote, a blank
 * line, an unknown ticker, a bad cell, a duplicate, an I/O error, too many rows) makes it give up with
 * {@code null} before reporting anything, and {@link PricesParser} re-reads the file on its general path,
 * which reports every problem with its line and column. Closes are the same doubles as
 * {@link CsvFormat#parseNumber}: up to 15 significant digits and 22 decimals the value is one correctly
 * rounded division of two exact doubles (as {@link Double#parseDouble} gives); longer numbers go through
 * {@link CsvFormat#parseNumber} itself.
 */
final class FastPricesParser {
    static final int MAX_THREADS = 4;
    /** Files smaller than this are parsed on the calling thread. */
    static final long PARALLEL_BYTES = 4L << 20;
    private static final int BLOCK = 1 << 20;
    private static final int NOT_IN_CALENDAR = -1;
    private static final double[] POW10 = new double[23];
    private static final long EXACT_MANTISSA = 1L << 53;

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private final byte[][] tickerBytes;
    private final int[] table;
    private final int mask;
    private final Map<Integer, Integer> dateIndex = new HashMap<>();
    private final double[][] closes;
    private int cDate;
    private int cTicker;
    private int cClose;

    private FastPricesParser(List<String> tickers, List<LocalDate> calendar) {
        int n = tickers.size();
        tickerBytes = new byte[n][];
        int size = Integer.highestOneBit(Math.max(4, n * 4) - 1) << 1;
        table = new int[size];
        Arrays.fill(table, -1);
        mask = size - 1;
        for (int i = 0; i < n; i++) {
            tickerBytes[i] = tickers.get(i).getBytes(StandardCharsets.UTF_8);
            byte[] b = tickerBytes[i];
            int slot = hash(b, 0, b.length) & mask;
            boolean present = false;
            while (table[slot] >= 0) {
                byte[] other = tickerBytes[table[slot]];
                if (Arrays.equals(other, b)) {
                    present = true; // first occurrence wins, as in the general reader
                    break;
                }
                slot = (slot + 1) & mask;
            }
            if (!present) {
                table[slot] = i;
            }
        }
        for (int d = 0; d < calendar.size(); d++) {
            LocalDate date = calendar.get(d);
            dateIndex.put(date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth(), d);
        }
        closes = new double[n][calendar.size()];
        for (double[] row : closes) {
            Arrays.fill(row, Double.NaN);
        }
    }

    /**
     * Parses the file into a matrix, or returns null (having reported nothing) when the file needs the
     * general reader. On success the only problem it may add is the off-calendar warning of the general path.
     */
    static PriceMatrix tryParse(FileInput input, ProblemCollector problems, CsvTable.Limits limits,
                                List<String> tickers, List<LocalDate> calendar) {
        try {
            return new FastPricesParser(tickers, calendar).parse(input, problems, limits, calendar.size());
        } catch (ReadProgress.Cancelled cancelled) {
            throw cancelled;
        } catch (IOException | RuntimeException e) {
            return null; // the general path reads it again and reports what is wrong
        }
    }

    private PriceMatrix parse(FileInput input, ProblemCollector problems, CsvTable.Limits limits, int days)
            throws IOException {
        Source source = Source.of(input);
        if (source == null) {
            return null;
        }
        try (source) {
            long size = source.size();
            byte[] head = new byte[(int) Math.min(size, 64 * 1024)];
            source.read(0, head, 0, head.length);
            int start = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                    && (head[2] & 0xFF) == 0xBF ? 3 : 0;
            int nl = indexOf(head, start, head.length, (byte) '\n');
            if (nl < 0 || !readHeader(head, start, nl)) {
                return null;
            }
            long dataStart = nl + 1;
            int threads = size - dataStart < PARALLEL_BYTES ? 1
                    : Math.max(1, Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()));
            long[] bounds = new long[threads + 1];
            bounds[0] = dataStart;
            bounds[threads] = size;
            for (int k = 1; k < threads; k++) {
                bounds[k] = Math.max(bounds[k - 1], lineStartAtOrAfter(source, dataStart + (size - dataStart) * k / threads));
            }
            Chunk[] chunks = new Chunk[threads];
            for (int k = 0; k < threads; k++) {
                chunks[k] = new Chunk(bounds[k], bounds[k + 1], bounds[k + 1] == size);
            }
            runAll(source, chunks);
            long rows = 0;
            long lines = 1; // the header
            long offCalendar = 0;
            long firstOffCalendarLine = 0;
            for (Chunk c : chunks) {
                if (!c.ok) {
                    return null;
                }
                if (c.offCalendar > 0 && offCalendar == 0) {
                    firstOffCalendarLine = lines + c.firstOffCalendar + 1;
                }
                offCalendar += c.offCalendar;
                rows += c.rows;
                lines += c.lines;
            }
            if (rows > limits.maxRows() || countPrices() != rows - offCalendar) {
                return null; // too many rows, or a duplicate (date, ticker) across chunks: the general path says so
            }
            if (offCalendar > 0) {
                problems.warning(PricesParser.FILE, (int) firstOffCalendarLine, 0,
                        PricesParser.offCalendarMessage(offCalendar, firstOffCalendarLine));
            }
            return new PriceMatrix(closes, days);
        }
    }

    private boolean readHeader(byte[] b, int from, int to) {
        if (to > from && b[to - 1] == '\r') {
            to--;
        }
        String header = new String(b, from, to - from, StandardCharsets.UTF_8);
        if (header.indexOf('"') >= 0) {
            return false;
        }
        String[] names = header.split(",", -1);
        if (names.length != 3) {
            return false;
        }
        cDate = -1;
        cTicker = -1;
        cClose = -1;
        for (int c = 0; c < 3; c++) {
            switch (names[c].trim().toLowerCase(Locale.ROOT)) {
                case "date" -> cDate = c;
                case "ticker" -> cTicker = c;
                case "close" -> cClose = c;
                default -> {
                    return false;
                }
            }
        }
        return cDate >= 0 && cTicker >= 0 && cClose >= 0;
    }

    private void runAll(Source source, Chunk[] chunks) {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread[] workers = new Thread[chunks.length - 1];
        for (int k = 1; k < chunks.length; k++) {
            Chunk c = chunks[k];
            workers[k - 1] = new Thread(() -> run(source, c, failure), "prices-parse-" + k);
            workers[k - 1].setDaemon(true);
            workers[k - 1].start();
        }
        run(source, chunks[0], failure);
        for (Thread w : workers) {
            boolean interrupted = false;
            while (true) {
                try {
                    w.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        if (failure.get() instanceof ReadProgress.Cancelled cancelled) {
            throw cancelled;
        }
        if (failure.get() instanceof OutOfMemoryError outOfMemory) {
            throw outOfMemory; // on the reading thread, which says what to do (a worker would only print it)
        }
        if (failure.get() != null) {
            for (Chunk c : chunks) {
                c.ok = false;
            }
        }
    }

    private void run(Source source, Chunk c, AtomicReference<Throwable> failure) {
        try {
            c.ok = source.bytes() != null ? parseLines(source.bytes(), (int) c.start, (int) c.end, c.last, c)
                    : readAndParse(source, c);
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            failure.compareAndSet(null, e);
            c.ok = false;
        }
    }

    /** Reads [start, end) in blocks, parsing whole lines and carrying a partial line to the next block. */
    private boolean readAndParse(Source source, Chunk c) throws IOException {
        byte[] buf = new byte[BLOCK];
        long pos = c.start;
        int carry = 0;
        while (pos < c.end) {
            int want = (int) Math.min(buf.length - carry, c.end - pos);
            if (want == 0) {
                return false; // one line longer than the block
            }
            int n = source.read(pos, buf, carry, want);
            if (n <= 0) {
                return false;
            }
            pos += n;
            int limit = carry + n;
            if (pos >= c.end) {
                return parseLines(buf, 0, limit, c.last, c);
            }
            int lastNl = lastIndexOf(buf, 0, limit, (byte) '\n');
            if (lastNl < 0) {
                carry = limit;
                continue;
            }
            if (!parseLines(buf, 0, lastNl + 1, false, c)) {
                return false;
            }
            carry = limit - lastNl - 1;
            System.arraycopy(buf, lastNl + 1, buf, 0, carry);
        }
        return carry == 0 || parseLines(buf, 0, carry, c.last, c);
    }

    /**
     * Parses the lines of {@code b[from, to)}; the range ends after a newline unless {@code endOfFile}, when
     * a last line without one is accepted.
     */
    private boolean parseLines(byte[] b, int from, int to, boolean endOfFile, Chunk c) {
        int p = from;
        int predicted = -1;
        int lastKey = -1;
        int lastDay = NOT_IN_CALENDAR;
        int[] start = new int[3];
        int[] end = new int[3];
        while (p < to) {
            int lineEnd = indexOf(b, p, to, (byte) '\n');
            int next;
            if (lineEnd < 0) {
                if (!endOfFile) {
                    return false;
                }
                lineEnd = to;
                next = to;
            } else {
                next = lineEnd + 1;
            }
            int e = lineEnd;
            if (e > p && b[e - 1] == '\r') {
                e--;
            }
            if (e == p) {
                return false; // a blank line: the general reader decides (and counts lines) for it
            }
            // split into three cells; no quotes, no spaces or control bytes (the general reader trims those)
            int cell = 0;
            start[0] = p;
            for (int i = p; i < e; i++) {
                byte x = b[i];
                if (x == ',') {
                    if (cell == 2) {
                        return false;
                    }
                    end[cell] = i;
                    start[++cell] = i + 1;
                } else if (x == '"' || (x >= 0 && x <= ' ')) {
                    return false;
                }
            }
            if (cell != 2) {
                return false;
            }
            end[2] = e;

            int ds = start[cDate];
            if (end[cDate] - ds != 10) {
                return false;
            }
            int key = dateKey(b, ds);
            if (key < 0) {
                return false;
            }
            int day;
            if (key == lastKey) {
                day = lastDay;
            } else {
                Integer d = dateIndex.get(key);
                if (d == null) {
                    if (CsvFormat.parseDate(new String(b, ds, 10, StandardCharsets.US_ASCII)) == null) {
                        return false;
                    }
                    d = NOT_IN_CALENDAR;
                }
                day = d;
                lastKey = key;
                lastDay = day;
            }

            int ts = start[cTicker];
            int tl = end[cTicker] - ts;
            if (tl == 0) {
                return false;
            }
            int i = predicted + 1 < tickerBytes.length && Arrays.equals(tickerBytes[predicted + 1], 0,
                    tickerBytes[predicted + 1].length, b, ts, ts + tl) ? predicted + 1 : lookup(b, ts, tl);
            if (i < 0) {
                return false;
            }
            predicted = i;

            double close = number(b, start[cClose], end[cClose]);
            if (!NumberRule.PRICE.accepts(close)) {
                return false; // the general path reports it
            }
            c.rows++;
            if (day == NOT_IN_CALENDAR) {
                if (c.offCalendar++ == 0) {
                    c.firstOffCalendar = c.lines;
                }
            } else {
                double[] row = closes[i];
                if (!Double.isNaN(row[day])) {
                    return false;
                }
                row[day] = close;
            }
            c.lines++;
            p = next;
        }
        return true;
    }

    /** yyyyMMdd of a {@code yyyy-MM-dd} cell, or -1 when it is not of that shape (validity is checked later). */
    private static int dateKey(byte[] b, int s) {
        if (b[s + 4] != '-' || b[s + 7] != '-') {
            return -1;
        }
        int key = 0;
        for (int i = 0; i < 10; i++) {
            if (i == 4 || i == 7) {
                continue;
            }
            int d = b[s + i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            key = key * 10 + d;
        }
        return key;
    }

    /** A positive-or-other finite decimal as {@link CsvFormat#parseNumber} reads it; NaN when invalid. */
    private static double number(byte[] b, int s, int e) {
        long mantissa = 0;
        int digits = 0;
        int fraction = 0;
        int i = s;
        while (i < e && b[i] >= '0' && b[i] <= '9') {
            mantissa = mantissa * 10 + (b[i] - '0');
            digits++;
            i++;
        }
        if (i < e && b[i] == '.') {
            i++;
            while (i < e && b[i] >= '0' && b[i] <= '9') {
                mantissa = mantissa * 10 + (b[i] - '0');
                digits++;
                fraction++;
                i++;
            }
        }
        if (i == e && digits > 0 && digits <= 18 && mantissa < EXACT_MANTISSA && fraction < POW10.length) {
            return fraction == 0 ? (double) mantissa : (double) mantissa / POW10[fraction];
        }
        return CsvFormat.parseNumber(new String(b, s, e - s, StandardCharsets.UTF_8));
    }

    private int lookup(byte[] b, int s, int len) {
        int slot = hash(b, s, len) & mask;
        int i;
        while ((i = table[slot]) >= 0) {
            byte[] t = tickerBytes[i];
            if (Arrays.equals(t, 0, t.length, b, s, s + len)) {
                return i;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private static int hash(byte[] b, int s, int len) {
        int h = 0x811C9DC5;
        for (int i = s; i < s + len; i++) {
            h = (h ^ b[i]) * 0x01000193;
        }
        return h ^ (h >>> 16);
    }

    private long countPrices() {
        long count = 0;
        for (double[] row : closes) {
            for (double v : row) {
                if (!Double.isNaN(v)) {
                    count++;
                }
            }
        }
        return count;
    }

    private static long lineStartAtOrAfter(Source source, long pos) throws IOException {
        byte[] buf = new byte[8192];
        long p = pos - 1;
        while (p < source.size()) {
            int n = source.read(p, buf, 0, (int) Math.min(buf.length, source.size() - p));
            if (n <= 0) {
                break;
            }
            int nl = indexOf(buf, 0, n, (byte) '\n');
            if (nl >= 0) {
                return p + nl + 1;
            }
            p += n;
        }
        return source.size();
    }

    private static int indexOf(byte[] b, int from, int to, byte x) {
        for (int i = from; i < to; i++) {
            if (b[i] == x) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(byte[] b, int from, int to, byte x) {
        for (int i = to - 1; i >= from; i--) {
            if (b[i] == x) {
                return i;
            }
        }
        return -1;
    }

    /** One line-aligned part of the file, parsed by one thread. */
    private static final class Chunk {
        final long start;
        final long end;
        final boolean last;
        boolean ok;
        long rows;
        long lines;
        long offCalendar;
        long firstOffCalendar;

        Chunk(long start, long end, boolean last) {
            this.start = start;
            this.end = end;
            this.last = last;
        }
    }

    /** The bytes of the file: in memory, or on disk read with positional reads (safe from several threads). */
    private static final class Source implements AutoCloseable {
        private final byte[] bytes;
        private final FileChannel channel;
        private final long size;
        private final ReadProgress progress;

        private Source(byte[] bytes, FileChannel channel, long size, ReadProgress progress) {
            this.bytes = bytes;
            this.channel = channel;
            this.size = size;
            this.progress = progress;
        }

        static Source of(FileInput input) throws IOException {
            if (input.bytes() != null) {
                return new Source(input.bytes(), null, input.bytes().length, null);
            }
            Path path = input.path();
            if (path == null) {
                return null;
            }
            FileChannel ch = FileChannel.open(path, StandardOpenOption.READ);
            return new Source(null, ch, ch.size(), input.progress());
        }

        byte[] bytes() {
            return bytes;
        }

        long size() {
            return size;
        }

        int read(long pos, byte[] dst, int off, int len) throws IOException {
            if (bytes != null) {
                int n = (int) Math.min(len, size - pos);
                System.arraycopy(bytes, (int) pos, dst, off, n);
                return n;
            }
            ByteBuffer buf = ByteBuffer.wrap(dst, off, len);
            int total = 0;
            while (buf.hasRemaining()) {
                int n = channel.read(buf, pos + total);
                if (n < 0) {
                    break;
                }
                total += n;
            }
            if (progress != null) {
                progress.advance(total);
            }
            return total;
        }

        @Override
        public void close() throws IOException {
            if (channel != null) {
                channel.close();
            }
        }
    }
}
