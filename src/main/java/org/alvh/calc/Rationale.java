package org.alvh.calc;

import java.util.ArrayList;
import java.util.List;
import org.alvh.format.Numbers;
import org.alvh.model.AlvhConfig;

/**
 * Why a layer has its ratio and state, as typed data (METHOD.md §5); {@link #text()} is the one place it is
 * written out in the product's words (flags read true, false or unavailable).
 */
public record Rationale(List<Clause> clauses) {
    public Rationale {
        clauses = List.copyOf(clauses);
    }

    /** One reason. */
    public sealed interface Clause permits LayerOneRatio, LayerTwoRatio, LayerThreeRatio, TailTrigger, NotShortVega,
            Unavailable {
    }

    /** {@code r1 = base + u} with the uplift {@code u(shift*)}. */
    public record LayerOneRatio(double base, double uplift, double effectiveShift) implements Clause {
    }

    /** {@code r2 = base × L × R}. */
    public record LayerTwoRatio(double base, double leverage, double rotationScale) implements Clause {
    }

    /** {@code r3} and the breadth and currency flags it used (null = unavailable). */
    public record LayerThreeRatio(double ratio, Boolean adBreakdown, Boolean reerSpike) implements Clause {
    }

    /** The layer-3 trigger: its reading, the value tested (null = unavailable), the threshold, and whether it holds. */
    public record TailTrigger(AlvhConfig.Trigger reading, Double value, double threshold, boolean holds)
            implements Clause {
    }

    /** H = 0: the condor is not short vega. */
    public record NotShortVega() implements Clause {
    }

    /** The structure is unavailable, with the reason. */
    public record Unavailable(String reason) implements Clause {
    }

    Rationale with(Clause clause) {
        List<Clause> more = new ArrayList<>(clauses);
        more.add(clause);
        return new Rationale(more);
    }

    /** The rationale as one line of text, clauses joined by "; ". */
    public String text() {
        List<String> parts = new ArrayList<>(clauses.size());
        for (Clause c : clauses) {
            parts.add(text(c));
        }
        return String.join("; ", parts);
    }

    private static String text(Clause c) {
        if (c instanceof LayerOneRatio r) {
            return "r1 = " + Numbers.shortest(r.base()) + " + u " + Numbers.fixed(r.uplift(), 6) + " (shift* "
                    + Numbers.fixed(r.effectiveShift(), 6) + ")";
        }
        if (c instanceof LayerTwoRatio r) {
            return "r2 = " + Numbers.shortest(r.base()) + " x L " + Numbers.fixed(r.leverage(), 6) + " x R "
                    + Numbers.shortest(r.rotationScale());
        }
        if (c instanceof LayerThreeRatio r) {
            return "r3 = " + Numbers.fixed(r.ratio(), 6) + " (A/D breakdown " + Numbers.flag(r.adBreakdown())
                    + ", REER spike " + Numbers.flag(r.reerSpike()) + ")";
        }
        if (c instanceof TailTrigger t) {
            return triggerText(t);
        }
        if (c instanceof Unavailable u) {
            return "unavailable: " + u.reason();
        }
        return "condor is not short vega (H = 0): no hedge";
    }

    private static String triggerText(TailTrigger t) {
        String threshold = Numbers.shortest(t.threshold());
        String relation = t.holds() ? " >= " : " < ";
        String text;
        if (t.reading() == AlvhConfig.Trigger.LEVEL) {
            text = "trigger level: beta* " + Numbers.fixed(t.value(), 4) + relation + threshold;
        } else if (t.value() == null) {
            return "trigger zscore: z unavailable (shift sd is 0); tail trigger does not hold";
        } else {
            text = "trigger zscore: z " + Numbers.fixed(t.value(), 4) + relation + threshold;
        }
        return t.holds() ? text : text + "; tail trigger does not hold";
    }
}
