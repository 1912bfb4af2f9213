package org.alvh.calc;

import org.alvh.model.AlvhConfig;
import org.alvh.model.MarketHistory;

/**
 * The SPX volatility surface of METHOD.md §8.2 at one market date, built from the Cboe vol indices of that date,
 * and the §8.2 VIX option vol rule.
 *
 * <p>Term points (calendar days: index, points): 9: {@code vix9d}, 30: {@code vix_close}, 93: {@code vix3m},
 * 182: {@code vix6m}, each used when present on the date. {@code σ_term(D)} is linear in total variance
 * {@code σ²·D} between the points present and flat in vol outside them. Vols returned are decimals
 * ({@code 0.15}); days are calendar days to expiry.
 */
public final class VolSurface {
    private static final int[] TERM_DAYS = {9, 30, 93, 182};

    private final AlvhConfig.Surface config;
    private final double[] days;
    private final double[] vols;
    private final double spot;
    private final double rate;
    private final double dividendYield;

    /**
     * @param market history holding the date
     * @param index  the date's index in {@code market}
     * @param spot   SPX close at the date, points
     * @param rate   continuous rate at the date
     * @param dividendYield continuous dividend yield at the date
     */
    public VolSurface(AlvhConfig.Surface config, MarketHistory market, int index, double spot, double rate,
                      double dividendYield) {
        this.config = config;
        double[][] columns = {market.vix9d(), market.vixClose(), market.vix3m(), market.vix6m()};
        double[] d = new double[4];
        double[] v = new double[4];
        int n = 0;
        for (int k = 0; k < 4; k++) {
            double value = columns[k] == null ? Double.NaN : columns[k][index];
            if (value > 0 && !Double.isInfinite(value)) {
                d[n] = TERM_DAYS[k];
                v[n] = value;
                n++;
            }
        }
        this.days = java.util.Arrays.copyOf(d, n);
        this.vols = java.util.Arrays.copyOf(v, n);
        this.spot = spot;
        this.rate = rate;
        this.dividendYield = dividendYield;
    }

    /** {@code σ_term(D)} in points: linear in total variance between the term points, flat in vol outside. */
    public double termVolPoints(double d) {
        int n = days.length;
        if (d <= days[0]) {
            return vols[0];
        }
        if (d >= days[n - 1]) {
            return vols[n - 1];
        }
        int k = 1;
        while (days[k] < d) {
            k++;
        }
        double w0 = vols[k - 1] * vols[k - 1] * days[k - 1];
        double w1 = vols[k] * vols[k] * days[k];
        double w = w0 + (w1 - w0) * (d - days[k - 1]) / (days[k] - days[k - 1]);
        return Math.sqrt(w / d);
    }

    /**
     * {@code σ(K, D) = σ_atm × clamp(1 − skew·x + smile·x², minRatio, maxRatio)}, {@code σ_atm = atmRatio ×
     * σ_term(D) / 100}, {@code x = clamp(ln(K/F) / (σ_atm √τ), −xMax, xMax)}, {@code F = S e^{(r−q)τ}},
     * {@code τ = D / 365}.
     *
     * @param strike SPX strike, points
     * @param d      calendar days to expiry, &gt; 0
     */
    public double vol(double strike, double d) {
        double tau = d / 365.0;
        double atm = config.atmRatio() * termVolPoints(d) / 100;
        double forward = spot * Math.exp((rate - dividendYield) * tau);
        double x = VolScaling.clamp(Math.log(strike / forward) / (atm * Math.sqrt(tau)), -config.xMax(),
                config.xMax());
        return atm * VolScaling.clamp(1 - config.skew() * x + config.smile() * x * x, config.minRatio(),
                config.maxRatio());
    }

    /**
     * The §8.2 VIX option vol at a date without quotes: {@code max(vix.optionIvFloor, VVIX/100 × min(1,
     * sqrt(30/D)))}; {@code vix.defaultOptionIv} when the date has no VVIX.
     *
     * @param vvix VVIX at the date in points, NaN when absent
     * @param d    calendar days to the option's expiry, &gt; 0
     */
    public static double vixOptionVol(AlvhConfig.Vix vix, double vvix, double d) {
        if (!(vvix > 0) || Double.isInfinite(vvix)) {
            return vix.defaultOptionIv();
        }
        return Math.max(vix.optionIvFloor(), vvix / 100 * Math.min(1, Math.sqrt(30.0 / d)));
    }
}
