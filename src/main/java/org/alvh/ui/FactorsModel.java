package org.alvh.ui;

import java.util.ArrayList;
import java.util.List;

import org.alvh.calc.AlvhResult;
import org.alvh.calc.BetaSeries;
import org.alvh.calc.EffectiveBeta;
import org.alvh.calc.Factors;
import org.alvh.model.AlvhConfig;

/**
 * The confirmations of METHOD.md §2.6 as rows of (figure, value, flag or factor, rule), in the order the
 * method applies them. Values are the result's own; this class only writes them out.
 */
final class FactorsModel {
    /** The result (flag or factor) before the rule: it is what the trader reads first; the rule may scroll. */
    static final List<String> COLUMNS = List.of("Figure", "Value", "Result", "Rule");

    private FactorsModel() {
    }

    /** A model with the columns and no rows yet; {@link #rows} fills it. */
    static Tables.RowModel empty() {
        return new Tables.RowModel(COLUMNS, List.of(String.class, String.class, String.class, String.class));
    }

    /** The rows of {@code r}. */
    static List<List<Object>> rows(AlvhResult r) {
        List<List<Object>> rows = new ArrayList<>();
        AlvhConfig c = r.config();
        Factors f = r.factors();
        Factors.Momentum m = f.momentum();
        BetaSeries b = r.beta();
        EffectiveBeta e = r.effective();
        int rsi = c.indicators().rsiPeriod();
        String macd = "MACD(" + c.indicators().macdFast() + "," + c.indicators().macdSlow() + ","
                + c.indicators().macdSignal() + ")";
        row(rows, "SPX " + macd + " hist", n(m.spxMacdHist(), 3), "< 0", Formats.flag(m.spxMacdHistNegative()));
        row(rows, "SPX RSI(" + rsi + ")", n(m.spxRsi(), 2), "< " + c.momentum().spxRsiBelow(),
                Formats.flag(m.spxRsiBelow()));
        row(rows, "VIX " + macd + " hist", n(m.vixMacdHist(), 3), "> 0", Formats.flag(m.vixMacdHistPositive()));
        row(rows, "VIX RSI(" + rsi + ")", n(m.vixRsi(), 2), "> " + c.momentum().vixRsiAbove(),
                Formats.flag(m.vixRsiAbove()));
        row(rows, "Momentum m_mom", "k = " + m.count(), "1 + μ·k/4, μ = " + c.momentum().mu(), n(m.factor(), 4));
        Factors.EventsFactor ev = f.events();
        row(rows, "Events m_evt", ev.count() == null ? "no events.csv" : "c = " + ev.count(),
                "1 + ε·min(c, " + c.events().cap() + "), ε = " + c.events().epsilon() + ", types "
                        + String.join("/", c.events().types()), n(ev.factor(), 4));
        Factors.LiquidityFactor liq = f.liquidity();
        row(rows, "Quick ratio QR (cap-weighted)", n(liq.quickRatio(), 3), "< " + c.liquidity().quickRatioFloor(), "");
        row(rows, "WACC (cap-weighted)", n(liq.wacc(), 4), "> " + c.liquidity().waccCeiling(), "");
        row(rows, "Liquidity deteriorating", Formats.flag(liq.deteriorating()), "QR below floor or WACC above ceiling",
                Formats.flag(liq.deteriorating()));
        row(rows, "Liquidity m_liq", "", liq.deteriorating() == Boolean.TRUE
                ? c.liquidity().amplifier() + " when deteriorating" : "1 unless deteriorating", n(liq.factor(), 4));
        row(rows, "Amplifier A", "", "m_mom × m_evt × m_liq", n(e.amplifier(), 4));
        row(rows, "shift(T)", n(b.shift(), 5), "β_s − β_base at T", "");
        row(rows, "shift*", n(e.effectiveShift(), 5), "shift(T) × A", "");
        row(rows, "β* (effective)", n(e.effective(), 4), "β_base(T) + shift*", "");
        row(rows, "Shift score z", n(e.shiftScore(), 4), "shift* / sd(shift), sd = " + n(b.shiftSd(), 5), "");
        row(rows, "Layer-3 trigger", c.layer3().trigger().name().toLowerCase(java.util.Locale.ROOT),
                (c.layer3().trigger() == AlvhConfig.Trigger.ZSCORE ? "z" : "β*") + " ≥ " + c.layer3().threshold(),
                Formats.flag(e.tailTrigger()));
        Factors.Breadth ad = f.breadth();
        row(rows, "A/D line AD(T)", n(ad.adT(), 0), "< min of previous " + ad.lookback() + " = "
                + n(ad.previousMin(), 0) + (ad.source() == null ? "" : " (" + ad.source() + ")"),
                Formats.flag(ad.breakdown()));
        row(rows, "REER change", Formats.percent(f.reer().change(), 2), "≥ " + Formats.percent(c.reer().spikeThreshold(), 2)
                + " over " + c.reer().lookback() + " rows", Formats.flag(f.reer().spike()));
        Factors.Rotation rot = f.rotation();
        row(rows, "Defensive rotation", Formats.percent(rot.weightChange(), 3), "shift* < 0 and weight of "
                + String.join("/", c.layer2().rotationSectors()) + " up ≥ " + Formats.percent(c.layer2()
                .rotationThreshold(), 2), Formats.flag(rot.defensiveRotation()));
        Factors.SectorValuation v = f.valuation();
        row(rows, "PE cyclical / defensive / all", n(v.peCyclical(), 2) + " / " + n(v.peDefensive(), 2) + " / "
                + n(v.peAll(), 2), "cap-weighted harmonic means", "");
        row(rows, "PCF", n(v.pcf(), 2), "reference " + c.layer2().pcfReference(), "");
        Factors.Leverage lev = f.leverage();
        row(rows, "Leverage L", "pcf " + n(lev.pcfTerm(), 4) + ", pe " + n(lev.peTerm(), 4),
                "clamp(1 + terms, " + c.layer2().leverageMin() + ", " + c.layer2().leverageMax() + ")",
                n(lev.value(), 4));
        return rows;
    }

    private static String n(Double v, int decimals) {
        return v == null ? Formats.UNAVAILABLE : Formats.fixed(v, decimals);
    }

    private static void row(List<List<Object>> rows, String figure, String value, String rule, String result) {
        rows.add(List.of(figure, value, result, rule));
    }
}
