package org.alvh.calc;

/** The one rounding rule of METHOD.md §5: half up to a step, {@code floor(x / step + 0.5) * step}. */
public final class Rounding {
    private Rounding() {
    }

    public static double halfUp(double x, double step) {
        if (!(step > 0)) {
            throw new IllegalArgumentException("rounding step must be > 0, got " + step);
        }
        return Math.floor(x / step + 0.5) * step;
    }

    /**
     * A strike: {@link #halfUp} to the step, but never below one step, so a tiny underlying (a VIX future at
     * 0.25 points, an index at 2) still gives a positive strike that the pricers accept (docs/adr/0004).
     */
    public static double strike(double x, double step) {
        return Math.max(step, halfUp(x, step));
    }

}
