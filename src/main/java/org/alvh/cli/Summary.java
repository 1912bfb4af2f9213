package org.alvh.cli;

import java.util.List;
import java.util.Locale;
import org.alvh.calc.AlvhResult;
import org.alvh.calc.LayerResult;
import org.alvh.model.Problem;

/** The short, readable summary {@code compute} prints. Locale-independent. */
final class Summary {
    private static final int MAX_WARNINGS = 12;

    private Summary() {
    }

    static String of(AlvhResult r) {
        StringBuilder sb = new StringBuilder();
        line(sb, "ALVH  %s  as of %s", r.snapshotName(), r.market().asOf());
        line(sb, "Spot %.2f   VIX %.2f   r %.4f   q %.4f", r.market().spot(), r.market().vix(), r.market().rate(),
                r.market().dividendYield());
        line(sb, "Weighted beta   raw %.4f   adjusted %.4f (adj %.4f)   smoothed %.4f   baseline %.4f",
                r.beta().raw(), r.beta().adjusted(), r.beta().correlationAdjustment(), r.beta().smoothed(),
                r.beta().baseline());
        line(sb, "Effective beta  %.4f   shift %.5f x A %.4f = shift* %.5f   z %s", r.effective().effective(),
                r.beta().shift(), r.effective().amplifier(), r.effective().effectiveShift(),
                r.effective().shiftScore() == null ? "n/a" : String.format(Locale.ROOT, "%.3f", r.effective().shiftScore()));
        line(sb, "Condor          %s %d days   VEV %.2f   credit $%,.2f   max loss $%,.2f", r.condor().expiry(),
                r.condor().days(), r.condor().vev(), r.condor().creditUsd(), r.condor().maxLossUsd());
        line(sb, "Hedge base H    %.2f VEV", r.hedgeBase());
        for (LayerResult l : r.layers()) {
            String strikes = l.strikes().isEmpty() ? "-" : String.join("/",
                    l.strikes().stream().map(Summary::strike).toList());
            if (l.active()) {
                line(sb, "Layer %d  %-18s %-10s %-14s qty %-7d VEV %9.2f (target %.2f)  cost $%,.2f", l.layer(),
                        l.instrument(), l.expiry(), strikes, l.quantity(), l.vevAchieved(), l.vevTarget(), l.costUsd());
            } else {
                line(sb, "Layer %d  %-18s %-10s %-14s inactive: %s", l.layer(), l.instrument(),
                        l.expiry() == null ? "-" : l.expiry(), strikes, l.rationaleText());
            }
        }
        line(sb, "Residual VEV    %+.2f   hedge cost $%,.2f   hedged return on risk %.4f", r.residualVev(),
                r.hedgeCostUsd(), r.hedgedReturnOnRisk());
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
        return k == Math.rint(k) ? Long.toString((long) k) : String.format(Locale.ROOT, "%.2f", k);
    }

    private static void line(StringBuilder sb, String format, Object... args) {
        sb.append(TerminalText.safe(String.format(Locale.ROOT, format, args))).append(System.lineSeparator());
    }
}
