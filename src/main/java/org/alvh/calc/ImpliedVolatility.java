package org.alvh.calc;

import java.util.OptionalDouble;
import org.alvh.model.Right;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.exception.TooManyEvaluationsException;

/**
 * Solves the BSM implied vol from a per-share price by a bracketing root finder (Brent) on
 * [{@value #MIN_VOL}, {@value #MAX_VOL}] (METHOD.md §1). Empty when the price has no root there
 * (outside the arbitrage bounds or needing a vol above 5).
 */
public final class ImpliedVolatility {
    public static final double MIN_VOL = 0.0001;
    public static final double MAX_VOL = 5.0;
    private static final double ABSOLUTE_ACCURACY = 1e-14;
    private static final int MAX_EVALUATIONS = 500;

    private ImpliedVolatility() {
    }

    public static OptionalDouble solve(Right right, double price, double s, double k, double r, double q, double tau) {
        if (!(price > 0) || Double.isInfinite(price)) {
            return OptionalDouble.empty();
        }
        BrentSolver solver = new BrentSolver(1e-15, ABSOLUTE_ACCURACY, 1e-15);
        try {
            double lo = BlackScholes.price(right, s, k, r, q, MIN_VOL, tau) - price;
            double hi = BlackScholes.price(right, s, k, r, q, MAX_VOL, tau) - price;
            if (lo == 0) {
                return OptionalDouble.of(MIN_VOL);
            }
            if (hi == 0) {
                return OptionalDouble.of(MAX_VOL);
            }
            if (Math.signum(lo) == Math.signum(hi)) {
                return OptionalDouble.empty();
            }
            double vol = solver.solve(MAX_EVALUATIONS,
                    sigma -> BlackScholes.price(right, s, k, r, q, sigma, tau) - price, MIN_VOL, MAX_VOL);
            return OptionalDouble.of(vol);
        } catch (TooManyEvaluationsException | MathIllegalArgumentException e) {
            return OptionalDouble.empty();
        }
    }
}
