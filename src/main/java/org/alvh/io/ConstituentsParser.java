package org.alvh.io;

import org.alvh.model.Constituent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code constituents.csv}: one row per index member, tickers unique. */
final class ConstituentsParser {
    static final String FILE = "constituents.csv";
    private static final List<String> REQUIRED = List.of("ticker", "sector", "float_market_cap");
    private static final List<String> OPTIONAL = List.of("name", "beta", "implied_vol", "pe", "pcf",
            "quick_ratio", "wacc");

    private ConstituentsParser() {
    }

    /** The valid rows in file order; null when the file is missing or unusable (reported). */
    static List<Constituent> parse(FileInput input, ProblemCollector problems, CsvTable.Limits limits) {
        CsvTable t = CsvTable.open(FILE, input, true, problems, limits, REQUIRED, OPTIONAL);
        if (t == null) {
            return null;
        }
        try (t) {
            int cTicker = t.column("ticker");
            int cName = t.column("name");
            int cSector = t.column("sector");
            int cCap = t.column("float_market_cap");
            int cBeta = t.column("beta");
            int cVol = t.column("implied_vol");
            int cPe = t.column("pe");
            int cPcf = t.column("pcf");
            int cQuick = t.column("quick_ratio");
            int cWacc = t.column("wacc");
            List<Constituent> rows = new ArrayList<>();
            Map<String, Integer> firstLine = new HashMap<>();
            while (t.next()) {
                String ticker = t.requiredText(cTicker);
                String sector = t.requiredText(cSector);
                double cap = t.number(cCap, NumberRule.MARKET_CAP);
                Double beta = t.optionalNumber(cBeta, NumberRule.BETA);
                Double vol = t.optionalNumber(cVol, NumberRule.VOLATILITY);
                Double pe = t.optionalNumber(cPe, NumberRule.RATIO);
                Double pcf = t.optionalNumber(cPcf, NumberRule.RATIO);
                Double quick = t.optionalNumber(cQuick, NumberRule.RATIO);
                Double wacc = t.optionalNumber(cWacc, NumberRule.RATE);
                t.requireUnique(cTicker, "ticker", ticker, firstLine);
                if (t.rowOk()) {
                    rows.add(new Constituent(t.line(), ticker, t.optionalText(cName), sector, cap,
                            beta, vol, pe, pcf, quick, wacc));
                }
            }
            t.requireRows();
            return rows;
        }
    }
}
