package org.alvh.ui;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.alvh.replay.DailyRow;
import org.alvh.replay.ReplayResult;
import org.alvh.replay.Run;
import org.alvh.replay.Trade;
import org.alvh.replay.TradeAction;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The replay charts' datasets, copied from a {@link ReplayResult}'s daily rows and trades (nothing computed):
 * x is the date at UTC midnight in epoch milliseconds. Built on the EDT and swapped in whole.
 */
final class ReplayDatasets {
    static final int LAYERS = 3;

    private ReplayDatasets() {
    }

    static long x(LocalDate date) {
        return date.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    /** Each layer's quantity held at the close (layer 1 first; 0 when nothing is held). */
    static XYSeriesCollection quantities(ReplayResult r) {
        return perLayer(r, l -> l.quantity());
    }

    /** Each layer's mark at the close, USD (a future's: its variation since entry). */
    static XYSeriesCollection marks(ReplayResult r) {
        return perLayer(r, l -> l.markUsd());
    }

    /** β* of the dates the engine ran (dates without a run are left out, not drawn as zero). */
    static XYSeriesCollection betaStar(ReplayResult r) {
        return single("β*", r, DailyRow::betaStar);
    }

    /** The shift score z of the dates the engine ran. */
    static XYSeriesCollection shiftScore(ReplayResult r) {
        return single("shift score z", r, DailyRow::shiftScore);
    }

    /** The dates the hedged run opened layer 3 (its trigger fired), in report order, without repeats. */
    static List<Long> layer3Opens(ReplayResult r) {
        List<Long> out = new ArrayList<>();
        for (Trade t : r.trades()) {
            long x = x(t.date());
            if (t.run() == Run.HEDGED && t.layer() == LAYERS && t.action() == TradeAction.OPEN && !out.contains(x)) {
                out.add(x);
            }
        }
        return out;
    }

    private static XYSeriesCollection perLayer(ReplayResult r, Function<DailyRow.LayerDay, Double> value) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (int k = 0; k < LAYERS; k++) {
            XYSeries s = new XYSeries("layer " + (k + 1));
            for (DailyRow d : r.daily()) {
                if (k < d.layers().size()) {
                    s.add(x(d.date()), value.apply(d.layers().get(k)));
                }
            }
            data.addSeries(s);
        }
        return data;
    }

    private static XYSeriesCollection single(String name, ReplayResult r, Function<DailyRow, Double> value) {
        XYSeries s = new XYSeries(name);
        for (DailyRow d : r.daily()) {
            Double v = value.apply(d);
            if (v != null) {
                s.add(x(d.date()), v);
            }
        }
        return new XYSeriesCollection(s);
    }
}
