package org.alvh.cli;

import java.util.List;
import java.util.Locale;
import org.alvh.calc.AlvhResult;
import org.alvh.calc.BookRisk;
import org.alvh.calc.Greeks;
import org.alvh.calc.ScenarioPnl;
import org.alvh.calc.Scenarios;
import org.alvh.format.Numbers;
import org.alvh.model.AlvhConfig;

/**
 * The readable table {@code scenarios} prints (METHOD.md §8.1, §9): the greeks of the condor and of the hedged
 * book, the worst points and break-evens of the coordinated path, the grid now and at the condor's expiry
 * (condor / hedged P&amp;L per cell, in thousands of USD) and the historical shocks. Every figure is read from
 * the result; nothing is computed here.
 */
final class ScenarioReport {
    private static final int CELL = 15;

    private ScenarioReport() {
    }

    static String of(AlvhResult r) {
        StringBuilder sb = new StringBuilder();
        Scenarios s = r.scenarios();
        BookRisk risk = r.risk();
        line(sb, "ALVH scenarios  " + r.snapshotName() + "  as of " + r.market().asOf() + "   SPX "
                + Numbers.fixed(s.spot(), 2) + "   VIX " + Numbers.fixed(s.vix(), 2) + " (floor "
                + Numbers.shortest(s.vixFloor()) + ")");
        line(sb, "");
        line(sb, String.format(Locale.ROOT, "%-22s %16s %16s", "Greeks at T", "condor", "hedged"));
        greek(sb, "delta (USD/SPX pt)", risk.condor().delta(), risk.hedged().delta(), 2);
        greek(sb, "gamma (USD/pt/pt)", risk.condor().gamma(), risk.hedged().gamma(), 4);
        greek(sb, "VEV (USD/VIX pt)", risk.condor().vev(), risk.hedged().vev(), 2);
        greek(sb, "theta (USD/day)", risk.condor().thetaPerDay(), risk.hedged().thetaPerDay(), 2);
        line(sb, "% hedged " + (risk.percentHedged() == null ? Numbers.UNAVAILABLE
                : Numbers.percent(risk.percentHedged(), 2)) + " of H " + Numbers.grouped(risk.hedgeBase(), 2));
        AlvhConfig.Scenario cfg = r.config().scenario();
        line(sb, "Coordinated path (VIX +" + Numbers.shortest(cfg.vixPerSpxDown()) + " pt per -1 % SPX, -"
                + Numbers.shortest(cfg.vixPerSpxUp()) + " pt per +1 %) at the condor's expiry, " + risk.condorDays()
                + " days:");
        line(sb, "  worst unhedged " + Numbers.usd(risk.worstUnhedgedUsd()) + " at " + move(risk.worstUnhedgedAtSpxMove())
                + "; worst hedged " + Numbers.usd(risk.worstHedgedUsd()) + " at " + move(risk.worstHedgedAtSpxMove()));
        line(sb, "  hedged break-evens " + (risk.hedgedBreakEvens().isEmpty() ? "none"
                : String.join(", ", risk.hedgedBreakEvens().stream().map(ScenarioReport::move).toList())));
        for (int h : List.of(0, risk.condorDays())) {
            line(sb, "");
            grid(sb, s, h, cfg);
        }
        line(sb, "");
        line(sb, String.format(Locale.ROOT, "%-28s %5s %9s %8s %15s %15s", "Historical shock", "days", "SPX", "VIX",
                "condor USD", "hedged USD"));
        for (ScenarioPnl p : s.historical()) {
            line(sb, String.format(Locale.ROOT, "%-28s %5d %9s %8s %15s %15s", p.name(), p.scenario().days(),
                    move(p.scenario().spxMove()), signed(p.scenario().vixMove()), Numbers.grouped(p.condorUsd(), 2),
                    Numbers.grouped(p.hedgedUsd(), 2)));
        }
        return sb.toString();
    }

    private static void grid(StringBuilder sb, Scenarios s, int days, AlvhConfig.Scenario cfg) {
        line(sb, "P&L at h = " + days + " days" + (days == 0 ? " (now)" : " (the condor's expiry)")
                + ", thousands of USD, condor / hedged; rows SPX move, columns VIX move (points)");
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%8s", "SPX"));
        for (double v : cfg.vixMoves()) {
            header.append(String.format(Locale.ROOT, "%" + CELL + "s", signed(v)));
        }
        line(sb, header.toString());
        List<ScenarioPnl> cells = s.grid().stream().filter(p -> p.scenario().days() == days).toList();
        int columns = cfg.vixMoves().size();
        for (int row = 0; row * columns < cells.size(); row++) {
            StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%8s",
                    move(cells.get(row * columns).scenario().spxMove())));
            for (int c = 0; c < columns; c++) {
                ScenarioPnl p = cells.get(row * columns + c);
                text.append(String.format(Locale.ROOT, "%" + CELL + "s", Numbers.fixed(p.condorUsd() / 1000, 1) + "/"
                        + Numbers.fixed(p.hedgedUsd() / 1000, 1)));
            }
            line(sb, text.toString());
        }
    }

    private static void greek(StringBuilder sb, String label, double condor, double hedged, int decimals) {
        line(sb, String.format(Locale.ROOT, "%-22s %16s %16s", label, Numbers.grouped(condor, decimals),
                Numbers.grouped(hedged, decimals)));
    }

    private static String move(double percent) {
        return signed(percent) + " %";
    }

    private static String signed(double v) {
        return (v > 0 ? "+" : "") + Numbers.shortest(Math.round(v * 100) / 100.0);
    }

    private static void line(StringBuilder sb, String text) {
        sb.append(TerminalText.safe(text)).append(System.lineSeparator());
    }
}
