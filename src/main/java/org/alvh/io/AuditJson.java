package org.alvh.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alvh.calc.Advisory;
import org.alvh.calc.AlvhResult;
import org.alvh.calc.AuditTrail;
import org.alvh.calc.BasketMember;
import org.alvh.calc.BetaSeries;
import org.alvh.calc.BookRisk;
import org.alvh.calc.CondorResult;
import org.alvh.calc.Factors;
import org.alvh.calc.Greeks;
import org.alvh.calc.LayerResult;
import org.alvh.calc.LegTerms;
import org.alvh.calc.MarketState;
import org.alvh.calc.ParityCheck;
import org.alvh.calc.Position;
import org.alvh.calc.ScenarioPnl;
import org.alvh.calc.Scenarios;
import org.alvh.calc.SeriesPoint;
import org.alvh.model.Problem;

/**
 * The audit JSON of METHOD.md §6.2: a contract other tools read, so the key names are exactly those of the
 * specification (extra keys are informative). Built from the engine's result and its trail, never recomputed.
 */
public final class AuditJson {
    /** Package-visible for JacksonSafetyTest; never configured with default typing. */
    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private AuditJson() {
    }

    public static byte[] toBytes(AlvhResult result) {
        try {
            return MAPPER.writeValueAsBytes(toTree(result));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit tree is not serialisable", e);
        }
    }

    public static Map<String, Object> toTree(AlvhResult r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("asof", r.market().asOf().toString());
        root.put("spot", r.market().spot());
        root.put("rate", r.market().rate());
        root.put("dividendYield", r.market().dividendYield());
        root.put("weightedBeta", weightedBeta(r));
        BetaSeries b = r.beta();
        Map<String, Object> correlation = new LinkedHashMap<>();
        correlation.put("realized", b.realizedCorrelation());
        correlation.put("implied", b.impliedCorrelation());
        correlation.put("impliedSource", b.impliedSource());
        root.put("correlation", correlation);
        root.put("factors", factors(r.factors()));
        root.put("condor", condor(r.condor()));
        root.put("hedgeBase", r.hedgeBase());
        root.put("layers", r.layers().stream().map(l -> layer(l, r.book().market())).toList());
        root.put("hedgeCostUsd", r.hedgeCostUsd());
        root.put("residualVev", r.residualVev());
        root.put("hedgedReturnOnRisk", r.hedgedReturnOnRisk());
        root.put("advisories", r.advisories().stream().map(AuditJson::advisory).toList());
        root.put("parity", parity(r.parity()));
        root.put("warnings", r.warnings().stream().map(Problem::toString).toList());
        root.put("series", b.series().stream().map(AuditJson::point).toList());
        root.put("risk", risk(r.risk()));
        root.put("scenarios", scenarios(r.scenarios()));
        root.put("trail", r.trail().stream().map(AuditJson::figure).toList());
        return root;
    }

    private static Map<String, Object> weightedBeta(AlvhResult r) {
        BetaSeries b = r.beta();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("raw", b.raw());
        m.put("correlationAdjustment", b.correlationAdjustment());
        m.put("adjusted", b.adjusted());
        m.put("smoothed", b.smoothed());
        m.put("shift", b.shift());
        m.put("baseline", b.baseline());
        m.put("signal", b.signal());
        m.put("hist", b.hist());
        m.put("amplifier", r.effective().amplifier());
        m.put("effectiveShift", r.effective().effectiveShift());
        m.put("effective", r.effective().effective());
        m.put("shiftScore", r.effective().shiftScore());
        m.put("shiftSd", b.shiftSd());
        m.put("shiftCount", b.shiftCount());
        m.put("tailTrigger", r.effective().tailTrigger());
        List<Map<String, Object>> basket = new ArrayList<>();
        for (BasketMember member : b.basket()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("ticker", member.ticker());
            e.put("weight", member.weight());
            e.put("beta", member.beta());
            basket.add(e);
        }
        m.put("basket", basket);
        m.put("basketSize", b.basketSize());
        m.put("basketWithoutBeta", b.basketWithoutBeta());
        return m;
    }

    private static Map<String, Object> factors(Factors f) {
        Map<String, Object> m = new LinkedHashMap<>();
        Factors.Momentum mom = f.momentum();
        m.put("momentum", mom.factor());
        m.put("momentumCount", mom.count());
        Map<String, Object> flags = new LinkedHashMap<>();
        flags.put("spxMacdHistNegative", mom.spxMacdHistNegative());
        flags.put("spxRsiBelow", mom.spxRsiBelow());
        flags.put("vixMacdHistPositive", mom.vixMacdHistPositive());
        flags.put("vixRsiAbove", mom.vixRsiAbove());
        m.put("momentumFlags", flags);
        m.put("spxRsi", mom.spxRsi());
        m.put("vixRsi", mom.vixRsi());
        m.put("spxMacdHist", mom.spxMacdHist());
        m.put("vixMacdHist", mom.vixMacdHist());
        m.put("events", f.events().factor());
        m.put("eventsCount", f.events().count());
        m.put("eventsCounted", f.events().counted() == null ? null : f.events().counted().stream().map(e -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("date", e.date().toString());
            x.put("type", e.type());
            return x;
        }).toList());
        m.put("liquidity", f.liquidity().factor());
        m.put("quickRatio", f.liquidity().quickRatio());
        m.put("wacc", f.liquidity().wacc());
        m.put("liquidityDeteriorating", f.liquidity().deteriorating());
        m.put("amplifier", f.amplifier());
        m.put("adBreakdown", f.breadth().breakdown());
        m.put("adSource", f.breadth().source());
        Map<String, Object> ad = new LinkedHashMap<>();
        ad.put("adT", f.breadth().adT());
        ad.put("previousMin", f.breadth().previousMin());
        ad.put("lookback", f.breadth().lookback());
        m.put("ad", ad);
        m.put("reerSpike", f.reer().spike());
        m.put("reerChange", f.reer().change());
        m.put("peCyclical", f.valuation().peCyclical());
        m.put("peDefensive", f.valuation().peDefensive());
        m.put("peAll", f.valuation().peAll());
        m.put("pcf", f.valuation().pcf());
        m.put("defensiveRotation", f.rotation().defensiveRotation());
        m.put("rotationWeightChange", f.rotation().weightChange());
        m.put("leverage", f.leverage().value());
        m.put("rotationScale", f.rotation().scale());
        m.put("leveragePcfTerm", f.leverage().pcfTerm());
        m.put("leveragePeTerm", f.leverage().peTerm());
        return m;
    }

    private static Map<String, Object> condor(CondorResult c) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Map<String, Object>> legs = new ArrayList<>();
        for (CondorResult.Leg leg : c.legs()) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("right", leg.right().code());
            l.put("strike", leg.strike());
            l.put("expiry", leg.expiry().toString());
            l.put("quantity", leg.quantity());
            l.put("impliedVol", leg.impliedVol());
            l.put("ivSource", leg.ivSource());
            l.put("price", leg.price());
            l.put("modelPrice", leg.modelPrice());
            l.put("delta", leg.delta());
            l.put("gamma", leg.gamma());
            l.put("vega", leg.vega());
            l.put("theta", leg.theta());
            legs.add(l);
        }
        m.put("legs", legs);
        m.put("days", c.days());
        m.put("tau", c.tau());
        m.put("vega", c.vega());
        m.put("vev", c.vev());
        m.put("volScale", c.volScale());
        m.put("delta", c.delta());
        m.put("gamma", c.gamma());
        m.put("theta", c.theta());
        m.put("creditPerShare", c.creditPerShare());
        m.put("creditUsd", c.creditUsd());
        m.put("maxLossUsd", c.maxLossUsd());
        m.put("breakEvenLow", c.breakEvenLow());
        m.put("breakEvenHigh", c.breakEvenHigh());
        m.put("popSigma", c.popSigma());
        m.put("probabilityOfProfit", c.probabilityOfProfit());
        m.put("returnOnRisk", c.returnOnRisk());
        m.put("annualisedReturnOnRisk", c.annualisedReturnOnRisk());
        m.put("contracts", c.contracts());
        return m;
    }

    private static Map<String, Object> layer(LayerResult l, MarketState market) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("layer", l.layer());
        m.put("instrument", l.instrument());
        m.put("expiry", dateOrNull(l.expiry()));
        m.put("strikes", l.strikes());
        m.put("unitPrice", l.unitPrice());
        m.put("vevPerUnit", l.vevPerUnit());
        m.put("detail", l.detail());
        m.put("unavailable", l.unavailable());
        m.put("ratio", l.ratio());
        m.put("active", l.active());
        m.put("vevTarget", l.vevTarget());
        m.put("quantity", l.quantity());
        m.put("vevAchieved", l.vevAchieved());
        m.put("costUsd", l.costUsd());
        m.put("rationale", l.rationaleText());
        m.put("legs", l.positions().stream().map(p -> leg(p, market)).toList());
        return m;
    }

    /** A §8.1 leg: {instrument, right, strike, expiry, quantity} and the market data its value uses. */
    private static Map<String, Object> leg(Position p, MarketState market) {
        LegTerms t = p.instrument().terms(market);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("instrument", t.instrument().name());
        m.put("right", t.right() == null ? null : t.right().code());
        m.put("strike", t.strike());
        m.put("expiry", dateOrNull(t.expiry()));
        m.put("quantity", count(p.quantity()));
        m.put("days", t.days());
        putIfPresent(m, "future", t.future());
        putIfPresent(m, "multiplier", t.multiplier());
        putIfPresent(m, "impliedVol", t.impliedVol());
        putIfPresent(m, "tenorDays", t.tenorDays());
        if (t.start() != null) {
            m.put("start", t.start().toString());
        }
        return m;
    }

    private static Map<String, Object> risk(BookRisk r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("condor", greeks(r.condor()));
        m.put("hedged", greeks(r.hedged()));
        m.put("percentHedged", r.percentHedged());
        m.put("worstUnhedgedUsd", r.worstUnhedgedUsd());
        m.put("worstUnhedgedAtSpxMove", r.worstUnhedgedAtSpxMove());
        m.put("worstHedgedUsd", r.worstHedgedUsd());
        m.put("worstHedgedAtSpxMove", r.worstHedgedAtSpxMove());
        m.put("hedgedBreakEvens", r.hedgedBreakEvens());
        List<Map<String, Object>> layers = new ArrayList<>();
        for (int k = 0; k < r.layers().size(); k++) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("layer", k + 1);
            l.putAll(greeks(r.layers().get(k)));
            layers.add(l);
        }
        m.put("layers", layers);
        m.put("achievedVev", r.achievedVev());
        m.put("hedgeBase", r.hedgeBase());
        m.put("condorDays", r.condorDays());
        return m;
    }

    private static Map<String, Object> greeks(Greeks g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("delta", g.delta());
        m.put("gamma", g.gamma());
        m.put("vev", g.vev());
        m.put("thetaPerDay", g.thetaPerDay());
        return m;
    }

    private static Map<String, Object> scenarios(Scenarios s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("grid", s.grid().stream().map(AuditJson::scenario).toList());
        m.put("coordinated", s.coordinated().stream().map(AuditJson::scenario).toList());
        m.put("historical", s.historical().stream().map(AuditJson::scenario).toList());
        Map<String, Object> basis = new LinkedHashMap<>();
        basis.put("spot", s.spot());
        basis.put("vix", s.vix());
        basis.put("vixFloor", s.vixFloor());
        basis.put("horizons", s.horizons());
        m.put("basis", basis);
        return m;
    }

    private static Map<String, Object> scenario(ScenarioPnl p) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (p.name() != null) {
            m.put("name", p.name());
        }
        m.put("days", p.scenario().days());
        m.put("spxMove", p.scenario().spxMove());
        m.put("vixMove", p.scenario().vixMove());
        m.put("condorUsd", p.condorUsd());
        m.put("layersUsd", p.layersUsd());
        m.put("hedgedUsd", p.hedgedUsd());
        return m;
    }

    /** A whole quantity as an integer, otherwise as it is (a swap's notional may not be whole). */
    private static Object count(double quantity) {
        return quantity == Math.rint(quantity) && Math.abs(quantity) < 1e15 ? (Object) (long) quantity : quantity;
    }

    private static void putIfPresent(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    private static Map<String, Object> advisory(Advisory a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", a.type());
        if (a instanceof Advisory.TightenWings t) {
            m.put("putWing", t.putWing());
            m.put("callWing", t.callWing());
            m.put("newLongPut", t.newLongPut());
            m.put("newLongCall", t.newLongCall());
            m.put("newLongPutPrice", t.newLongPutPrice());
            m.put("newLongCallPrice", t.newLongCallPrice());
            m.put("newCreditPerShare", t.newCreditPerShare());
            m.put("newCreditUsd", t.newCreditUsd());
            m.put("newMaxLossUsd", t.newMaxLossUsd());
        } else if (a instanceof Advisory.ParityEdge p) {
            m.put("side", p.side());
            m.put("expiry", p.expiry().toString());
            m.put("strike", p.strike());
            m.put("edge", p.edge());
            m.put("edgeUsd", p.edgeUsd());
        }
        m.put("message", a.message());
        return m;
    }

    private static Map<String, Object> parity(ParityCheck p) {
        if (p == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("expiry", p.expiry().toString());
        m.put("tau", p.tau());
        m.put("fRef", p.fRef());
        m.put("thresholdUsd", p.thresholdUsd());
        m.put("rows", p.rows().stream().map(row -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("strike", row.strike());
            x.put("fSyn", row.fSyn());
            x.put("conversionEdge", row.conversionEdge());
            x.put("reversalEdge", row.reversalEdge());
            x.put("conversionFlag", row.conversionFlag());
            x.put("reversalFlag", row.reversalFlag());
            return x;
        }).toList());
        return m;
    }

    private static Map<String, Object> point(SeriesPoint p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", p.date().toString());
        m.put("weightedBeta", p.weightedBeta());
        m.put("adjustment", p.adjustment());
        m.put("adjusted", p.adjusted());
        m.put("smoothed", p.smoothed());
        m.put("baseline", p.baseline());
        m.put("shift", p.shift());
        m.put("signal", p.signal());
        m.put("hist", p.hist());
        m.put("realizedCorrelation", p.realizedCorrelation());
        m.put("impliedCorrelation", p.impliedCorrelation());
        return m;
    }

    private static Map<String, Object> figure(AuditTrail.Figure f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("group", f.group());
        m.put("key", f.key());
        m.put("value", f.value());
        m.put("formula", f.formula());
        Map<String, Object> inputs = new LinkedHashMap<>();
        f.inputs().forEach(i -> inputs.put(i.name(), i.value()));
        m.put("inputs", inputs);
        Map<String, Object> inputKeys = new LinkedHashMap<>();
        f.inputs().stream().filter(i -> i.key() != null).forEach(i -> inputKeys.put(i.name(), i.key()));
        m.put("inputKeys", inputKeys);
        return m;
    }

    private static String dateOrNull(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
