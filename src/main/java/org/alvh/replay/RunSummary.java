package org.alvh.replay;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The statistics of one run over the rows (METHOD.md §10.4). Returns and drawdowns are fractions, money USD.
 * Null: {@code cagr} when the final equity is ≤ 0 (or no day has passed), {@code sharpe} and the volatility
 * when the sd is 0 (or there is one return), {@code sortino} when no return is negative, the worst month and
 * day when there are none, {@code ruinDate} when never ruined.
 */
public record RunSummary(double totalReturn, Double cagr, Double annualisedVolatility, Double sharpe, Double sortino,
                         double maxDrawdown, LocalDate maxDrawdownPeak, LocalDate maxDrawdownTrough,
                         Double worstDay, LocalDate worstDayDate, Double worstMonth, YearMonth worstMonthDate,
                         double positiveMonths, int months, double finalEquity, long days, int condors,
                         double condorPnlUsd, double condorCostsUsd, LocalDate ruinDate, List<LayerSummary> layers) {
    public RunSummary {
        layers = List.copyOf(layers);
    }

    /**
     * One layer of the hedged run.
     *
     * @param pnlUsd                    cash flows net of costs plus the final mark
     * @param contractsTraded           leg contracts traded (a butterfly unit is four, a put spread two)
     * @param varianceNotionalTradedUsd swaps' vega notional traded
     * @param activeShare               share of the rows on which the layer held a non-zero position
     */
    public record LayerSummary(int layer, double pnlUsd, double costsUsd, double contractsTraded,
                               double varianceNotionalTradedUsd, double activeShare) {
    }
}
