package org.alvh.samples;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A buffered ASCII writer for very large generated CSV files: cells are written straight into a byte buffer,
 * numbers in fixed point with {@code .} as the decimal point and trailing zeros stripped, so no string or
 * {@link java.math.BigDecimal} is made per cell. Not for text that needs quoting (callers write plain cells).
 */
final class AsciiOut implements AutoCloseable {
    private static final long[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private final OutputStream out;
    private final byte[] buf = new byte[1 << 16];
    private final byte[] digits = new byte[20];
    private int pos;

    AsciiOut(OutputStream out) {
        this.out = out;
    }

    AsciiOut ascii(String s) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            put((byte) s.charAt(i));
        }
        return this;
    }

    AsciiOut bytes(byte[] b) throws IOException {
        if (pos + b.length > buf.length) {
            flush();
        }
        System.arraycopy(b, 0, buf, pos, b.length);
        pos += b.length;
        return this;
    }

    AsciiOut put(byte b) throws IOException {
        if (pos == buf.length) {
            flush();
        }
        buf[pos++] = b;
        return this;
    }

    AsciiOut comma() throws IOException {
        return put((byte) ',');
    }

    AsciiOut newline() throws IOException {
        return put((byte) '\n');
    }

    AsciiOut integer(long v) throws IOException {
        if (v < 0) {
            put((byte) '-');
            v = -v;
        }
        int n = 0;
        do {
            digits[n++] = (byte) ('0' + v % 10);
            v /= 10;
        } while (v > 0);
        while (n > 0) {
            put(digits[--n]);
        }
        return this;
    }

    /**
     * Writes {@code scaled / 10^scale} (an exact fixed-point value) with trailing zeros of the fraction
     * stripped: {@code fixed(1234500, 4)} writes {@code 123.45}.
     */
    AsciiOut fixed(long scaled, int scale) throws IOException {
        if (scaled < 0) {
            put((byte) '-');
            scaled = -scaled;
        }
        long unit = POW10[scale];
        integer(scaled / unit);
        long frac = scaled % unit;
        if (frac != 0) {
            int s = scale;
            while (frac % 10 == 0) {
                frac /= 10;
                s--;
            }
            put((byte) '.');
            for (int d = s - 1; d >= 0; d--) {
                put((byte) ('0' + (frac / POW10[d]) % 10));
            }
        }
        return this;
    }

    /** {@code value} rounded half up (away from zero) to {@code scale} decimals, as the scaled long. */
    static long scaled(double value, int scale) {
        double x = value * POW10[scale];
        return x >= 0 ? (long) Math.floor(x + 0.5) : -(long) Math.floor(-x + 0.5);
    }

    void flush() throws IOException {
        out.write(buf, 0, pos);
        pos = 0;
    }

    @Override
    public void close() throws IOException {
        flush();
        out.close();
    }
}
