package org.alvh.samples;

import java.util.List;

/** The provenance text ({@code SOURCES.md}) of one sample snapshot: what is real, what is ILLUSTRATIVE. */
final class SourcesText {
    static final String NOTES = "Built from public end-of-day data. Real closes; illustrative pcf/quick_ratio/wacc/"
            + "implied_correlation/futures curve/condor/chain (see SOURCES.md).";

    private SourcesText() {
    }

    static String snapshot(SampleSnapshotBuilder.Summary s) {
        SampleSnapshotBuilder.Request r = s.request();
        List<CondorDesign.Leg> legs = s.condor();
        StringBuilder b = new StringBuilder();
        b.append("# Snapshot as of ").append(r.asof()).append(" - provenance\n\n");
        b.append("Built by `build-sample` (org.alvh.samples.SampleSnapshotBuilder) from the public data in\n")
                .append("`shared/data` (see its SOURCES.md and `sample-data/SOURCES.md`): ").append(r.days())
                .append(" market dates, ").append(s.firstDate()).append(" .. ").append(r.asof()).append(".\n\n");
        b.append("Real data (end of day):\n");
        b.append("- market.csv spx_close: S&P 500 close (Yahoo ^GSPC via andrew-j-millward/GSPC-Backtest-Utility).\n");
        b.append("- market.csv vix_close: Cboe VIX (datasets/finance-vix, ODC PDDL). On the as-of date: S&P 500 ")
                .append(Num.exact(s.spx())).append(", VIX ").append(Num.exact(s.vix())).append(", VIX3M ")
                .append(Num.exact(s.vix3m())).append(", VIX6M ").append(Num.exact(s.vix6m())).append(", VVIX ")
                .append(Num.exact(s.vvix())).append(".\n");
        b.append("- market.csv advances/declines: counted from the adjusted closes of the snapshot's constituents\n")
                .append("  (close above / below the previous market date's close; a name without both closes is not counted).\n");
        b.append("- prices.csv: adjusted closes (Yahoo, via Shiva-gs/ML-Project-Stock-Predict; no licence stated - small extract only).\n");
        b.append("- constituents.csv: ").append(s.constituents())
                .append(" names from the S&P 500 financials list of 2018-02-08 (datasets/s-and-p-500-companies-financials,\n")
                .append("  ODC PDDL): name, GICS sector as published then (so \"Telecommunication Services\"), P/E as published;\n")
                .append("  float_market_cap = Market Cap (total, NOT float-adjusted) x adj_close(as-of) / adj_close(2018-02-08).\n")
                .append("  Survivorship/look-ahead bias: the 2018 list is used for every as-of date. GOOG and GOOGL each carry\n")
                .append("  the full company cap in the source. Names with a price history but no close on the as-of date were\n")
                .append("  dropped: ").append(s.dropped().isEmpty() ? "none" : String.join(", ", s.dropped())).append(".\n")
                .append("  Names without any price history (e.g. BRK.B, renamed tickers) are kept without prices.\n\n");
        b.append("ILLUSTRATIVE (generated, not market data):\n");
        b.append("- constituents.csv pcf").append(r.full() ? ", quick_ratio, wacc" : "")
                .append(": a typical value per sector times log-normal noise\n")
                .append("  (java.util.SplittableRandom, fixed seed ").append(Fundamentals.SEED)
                .append(" mixed with the ticker, so a name has the same values in every snapshot).\n");
        b.append("- market.csv implied_correlation: EMA(10) of the 60-return realized average correlation of the\n")
                .append("  constituents (METHOD.md §2.4 formula), lagged one date, plus 0.05. A modelling choice.\n");
        b.append("- vix_futures.csv: expiries by the VX calendar rule (Wednesday 30 days before the third Friday of the\n")
                .append("  following month; holiday shifts ignored); prices interpolated linearly in days between VIX (30d),\n")
                .append("  VIX3M (93d) and VIX6M (182d) on the as-of date, flat outside; option_iv = VVIX/100 for the front\n")
                .append("  expiry, VVIX/100*sqrt(30/D) (floor 0.40) for later ones.\n");
        b.append("- condor.csv: SPX iron condor of ").append(r.lots()).append(" lots expiring ").append(legs.get(0).expiry())
                .append(" (third Friday nearest to as-of + ").append(r.condorDays()).append(" days),\n")
                .append("  shorts at the strike (multiple of 5) with |delta| nearest 0.16 under BSM with vol VIX/100 + 0.03 (puts)\n")
                .append("  / VIX/100 - 0.01 (calls), 50-point wings at the same vols; prices = BSM rounded to 0.05;\n")
                .append("  r = 0.02, q = 0.015 (METHOD.md defaults). Strikes ")
                .append(Num.fmt(legs.get(0).strike(), 2)).append(" / ").append(Num.fmt(legs.get(1).strike(), 2))
                .append(" / ").append(Num.fmt(legs.get(2).strike(), 2)).append(" / ")
                .append(Num.fmt(legs.get(3).strike(), 2)).append(".\n");
        if (r.full()) {
            b.append("- chain.csv: BSM quotes at each condor strike and two strikes either side, at the vol of the nearest\n")
                    .append("  leg; half-spread 0.05 + 0.2% of mid, bid floored / ask ceiled to 0.05. Strike ")
                    .append(Num.fmt(legs.get(1).strike(), 2))
                    .append(" (the short put) has its call quotes\n  shifted +4.00 (deliberately mispriced).\n");
            b.append("- events.csv: FOMC decision dates 2015-2020Q1 (public record, federalreserve.gov); CPI and PPI dates\n")
                    .append("  2015-2020 are APPROXIMATIONS (CPI: first weekday on/after the 12th; PPI: the next weekday after it;\n")
                    .append("  holidays ignored).\n");
        }
        return b.toString();
    }
}
