package org.alvh.samples;

import java.util.List;

/** The provenance text ({@code SOURCES.md}) of a history zip: what is real, what is ILLUSTRATIVE. */
final class HistorySourcesText {
    private HistorySourcesText() {
    }

    static String of(HistoryBuilder.Summary s) {
        HistoryBuilder.Request r = s.request();
        List<java.time.LocalDate> dates = s.dates();
        StringBuilder b = new StringBuilder();
        b.append("# History ").append(dates.get(0)).append(" .. ").append(dates.get(dates.size() - 1)).append(" (")
                .append(dates.size()).append(" market dates) - provenance\n\n");
        b.append("Built by `build-history` (org.alvh.samples.HistoryBuilder) from the public data in `shared/data`\n")
                .append("(see SOURCES.md there). Deterministic: the same data and options give the same bytes.\n")
                .append("Options: --from ").append(r.from()).append(" --to ").append(r.to()).append(" --names ")
                .append(r.names()).append(" --cap-date ").append(s.capDate()).append(".\n\n");
        if (s.kept().size() == s.candidates()) {
            b.append("constituents.csv and prices.csv hold all ").append(s.candidates())
                    .append(" names of the 2018-02-08 list that have a close on the cap date ").append(s.capDate())
                    .append(".\n\n");
        } else {
            b.append("RESTRICTED: constituents.csv and prices.csv hold the ").append(s.kept().size())
                    .append(" largest (by Market Cap, ties by ticker) of the ").append(s.candidates())
                    .append(" names of the 2018-02-08\nlist that have a close on the cap date ").append(s.capDate())
                    .append(".\n\n");
        }
        b.append("Real data (end of day):\n");
        b.append("- market.csv spx_close: S&P 500 close (gspc-daily-2014-2022.csv, Yahoo ^GSPC); the market dates are\n")
                .append("  the dates with both an S&P 500 and a VIX close.\n");
        b.append("- market.csv vix_close, vix9d, vix3m, vix6m, vvix: Cboe index closes (vix-daily.csv, vix9d-daily.csv,\n")
                .append("  vix3m-daily.csv, vix6m-daily.csv, vvix-daily.csv); an empty cell where the index has no close on the date.\n");
        b.append("- market.csv advances/declines: counted from the adjusted closes of every member of the 2018-02-08 list\n")
                .append("  with prices (").append(s.breadth())
                .append(" names; close above / below the previous market date's close; 0 and 0 on the first date).\n");
        b.append("- prices.csv: adjusted closes (sp500-daily-prices-2015-2021.csv.gz; Yahoo-derived, no licence stated,\n")
                .append("  shipped as an extract with this attribution), ").append(s.kept().size()).append(" tickers, ")
                .append(s.prices()).append(" rows. SURVIVORSHIP: the source holds only\n")
                .append("  members of the 2018-02-08 list that still traded under the same ticker in late 2021. After 2020-01-10\n")
                .append("  the closes are split-adjusted only (dividends not included). Names with prices but no close on the cap\n")
                .append("  date are left out (a later listing under the same ticker may be another company): ")
                .append(s.dropped().isEmpty() ? "none" : String.join(", ", s.dropped())).append(".\n")
                .append("  Kept tickers whose prices start after the first date: ")
                .append(s.lateStart().isEmpty() ? "none" : String.join(", ", s.lateStart())).append(".\n");
        b.append("- constituents.csv: name, GICS sector as published on 2018-02-08 (datasets/s-and-p-500-companies-financials,\n")
                .append("  ODC PDDL), pe as published; float_market_cap = Market Cap (total, NOT float-adjusted) x\n")
                .append("  adj_close(cap date) / adj_close(2018-02-08), as of capDate ").append(s.capDate())
                .append(" (history.json). GOOG and GOOGL each carry\n  the whole company cap in the source.\n");
        b.append("- vix_futures_history.csv: CFE VX settlements (vix-futures-settlements-2013-2022.csv), every contract and\n")
                .append("  trade date from --from to --to, ").append(s.futures())
                .append(" rows (CFE-only trade dates included: they count as last settles, METHOD.md §10.1).\n");
        b.append("- events.csv: FOMC policy decision dates (public record, federalreserve.gov), ").append(s.events())
                .append(" rows, from the month of --from to\n  ")
                .append(HistoryBuilder.EVENT_MONTHS_AFTER)
                .append(" months after --to; 2020-03-15 is the decision that replaced the meeting scheduled for 17-18 March 2020.\n\n");
        b.append("ILLUSTRATIVE (generated, not market data):\n");
        b.append("- constituents.csv pcf: a typical value per sector times log-normal noise (java.util.SplittableRandom,\n")
                .append("  fixed seed ").append(Fundamentals.SEED)
                .append(" mixed with the ticker; the same values as in the sample snapshots).\n");
        b.append("- market.csv implied_correlation: EMA(10) of the 60-return realized average correlation of every name\n")
                .append("  with a close on the cap date (METHOD.md §2.4 formula, §2.3 cap weights), lagged one date, plus 0.05.\n\n");
        b.append("Left out: quick_ratio, wacc, implied_vol, beta, reer, risk_free_rate, dividend_yield (the METHOD.md\n")
                .append("defaults apply), CPI/PPI dates.\n");
        return b.toString();
    }
}
