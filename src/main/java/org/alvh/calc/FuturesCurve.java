package org.alvh.calc;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.alvh.model.AlvhConfig;
import org.alvh.model.Problem;
import org.alvh.model.SnapshotInput;
import org.alvh.model.VixFuture;

/**
 * The VIX futures curve at T (METHOD.md §3 and §5): futures with {@code D <= 0} dropped with a warning, and the
 * two ways of choosing a future.
 */
final class FuturesCurve {

    /** A future with its days to expiry. */
    record Point(VixFuture future, int days) {
    }

    /** A chosen future; {@code insideWindow} false when the nearest of all was taken. */
    record Choice(Point point, boolean insideWindow) {
    }

    private final List<Point> points = new ArrayList<>();

    FuturesCurve(List<VixFuture> futures, LocalDate asOf, List<Problem> warnings) {
        for (VixFuture f : futures) {
            int days = (int) ChronoUnit.DAYS.between(asOf, f.expiry());
            if (days <= 0) {
                warnings.add(Problem.warning(SnapshotInput.VIX_FUTURES, f.line(), 0, "future expiring " + f.expiry()
                        + " is not after the as-of date " + asOf + " (dropped)"));
            } else {
                points.add(new Point(f, days));
            }
        }
        points.sort(Comparator.comparingInt(Point::days));
    }

    /** The futures after T, by days to expiry. */
    List<Point> points() {
        return java.util.Collections.unmodifiableList(points);
    }

    /** The first future with at least {@code minDays} days left (layer 1). */
    Optional<Point> firstWithAtLeast(int minDays) {
        return points.stream().filter(p -> p.days() >= minDays).findFirst();
    }

    /**
     * The future with the smallest {@code |D − target|} inside the window, else of all; ties go to the
     * earlier expiry.
     */
    Optional<Choice> nearest(int targetDays, AlvhConfig.DayWindow window) {
        Point inside = null;
        Point any = null;
        for (Point p : points) {
            int distance = Math.abs(p.days() - targetDays);
            if (any == null || distance < Math.abs(any.days() - targetDays)) {
                any = p;
            }
            boolean in = p.days() >= window.min() && p.days() <= window.max();
            if (in && (inside == null || distance < Math.abs(inside.days() - targetDays))) {
                inside = p;
            }
        }
        if (inside != null) {
            return Optional.of(new Choice(inside, true));
        }
        return any == null ? Optional.empty() : Optional.of(new Choice(any, false));
    }

    /** The curve in points, linear in days, flat outside (the variance swap's vol strike). */
    Optional<Double> interpolate(double days) {
        if (points.isEmpty()) {
            return Optional.empty();
        }
        TreeMap<Integer, Double> curve = new TreeMap<>();
        for (Point p : points) {
            curve.putIfAbsent(p.days(), p.future().price());
        }
        return Optional.of(VolScaling.interpolate(curve, days));
    }
}
