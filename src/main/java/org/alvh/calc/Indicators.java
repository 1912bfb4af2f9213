package org.alvh.calc;

import java.util.Arrays;
import org.alvh.model.AlvhConfig;

/**
 * EMA, MACD and RSI with the TA-Lib conventions of METHOD.md §2.5 and §2.6. Every function returns an
 * array as long as its input (or as the {@code length} it is given, for a history view whose arrays are
 * longer than its size: then only {@code x[0 .. length - 1]} is read) with {@code NaN} before the first
 * defined index.
 */
public final class Indicators {
    private Indicators() {
    }

    /** The five lines of a MACD(f, s, g). */
    public record Macd(double[] fast, double[] slow, double[] macd, double[] signal, double[] hist) {
    }

    /**
     * TA-Lib "classic" EMA: {@code alpha = 2/(n+1)}, first value at index {@code n-1} is the mean of the first
     * {@code n} inputs, then {@code e_k = e_{k-1} + alpha (x_k - e_{k-1})}.
     */
    public static double[] ema(double[] x, int n) {
        return emaFrom(x, x.length, 0, n);
    }

    /** EMA(n) of {@code x[start .. length - 1]}, seeded at {@code start + n - 1}. */
    private static double[] emaFrom(double[] x, int length, int start, int n) {
        requirePeriod(n);
        double[] out = nanArray(length);
        int seed = start + n - 1;
        if (seed >= length) {
            return out;
        }
        double sum = 0;
        for (int i = start; i <= seed; i++) {
            sum += x[i];
        }
        double alpha = 2.0 / (n + 1);
        double e = sum / n;
        out[seed] = e;
        for (int k = seed + 1; k < length; k++) {
            e = e + alpha * (x[k] - e);
            out[k] = e;
        }
        return out;
    }

    /** {@link #macd(double[], int, int, int)} with the periods of a config. */
    public static Macd macd(double[] x, AlvhConfig.Macd periods) {
        return macd(x, x.length, periods);
    }

    /** {@link #macd(double[], AlvhConfig.Macd)} of {@code x[0 .. length - 1]}. */
    public static Macd macd(double[] x, int length, AlvhConfig.Macd periods) {
        return macd(x, length, periods.fast(), periods.slow(), periods.signal());
    }

    /**
     * MACD(f, s, g) with TA-Lib seeding: the slow EMA is seeded at index {@code s-1} with the mean of
     * {@code x[0..s-1]}; the fast EMA at the same index with the mean of {@code x[s-f..s-1]}; macd = fast - slow
     * from {@code s-1}; signal = EMA(g) of macd seeded at {@code s+g-2}; hist = macd - signal.
     */
    public static Macd macd(double[] x, int fast, int slow, int signal) {
        return macd(x, x.length, fast, slow, signal);
    }

    /** {@link #macd(double[], int, int, int)} of {@code x[0 .. length - 1]}. */
    public static Macd macd(double[] x, int length, int fast, int slow, int signal) {
        requireLength(x, length);
        requirePeriod(fast);
        requirePeriod(slow);
        requirePeriod(signal);
        if (fast > slow) {
            throw new IllegalArgumentException("MACD fast period " + fast + " exceeds slow period " + slow);
        }
        double[] slowLine = emaFrom(x, length, 0, slow);
        // seeded at (s-f) + f - 1 = s-1, so the fast EMA too is NaN before the common seed index s-1
        double[] fastLine = emaFrom(x, length, slow - fast, fast);
        double[] macdLine = nanArray(length);
        for (int i = slow - 1; i < length; i++) {
            macdLine[i] = fastLine[i] - slowLine[i];
        }
        double[] signalLine = emaFrom(macdLine, length, slow - 1, signal);
        double[] hist = nanArray(length);
        for (int i = 0; i < length; i++) {
            if (!Double.isNaN(signalLine[i])) {
                hist[i] = macdLine[i] - signalLine[i];
            }
        }
        return new Macd(fastLine, slowLine, macdLine, signalLine, hist);
    }

    /**
     * Wilder's RSI(n): first average gain/loss = mean of the first n changes, then
     * {@code avg = (avg (n-1) + current) / n}; RSI = 100 gain / (gain + loss), 50 when both are 0. The first
     * value is at index n.
     */
    public static double[] rsi(double[] x, int n) {
        return rsi(x, x.length, n);
    }

    /** {@link #rsi(double[], int)} of {@code x[0 .. length - 1]}. */
    public static double[] rsi(double[] x, int length, int n) {
        requireLength(x, length);
        requirePeriod(n);
        double[] out = nanArray(length);
        if (length <= n) {
            return out;
        }
        double gain = 0;
        double loss = 0;
        for (int k = 1; k <= n; k++) {
            double d = x[k] - x[k - 1];
            gain += Math.max(d, 0);
            loss += Math.max(-d, 0);
        }
        gain /= n;
        loss /= n;
        out[n] = rsiValue(gain, loss);
        for (int k = n + 1; k < length; k++) {
            double d = x[k] - x[k - 1];
            gain = (gain * (n - 1) + Math.max(d, 0)) / n;
            loss = (loss * (n - 1) + Math.max(-d, 0)) / n;
            out[k] = rsiValue(gain, loss);
        }
        return out;
    }

    private static double rsiValue(double gain, double loss) {
        double total = gain + loss;
        return total == 0 ? 50.0 : 100.0 * gain / total;
    }

    private static void requireLength(double[] x, int length) {
        if (length < 0 || length > x.length) {
            throw new IllegalArgumentException("length " + length + " outside [0, " + x.length + "]");
        }
    }

    private static void requirePeriod(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("indicator period must be >= 1, got " + n);
        }
    }

    private static double[] nanArray(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }
}
