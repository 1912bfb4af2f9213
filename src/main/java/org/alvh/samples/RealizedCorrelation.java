package org.alvh.samples;

import org.alvh.calc.AverageCorrelation;

import java.util.Arrays;
import java.util.List;

/**
 * The ILLUSTRATIVE implied correlation of the sample snapshots: the EMA({@value #EMA_PERIOD}) of the
 * {@value #WINDOW}-return realized average correlation ({@link AverageCorrelation}, the METHOD.md §2.4 formula:
 * cap weights, sample standard deviations, log returns, members with at least {@value #MIN_OBSERVATIONS} returns
 * in the window), lagged one date, plus {@value #PREMIUM}. A modelling choice, not market data.
 */
public final class RealizedCorrelation {
    static final int WINDOW = 60;
    static final int MIN_OBSERVATIONS = 40;
    static final int EMA_PERIOD = 10;
    static final double PREMIUM = 0.05;

    /**
     * One constituent on the calendar.
     *
     * @param closes      adjusted closes aligned with the calendar, {@code NaN} where missing
     * @param capAtAsof   float market cap at the as-of date
     * @param closeAtAsof the last close on or before the as-of date
     */
    public record Member(double[] closes, double capAtAsof, double closeAtAsof) {
    }

    private RealizedCorrelation() {
    }

    /** The realized average correlation on each calendar index ({@code NaN} where unavailable). */
    public static double[] realized(double[] index, List<Member> members) {
        int n = index.length;
        double[] rho = new double[n];
        Arrays.fill(rho, Double.NaN);
        double[] indexReturns = logReturns(index);
        double[][] returns = new double[members.size()][];
        double[][] lastClose = new double[members.size()][];
        for (int i = 0; i < members.size(); i++) {
            returns[i] = logReturns(members.get(i).closes());
            lastClose[i] = forwardFill(members.get(i).closes());
        }
        for (int t = WINDOW; t < n; t++) {
            double sdIndex = sd(indexReturns, t - WINDOW + 1, t, 2);
            double capSum = 0;
            double[] caps = new double[members.size()];
            double[] sds = new double[members.size()];
            for (int i = 0; i < members.size(); i++) {
                sds[i] = sd(returns[i], t - WINDOW + 1, t, MIN_OBSERVATIONS);
                Member m = members.get(i);
                if (!Double.isNaN(sds[i]) && !Double.isNaN(lastClose[i][t])) {
                    caps[i] = m.capAtAsof() * lastClose[i][t] / m.closeAtAsof();
                    capSum += caps[i];
                }
            }
            if (capSum <= 0 || Double.isNaN(sdIndex)) {
                continue;
            }
            double sumWs = 0;
            double sumW2s2 = 0;
            for (int i = 0; i < members.size(); i++) {
                if (caps[i] > 0) {
                    double ws = caps[i] / capSum * sds[i];
                    sumWs += ws;
                    sumW2s2 += ws * ws;
                }
            }
            rho[t] = AverageCorrelation.of(sdIndex * sdIndex, sumWs, sumW2s2);
        }
        return rho;
    }

    /** EMA of {@code rho} (TA-Lib classic, seeded on its first {@value #EMA_PERIOD} values), lagged one date, plus the premium. */
    public static double[] implied(double[] rho) {
        double[] out = new double[rho.length];
        Arrays.fill(out, Double.NaN);
        double alpha = 2.0 / (EMA_PERIOD + 1);
        double ema = Double.NaN;
        double seedSum = 0;
        int seen = 0;
        for (int t = 0; t < rho.length; t++) {
            if (t > 0 && !Double.isNaN(ema)) {
                out[t] = ema + PREMIUM;
            }
            if (Double.isNaN(rho[t])) {
                continue;
            }
            seen++;
            if (seen < EMA_PERIOD) {
                seedSum += rho[t];
            } else if (seen == EMA_PERIOD) {
                ema = (seedSum + rho[t]) / EMA_PERIOD;
            } else {
                ema += alpha * (rho[t] - ema);
            }
        }
        return out;
    }

    static double[] logReturns(double[] closes) {
        double[] r = new double[closes.length];
        r[0] = Double.NaN;
        for (int t = 1; t < closes.length; t++) {
            r[t] = closes[t] > 0 && closes[t - 1] > 0 ? Math.log(closes[t] / closes[t - 1]) : Double.NaN;
        }
        return r;
    }

    private static double[] forwardFill(double[] closes) {
        double[] out = new double[closes.length];
        double last = Double.NaN;
        for (int t = 0; t < closes.length; t++) {
            if (!Double.isNaN(closes[t])) {
                last = closes[t];
            }
            out[t] = last;
        }
        return out;
    }

    /** Sample standard deviation (ddof 1) of the non-missing values in {@code [from, to]}; NaN below {@code min}. */
    private static double sd(double[] x, int from, int to, int min) {
        int count = 0;
        double sum = 0;
        for (int t = from; t <= to; t++) {
            if (!Double.isNaN(x[t])) {
                count++;
                sum += x[t];
            }
        }
        if (count < Math.max(2, min)) {
            return Double.NaN;
        }
        double mean = sum / count;
        double ss = 0;
        for (int t = from; t <= to; t++) {
            if (!Double.isNaN(x[t])) {
                ss += (x[t] - mean) * (x[t] - mean);
            }
        }
        return Math.sqrt(ss / (count - 1));
    }
}
