package org.alvh.calc;

/**
 * The standard normal distribution: {@code N} (CDF) and {@code n} (density).
 *
 * <p>{@code N} is W. J. Cody's rational Chebyshev approximation ("Rational Chebyshev approximations for the error
 * function", Math. Comp. 23, 1969; the ANORM routine of ACM TOMS Algorithm 715, 1993): relative error below
 * 1e-15 in both tails, a few dozen arithmetic operations and at most two {@code exp} per call. It replaced the
 * series and continued fraction behind Commons Math's {@code Erf.erfc}, which cost an order of magnitude more
 * per call and dominated the cold start of the scenario grid and the replay (docs/performance.md);
 * {@code NormalTest} holds it to that reference over the whole range the method reaches.
 */
public final class Normal {
    private static final double INV_SQRT_2PI = 1.0 / Math.sqrt(2.0 * Math.PI);
    /** Below this |x| the central approximation applies. */
    private static final double CENTRAL = 0.66291;
    /** Up to sqrt(32) the intermediate approximation applies; beyond it the asymptotic one. */
    private static final double INTERMEDIATE = Math.sqrt(32.0);
    /** N(x) is 0 (or 1) to double precision beyond this |x|. */
    private static final double NEGLIGIBLE = 38.5;

    private static final double[] A = {2.2352520354606839287, 161.02823106855587881, 1067.6894854603709582,
        18154.981253343561249, 0.065682337918207449113};
    private static final double[] B = {47.20258190468824187, 976.09855173777669322, 10260.932208618978205,
        45507.789335026729956};
    private static final double[] C = {0.39894151208813466764, 8.8831497943883759412, 93.506656132177855979,
        597.27027639480026226, 2494.5375852903726711, 6848.1904505362823326, 11602.651437647350124,
        9842.7148383839780218, 1.0765576773720192317e-8};
    private static final double[] D = {22.266688044328115691, 235.38790178262499861, 1519.377599407554805,
        6485.558298266760755, 18615.571640885098091, 34900.952721145977266, 38912.003286093271411,
        19685.429676859990727};
    private static final double[] P = {0.21589853405795699, 0.1274011611602473639, 0.022235277870649807,
        0.001421619193227893466, 2.9112874951168792e-5, 0.02307344176494017303};
    private static final double[] Q = {1.28426009614491121, 0.468238212480865118, 0.0659881378689285515,
        0.00378239633202758244, 7.29751555083966205e-5};

    private Normal() {
    }

    /** N(x), accurate to a relative 1e-15 in both tails; NaN for NaN. */
    public static double cdf(double x) {
        double y = Math.abs(x);
        if (y <= CENTRAL) {
            double square = x * x;
            double numerator = A[4] * square;
            double denominator = square;
            for (int i = 0; i < 3; i++) {
                numerator = (numerator + A[i]) * square;
                denominator = (denominator + B[i]) * square;
            }
            return 0.5 + x * (numerator + A[3]) / (denominator + B[3]);
        }
        if (!(y < NEGLIGIBLE)) {
            return Double.isNaN(x) ? x : x > 0 ? 1.0 : 0.0;
        }
        double ratio;
        if (y <= INTERMEDIATE) {
            double numerator = C[8] * y;
            double denominator = y;
            for (int i = 0; i < 7; i++) {
                numerator = (numerator + C[i]) * y;
                denominator = (denominator + D[i]) * y;
            }
            ratio = (numerator + C[7]) / (denominator + D[7]);
        } else {
            double inverseSquare = 1.0 / (x * x);
            double numerator = P[5] * inverseSquare;
            double denominator = inverseSquare;
            for (int i = 0; i < 4; i++) {
                numerator = (numerator + P[i]) * inverseSquare;
                denominator = (denominator + Q[i]) * inverseSquare;
            }
            ratio = (INV_SQRT_2PI - inverseSquare * (numerator + P[4]) / (denominator + Q[4])) / y;
        }
        // exp(-y²/2) split as exp(-r²/2)·exp(-(y-r)(y+r)/2) with r = y rounded down to 1/16, exact in binary,
        // so that the rounding of y² does not cost relative accuracy in the far tail
        double rounded = Math.floor(y * 16.0) / 16.0;
        double rest = (y - rounded) * (y + rounded);
        double tail = Math.exp(-rounded * rounded * 0.5) * Math.exp(-rest * 0.5) * ratio;
        return x > 0 ? 1.0 - tail : tail;
    }

    /** n(x). */
    public static double pdf(double x) {
        return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
    }
}
