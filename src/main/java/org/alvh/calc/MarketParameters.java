package org.alvh.calc;

import java.time.LocalDate;
import org.alvh.model.AlvhConfig;
import org.alvh.model.MarketHistory;

/**
 * Market parameters at T (METHOD.md §1): spot, continuous rate and dividend yield. An empty cell at T means
 * the config default; nothing is carried forward.
 */
public record MarketParameters(LocalDate asOf, double spot, double vix, double rate, double dividendYield,
                               boolean rateFromMarket, boolean dividendYieldFromMarket) {

    static MarketParameters at(MarketHistory market, AlvhConfig.MarketDefaults defaults, AuditTrail trail) {
        int t = market.asOfIndex();
        double r = valueAt(market.riskFreeRate(), t);
        double q = valueAt(market.dividendYield(), t);
        MarketParameters p = new MarketParameters(market.asOf(), market.spxClose()[t], market.vixClose()[t],
                Double.isNaN(r) ? defaults.riskFreeRate() : r, Double.isNaN(q) ? defaults.dividendYield() : q,
                !Double.isNaN(r), !Double.isNaN(q));
        String group = "1 Market at T";
        trail.record(group, "asof", p.asOf().toString(), "T = snapshot.json asof, else the last row of market.csv");
        trail.number(group, "spot", p.spot(), "S = spx_close(T)");
        trail.number(group, "rate", p.rate(), p.rateFromMarket() ? "r = risk_free_rate(T)"
                : "r = market.riskFreeRate (no risk_free_rate at T)", p.rateFromMarket() ? new Object[0]
                : new Object[] {"market.riskFreeRate", AuditTrail.from("market.riskFreeRate", p.rate())});
        trail.number(group, "dividendYield", p.dividendYield(), p.dividendYieldFromMarket() ? "q = dividend_yield(T)"
                : "q = market.dividendYield (no dividend_yield at T)", p.dividendYieldFromMarket() ? new Object[0]
                : new Object[] {"market.dividendYield", AuditTrail.from("market.dividendYield", p.dividendYield())});
        trail.number(group, "vix", p.vix(), "vix_close(T), points");
        return p;
    }

    private static double valueAt(double[] column, int t) {
        return column == null ? Double.NaN : column[t];
    }
}
