package org.alvh.calc;

import org.alvh.model.Right;

/**
 * Black-76 for options on futures (METHOD.md §5: VIX options on the future of the same expiry).
 * Prices per point of the underlying; delta is with respect to the future ({@code e^{-r tau} N(d1)} for a
 * call); vega per vol point; theta per calendar day. Same limits policy as {@link BlackScholes}.
 */
public final class Black76 {
    private Black76() {
    }

    public record Greeks(double price, double delta, double gamma, double vega, double theta, double d1, double d2) {
    }

    public static Greeks greeks(Right right, double f, double k, double r, double sigma, double tau) {
        if (!(f > 0) || !(k > 0) || !(sigma > 0) || !(tau > 0)
                || Double.isInfinite(f) || Double.isInfinite(k) || Double.isInfinite(sigma) || Double.isInfinite(tau)) {
            throw new IllegalArgumentException("Black-76 needs F, K, sigma, tau > 0 and finite, got F=" + f
                    + " K=" + k + " sigma=" + sigma + " tau=" + tau);
        }
        double sqrtTau = Math.sqrt(tau);
        double d1 = (Math.log(f / k) + 0.5 * sigma * sigma * tau) / (sigma * sqrtTau);
        double d2 = d1 - sigma * sqrtTau;
        double df = Math.exp(-r * tau);
        double nd1 = Normal.pdf(d1);
        double price;
        double delta;
        if (right == Right.CALL) {
            price = df * (f * Normal.cdf(d1) - k * Normal.cdf(d2));
            delta = df * Normal.cdf(d1);
        } else {
            price = df * (k * Normal.cdf(-d2) - f * Normal.cdf(-d1));
            delta = -df * Normal.cdf(-d1);
        }
        double thetaAnnual = -f * df * nd1 * sigma / (2 * sqrtTau) + r * price;
        double gamma = df * nd1 / (f * sigma * sqrtTau);
        double vega = 0.01 * f * df * nd1 * sqrtTau;
        return new Greeks(price, delta, gamma, vega, thetaAnnual / 365.0, d1, d2);
    }

    public static double price(Right right, double f, double k, double r, double sigma, double tau) {
        return greeks(right, f, k, r, sigma, tau).price();
    }
}
