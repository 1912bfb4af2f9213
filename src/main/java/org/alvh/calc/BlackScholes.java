package org.alvh.calc;

import org.alvh.model.Right;

/**
 * Black-Scholes-Merton on spot with a continuous dividend yield (METHOD.md §4.1).
 *
 * <p>Conventions: {@code S} spot, {@code K} strike, {@code r} and {@code q} continuous decimals, {@code sigma}
 * a decimal vol, {@code tau} years ACT/365F. Prices are per share; vega is per vol point (0.01);
 * theta is per calendar day (annual / 365).
 *
 * <p>Limits (docs/adr/0004): {@code tau} and {@code sigma} must be finite and &gt; 0, spot and strike &gt; 0;
 * anything else is rejected with {@link IllegalArgumentException} naming the value. Callers guarantee this
 * (expiries after T are checked by the reader; vols are in (0, 5]).
 */
public final class BlackScholes {
    private BlackScholes() {
    }

    /** Price and greeks of one option, per share. */
    public record Greeks(double price, double delta, double gamma, double vega, double theta,
                         double thetaAnnual, double d1, double d2) {
    }

    public static double d1(double s, double k, double r, double q, double sigma, double tau) {
        check(s, k, sigma, tau);
        return (Math.log(s / k) + (r - q + 0.5 * sigma * sigma) * tau) / (sigma * Math.sqrt(tau));
    }

    public static double price(Right right, double s, double k, double r, double q, double sigma, double tau) {
        double d1 = d1(s, k, r, q, sigma, tau);
        double d2 = d1 - sigma * Math.sqrt(tau);
        double df = Math.exp(-r * tau);
        double dq = Math.exp(-q * tau);
        return right == Right.CALL
                ? s * dq * Normal.cdf(d1) - k * df * Normal.cdf(d2)
                : k * df * Normal.cdf(-d2) - s * dq * Normal.cdf(-d1);
    }

    /** Delta only ({@code e^{-qτ}N(d1)}, put {@code −e^{-qτ}N(−d1)}): one CDF instead of the full greeks. */
    public static double delta(Right right, double s, double k, double r, double q, double sigma, double tau) {
        double d1 = d1(s, k, r, q, sigma, tau);
        double dq = Math.exp(-q * tau);
        return right == Right.CALL ? dq * Normal.cdf(d1) : -dq * Normal.cdf(-d1);
    }

    /** Vega per vol point: {@code 0.01 S e^{-q tau} n(d1) sqrt(tau)}. */
    public static double vega(double s, double k, double r, double q, double sigma, double tau) {
        double d1 = d1(s, k, r, q, sigma, tau);
        return 0.01 * s * Math.exp(-q * tau) * Normal.pdf(d1) * Math.sqrt(tau);
    }

    public static Greeks greeks(Right right, double s, double k, double r, double q, double sigma, double tau) {
        double sqrtTau = Math.sqrt(tau);
        double d1 = d1(s, k, r, q, sigma, tau);
        double d2 = d1 - sigma * sqrtTau;
        double df = Math.exp(-r * tau);
        double dq = Math.exp(-q * tau);
        double nd1 = Normal.pdf(d1);
        double price;
        double delta;
        double thetaAnnual;
        double common = -s * dq * nd1 * sigma / (2 * sqrtTau);
        if (right == Right.CALL) {
            price = s * dq * Normal.cdf(d1) - k * df * Normal.cdf(d2);
            delta = dq * Normal.cdf(d1);
            thetaAnnual = common - r * k * df * Normal.cdf(d2) + q * s * dq * Normal.cdf(d1);
        } else {
            price = k * df * Normal.cdf(-d2) - s * dq * Normal.cdf(-d1);
            delta = -dq * Normal.cdf(-d1);
            thetaAnnual = common + r * k * df * Normal.cdf(-d2) - q * s * dq * Normal.cdf(-d1);
        }
        double gamma = dq * nd1 / (s * sigma * sqrtTau);
        double vega = 0.01 * s * dq * nd1 * sqrtTau;
        return new Greeks(price, delta, gamma, vega, thetaAnnual / 365.0, thetaAnnual, d1, d2);
    }

    /** {@code d2} at level {@code x} with the drift {@code r - q - sigma^2/2}: used for probability of profit. */
    public static double d2(double s, double x, double r, double q, double sigma, double tau) {
        return d1(s, x, r, q, sigma, tau) - sigma * Math.sqrt(tau);
    }

    private static void check(double s, double k, double sigma, double tau) {
        if (!(s > 0) || Double.isInfinite(s)) {
            throw new IllegalArgumentException("spot must be > 0 and finite, got " + s);
        }
        if (!(k > 0) || Double.isInfinite(k)) {
            throw new IllegalArgumentException("strike must be > 0 and finite, got " + k);
        }
        if (!(sigma > 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("volatility must be > 0 and finite, got " + sigma);
        }
        if (!(tau > 0) || Double.isInfinite(tau)) {
            throw new IllegalArgumentException("time to expiry must be > 0 and finite, got " + tau);
        }
    }
}
