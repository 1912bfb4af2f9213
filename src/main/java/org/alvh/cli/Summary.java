package org.alvh.cli;

import java.util.List;
import java.util.Locale;
import org.alvh.calc.AlvhResult;
import org.alvh.calc.LayerResult;
import org.alvh.format.Numbers;
import org.alvh.model.Problem;

/** The short, readable summary {@code compute} prints. Locale-independent. */
final class Summary {
    private static final int MAX_WARNINGS = 12;

    private Summary() {
    }

    static String of(AlvhResult r) {
        StringBuilder sb = new StringBuilder();
        line(sb, "ALVH  %s  as of %s", r.snapshotName(), r.market().asOf());
        line(sb, "Spot %s   VIX %s   r %s   q %s", fixed(r.market().spot(), 2), fixed(r.market().vix(), 2),
                fixed(r.market().rate(), 4), fixed(r.market().dividendYield(), 4));
        line(sb, "Weighted beta   raw %s   adjusted %s (adj %s)   smoothed %s   baseline %s",
                fixed(r.beta().raw(), 4), fixed(r.beta().adjusted(), 4), fixed(r.beta().correlationAdjustment(), 4),
                fixed(r.beta().smoothed(), 4), fixed(r.beta().baseline(), 4));
        line(sb, "Effective beta  %s   shift %s x A %s = shift* %s   z %s", fixed(r.effective().effective(), 4),
                fixed(r.beta().shift(), 5), fixed(r.effective().amplifier(), 4),
                fixed(r.effective().effectiveShift(), 5),
                r.effective().shiftScore() == null ? Numbers.UNAVAILABLE : fixed(r.effective().shiftScore(), 3));
        line(sb, "Condor          %s %d days   VEV %s   credit %s   max loss %s", r.condor().expiry(),
                r.condor().days(), fixed(r.condor().vev(), 2), Numbers.usd(r.condor().creditUsd()),
                Numbers.usd(r.condor().maxLossUsd()));
        line(sb, "Hedge base H    %s VEV", fixed(r.hedgeBase(), 2));
        for (LayerResult l : r.layers()) {
            String strikes = l.strikes().isEmpty() ? "-" : String.join("/",
                    l.strikes().stream().map(Summary::strike).toList());
            if (l.active()) {
                line(sb, "Layer %d  %-18s %-10s %-14s qty %-7d VEV %9s (target %s)  cost %s", l.layer(),
                        l.instrument(), l.expiry(), strikes, l.quantity(), fixed(l.vevAchieved(), 2),
                        fixed(l.vevTarget(), 2), Numbers.usd(l.costUsd()));
            } else {
                line(sb, "Layer %d  %-18s %-10s %-14s inactive: %s", l.layer(), l.instrument(),
                        l.expiry() == null ? "-" : l.expiry(), strikes, l.rationaleText());
            }
        }
        line(sb, "Residual VEV    %s%s   hedge cost %s   hedged return on risk %s", r.residualVev() >= 0 ? "+" : "",
                fixed(r.residualVev(), 2), Numbers.usd(r.hedgeCostUsd()), fixed(r.hedgedReturnOnRisk(), 4));
        if (r.risk().percentHedged() != null) {
            line(sb, "Under stress    %s hedged; worst at the condor's expiry on the coordinated path: unhedged %s,"
                    + " hedged %s (scenarios SNAPSHOT for the grid)", Numbers.percent(r.risk().percentHedged(), 1),
                    Numbers.usd(r.risk().worstUnhedgedUsd()), Numbers.usd(r.risk().worstHedgedUsd()));
        }
        r.advisories().forEach(a -> line(sb, "Advisory: %s", a.message()));
        List<Problem> warnings = r.warnings();
        if (!warnings.isEmpty()) {
            line(sb, "Warnings (%d):", warnings.size());
            warnings.stream().limit(MAX_WARNINGS).forEach(w -> line(sb, "  %s", w));
            if (warnings.size() > MAX_WARNINGS) {
                line(sb, "  ... and %d more (all of them are in the audit, --audit FILE)", warnings.size() - MAX_WARNINGS);
            }
        }
        return sb.toString();
    }

    private static String strike(double k) {
        return k == Math.rint(k) ? Numbers.shortest(k) : Numbers.fixed(k, 2);
    }

    private static String fixed(double v, int decimals) {
        return Numbers.fixed(v, decimals);
    }

    private static void line(StringBuilder sb, String format, Object... args) {
        sb.append(TerminalText.safe(String.format(Locale.ROOT, format, args))).append(System.lineSeparator());
    }
}
