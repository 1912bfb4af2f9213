package org.alvh.replay;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.alvh.model.AlvhConfig;

/**
 * The §10.3 exit rules of an open condor (the expiry itself is settled before, as an expiring position): tested
 * from the day after entry, the first that holds of: days left {@code ≤ exitDays}; cost to close {@code ≤ (1 −
 * takeProfit) ×} entry credit; cost to close − entry credit {@code ≥ stopLoss ×} entry credit. Both at marks,
 * costs excluded; 0 turns a rule off.
 */
final class CondorExit {
    private CondorExit() {
    }

    /**
     * The reason to close at this close, or null to hold.
     *
     * @param entryCreditUsd the condor's entry credit at the entry marks (minus its value), USD
     */
    static String reason(List<Holding> condor, LocalDate entryDate, double entryCreditUsd, MarketDay day,
                         AlvhConfig.Backtest rules) {
        if (!day.date().isAfter(entryDate)) {
            return null;
        }
        int daysLeft = day.daysTo(condor.get(0).structure().expiry());
        if (rules.exitDays() > 0 && daysLeft <= rules.exitDays()) {
            return "days left " + daysLeft + " <= exitDays " + rules.exitDays();
        }
        double costToClose = 0;
        for (Holding leg : condor) {
            costToClose -= leg.quantity() * StructureKind.SPX_OPTION.multiplier() * day.price(leg.structure());
        }
        if (rules.takeProfit() > 0 && costToClose <= (1 - rules.takeProfit()) * entryCreditUsd) {
            return String.format(Locale.ROOT, "take profit: mark %.2f <= %s x credit %.2f", costToClose,
                    ReplayText.number(1 - rules.takeProfit()), entryCreditUsd);
        }
        if (rules.stopLoss() > 0 && costToClose - entryCreditUsd >= rules.stopLoss() * entryCreditUsd) {
            return String.format(Locale.ROOT, "stop loss: loss %.2f >= %s x credit %.2f",
                    costToClose - entryCreditUsd, ReplayText.number(rules.stopLoss()), entryCreditUsd);
        }
        return null;
    }
}
