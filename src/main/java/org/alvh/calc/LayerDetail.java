package org.alvh.calc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The informative {@code layers[k].detail} object of the audit, written from a layer's typed inputs and leg
 * quotes (nothing is computed here).
 */
final class LayerDetail {
    private LayerDetail() {
    }

    static Map<String, Object> of(LayerResult layer) {
        Map<String, Object> m = new LinkedHashMap<>();
        UnitInputs in = layer.inputs();
        if (in == null) {
            return m;
        }
        putIfPresent(m, "future", in.future());
        m.put("days", in.days());
        putIfPresent(m, "futuresBeta", in.futuresBeta());
        putIfPresent(m, "multiplier", in.multiplier());
        putIfPresent(m, "optionIv", in.optionIv());
        putIfPresent(m, "volScale", in.volScale());
        putIfPresent(m, "volStrike", in.volStrike());
        putIfPresent(m, "rounding", in.rounding());
        putIfPresent(m, "width", in.width());
        List<HedgeLeg> legs = layer.legs();
        if (legs.isEmpty()) {
            return m; // an unavailable layer holds no legs: there are no quotes to show
        }
        switch (layer.structure()) {
            case VIX_CALL -> {
                m.put("deltaF", legs.get(0).quote().delta());
                m.put("d1", legs.get(0).quote().d1());
            }
            case VIX_CALL_BUTTERFLY -> {
                double net = 0;
                List<Map<String, Object>> list = new ArrayList<>();
                for (HedgeLeg leg : legs) {
                    net += leg.ratio() * leg.quote().delta();
                    Map<String, Object> x = new LinkedHashMap<>();
                    x.put("strike", leg.quote().strike());
                    x.put("ratio", leg.ratio());
                    x.put("price", leg.quote().price());
                    x.put("deltaF", leg.quote().delta());
                    list.add(x);
                }
                m.put("netDeltaF", net);
                m.put("legs", list);
            }
            case SPX_PUT_SPREAD -> {
                m.put("longPut", spxLeg(legs.get(1)));
                m.put("shortPut", spxLeg(legs.get(0)));
            }
            default -> {
            }
        }
        return m;
    }

    private static Map<String, Object> spxLeg(HedgeLeg leg) {
        LegQuote g = leg.quote();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("strike", g.strike());
        m.put("vol", g.vol());
        m.put("price", g.price());
        m.put("delta", g.delta());
        m.put("gamma", g.gamma());
        m.put("vega", g.vega());
        m.put("theta", g.theta());
        m.put("thetaAnnual", g.thetaAnnual());
        m.put("d1", g.d1());
        m.put("d2", g.d2());
        return m;
    }

    private static void putIfPresent(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
