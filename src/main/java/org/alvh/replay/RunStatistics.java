package org.alvh.replay;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The §10.4 statistics of one run's equity curve: daily returns {@code E_t/E_{t−1} − 1} from the capital,
 * volatility {@code √252 × sd} (ddof 1), Sharpe {@code √252 × mean / sd}, Sortino {@code √252 × mean /
 * sqrt(mean(min(r, 0)²))}, drawdown {@code E/peak − 1} with the running peak from the capital (a peak that is
 * the capital itself is dated the first row; ties go to the earliest), calendar months from the previous month's
 * last equity, CAGR {@code (E/C)^(365/days) − 1}.
 */
final class RunStatistics {
    private static final double TRADING_DAYS = 252;

    private RunStatistics() {
    }

    static RunSummary of(List<LocalDate> dates, double[] equity, double capital, Book book, boolean withLayers) {
        int n = dates.size();
        double[] returns = new double[n];
        double prev = capital;
        for (int i = 0; i < n; i++) {
            returns[i] = equity[i] / prev - 1;
            prev = equity[i];
        }
        double finalEquity = n == 0 ? capital : equity[n - 1];
        long days = n == 0 ? 0 : ChronoUnit.DAYS.between(dates.get(0), dates.get(n - 1));
        Double cagr = finalEquity > 0 && days > 0 ? Math.pow(finalEquity / capital, 365.0 / days) - 1 : null;

        double mean = 0;
        for (double r : returns) {
            mean += r;
        }
        mean = n == 0 ? 0 : mean / n;
        double ss = 0;
        double downside = 0;
        boolean anyNegative = false;
        for (double r : returns) {
            ss += (r - mean) * (r - mean);
            double low = Math.min(r, 0);
            downside += low * low;
            anyNegative |= r < 0;
        }
        double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
        Double vol = n > 1 ? Math.sqrt(TRADING_DAYS) * sd : null;
        Double sharpe = sd > 0 ? Math.sqrt(TRADING_DAYS) * mean / sd : null;
        Double sortino = anyNegative ? Math.sqrt(TRADING_DAYS) * mean / Math.sqrt(downside / n) : null;

        double peak = capital;
        LocalDate peakDate = n == 0 ? null : dates.get(0);
        double maxDrawdown = 0;
        LocalDate mddPeak = peakDate;
        LocalDate mddTrough = peakDate;
        Double worstDay = null;
        LocalDate worstDayDate = null;
        for (int i = 0; i < n; i++) {
            if (equity[i] > peak) {
                peak = equity[i];
                peakDate = dates.get(i);
            }
            double dd = equity[i] / peak - 1;
            if (dd < maxDrawdown) {
                maxDrawdown = dd;
                mddPeak = peakDate;
                mddTrough = dates.get(i);
            }
            if (worstDay == null || returns[i] < worstDay) {
                worstDay = returns[i];
                worstDayDate = dates.get(i);
            }
        }

        List<YearMonth> months = new ArrayList<>();
        List<Double> monthReturns = new ArrayList<>();
        double base = capital;
        for (int i = 0; i < n; i++) {
            YearMonth m = YearMonth.from(dates.get(i));
            boolean lastOfMonth = i == n - 1 || !YearMonth.from(dates.get(i + 1)).equals(m);
            if (lastOfMonth) {
                months.add(m);
                monthReturns.add(equity[i] / base - 1);
                base = equity[i];
            }
        }
        Double worstMonth = null;
        YearMonth worstMonthDate = null;
        int positive = 0;
        for (int k = 0; k < months.size(); k++) {
            double r = monthReturns.get(k);
            positive += r > 0 ? 1 : 0;
            if (worstMonth == null || r < worstMonth) {
                worstMonth = r;
                worstMonthDate = months.get(k);
            }
        }
        double positiveShare = months.isEmpty() ? 0 : (double) positive / months.size();

        List<RunSummary.LayerSummary> layers = new ArrayList<>();
        if (withLayers) {
            for (int k = 1; k <= 3; k++) {
                layers.add(new RunSummary.LayerSummary(k, book.pnlUsd(k), book.costsUsd(k), book.contractsTraded(k),
                        book.notionalTraded(k), n == 0 ? 0 : (double) book.activeDays(k) / n));
            }
        }
        return new RunSummary(finalEquity / capital - 1, cagr, vol, sharpe, sortino, maxDrawdown, mddPeak, mddTrough,
                worstDay, worstDayDate, worstMonth, worstMonthDate, positiveShare, months.size(), finalEquity, days,
                book.condors(), book.pnlUsd(0), book.costsUsd(0), book.ruinDate(), layers);
    }
}
