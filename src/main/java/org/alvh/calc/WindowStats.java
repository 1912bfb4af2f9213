package org.alvh.calc;

/**
 * Rolling sums over a window of (x, y) pairs where y may be missing: count, sums, sums of squares and
 * cross-products of the pairs whose y is present (x, the index return, is always present). Gives the OLS
 * slope and the sample variance of y in O(1) per step.
 *
 * <p>Policy (docs/adr/0004): a centred sum of squares at or below {@link #RELATIVE_ZERO} times the raw sum of
 * squares is treated as exactly zero, so a constant series has zero variance despite rounding in the
 * rolling sums.
 */
final class WindowStats {
    static final double RELATIVE_ZERO = 1e-12;

    private int n;
    private double sx;
    private double sy;
    private double sxx;
    private double sxy;
    private double syy;

    void clear() {
        n = 0;
        sx = 0;
        sy = 0;
        sxx = 0;
        sxy = 0;
        syy = 0;
    }

    void add(double x, double y) {
        if (Double.isNaN(y)) {
            return;
        }
        n++;
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;
        syy += y * y;
    }

    void remove(double x, double y) {
        if (Double.isNaN(y)) {
            return;
        }
        n--;
        sx -= x;
        sy -= y;
        sxx -= x * x;
        sxy -= x * y;
        syy -= y * y;
    }

    int count() {
        return n;
    }

    /** {@code sum (x - xbar)^2} over the pairs; 0 under the relative-zero policy. */
    double centredXx() {
        return centred(sxx, sx);
    }

    /** OLS slope with intercept; NaN when fewer than 2 pairs or the x variance is zero. */
    double slope() {
        double cxx = centredXx();
        if (n < 2 || cxx <= 0) {
            return Double.NaN;
        }
        return (sxy - sx * sy / n) / cxx;
    }

    /** Sample variance (ddof 1) of the present y values; NaN with fewer than 2. */
    double varianceY() {
        if (n < 2) {
            return Double.NaN;
        }
        return centred(syy, sy) / (n - 1);
    }

    private double centred(double sumSquares, double sum) {
        if (n == 0) {
            return 0;
        }
        double c = sumSquares - sum * sum / n;
        return c <= RELATIVE_ZERO * sumSquares ? 0 : c;
    }
}
