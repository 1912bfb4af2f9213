package org.alvh.calc;

import java.util.ArrayList;
import java.util.List;

/**
 * The worst point and the break-evens of a P&amp;L path ordered by ascending SPX move (METHOD.md §9).
 */
public final class PathAnalysis {
    /** P&amp;Ls within this many USD of the lowest count as equal. */
    public static final double WORST_TIE_USD = 0.01;

    private PathAnalysis() {
    }

    /**
     * The lowest P&amp;L and the SPX move where it occurs: P&amp;Ls within {@value #WORST_TIE_USD} USD of the
     * lowest count as equal and the lowest move among them wins.
     */
    public record Worst(double pnlUsd, double spxMove) {
    }

    /** The worst point of a non-empty path: {@code moves} ascending, {@code pnl} the P&amp;L at each. */
    public static Worst worst(double[] moves, double[] pnl) {
        if (moves.length == 0 || moves.length != pnl.length) {
            throw new IllegalArgumentException("need a non-empty path with one P&L per move");
        }
        double min = Double.POSITIVE_INFINITY;
        for (double v : pnl) {
            min = Math.min(min, v);
        }
        for (int i = 0; i < pnl.length; i++) {
            if (pnl[i] <= min + WORST_TIE_USD) {
                return new Worst(min, moves[i]);
            }
        }
        throw new IllegalArgumentException("P&L path holds no comparable number");
    }

    /**
     * Where the P&amp;L changes sign between neighbouring points, by linear interpolation, ascending; a run of
     * exact zeros between opposite signs is one break-even at its first point; a touch of zero and zeros at
     * the ends are not break-evens.
     */
    public static List<Double> breakEvens(double[] moves, double[] pnl) {
        List<Double> out = new ArrayList<>();
        int previous = -1;
        for (int i = 0; i < pnl.length; i++) {
            if (pnl[i] == 0) {
                continue;
            }
            if (previous >= 0 && Math.signum(pnl[previous]) != Math.signum(pnl[i])) {
                if (previous == i - 1) {
                    out.add(moves[previous] - pnl[previous] * (moves[i] - moves[previous]) / (pnl[i] - pnl[previous]));
                } else {
                    out.add(moves[previous + 1]);
                }
            }
            previous = i;
        }
        return out;
    }
}
