package org.alvh.fuzz;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import org.alvh.calc.AlvhResult;
import org.alvh.calc.CondorResult;
import org.alvh.calc.LayerResult;
import org.alvh.io.AuditJson;
import org.alvh.io.HedgeSheet;
import org.alvh.model.LoadResult;
import org.alvh.model.Problem;

/** Invariants every output must keep, whatever the input: checked by the fuzz tests and their regressions. */
final class OutputChecks {
    private OutputChecks() {
    }

    /** A load either has a value and no error, or errors and no value; every problem is located. */
    static void checkLoad(LoadResult<?> result, int maxProblems) {
        boolean hasErrors = !result.errors().isEmpty();
        if (hasErrors == (result.value() != null)) {
            throw new AssertionError("value and errors disagree: " + result.problems());
        }
        for (Problem p : result.problems()) {
            if (p.file().isEmpty() || p.message().isBlank()) {
                throw new AssertionError("problem without file or message: " + p);
            }
        }
        // the kept errors plus one "... and N more problems" line
        if (result.errors().size() > maxProblems + 1) {
            throw new AssertionError("more than " + maxProblems + " errors kept: " + result.errors().size());
        }
    }

    /**
     * Writes non-finite numbers as bare tokens, which a strict parser then refuses: a NaN or infinity anywhere
     * in the audit (values, trail inputs, series) fails the read-back.
     */
    private static final ObjectMapper BARE_NON_FINITE = JsonMapper.builder()
            .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS).build();
    private static final ObjectMapper STRICT = new ObjectMapper();

    /** No NaN or infinity anywhere in the audit JSON, nor behind a number cell of the hedge sheet. */
    static void checkFinite(AlvhResult result) {
        try {
            STRICT.readTree(BARE_NON_FINITE.writeValueAsBytes(AuditJson.toTree(result)));
        } catch (IOException e) {
            throw new AssertionError("the audit JSON holds a non-finite number: " + e.getMessage(), e);
        }
        for (CondorResult.Leg leg : result.condor().legs()) {
            finite("condor leg price", leg.price());
            finite("condor leg quantity", leg.quantity());
        }
        for (LayerResult layer : result.layers()) {
            finite("layer " + layer.layer() + " costUsd", layer.costUsd());
            finite("layer " + layer.layer() + " vevTarget", layer.vevTarget());
            finite("layer " + layer.layer() + " vevAchieved", layer.vevAchieved());
            if (layer.unitPrice() != null) {
                finite("layer " + layer.layer() + " unitPrice", layer.unitPrice());
            }
            if (layer.vevPerUnit() != null) {
                finite("layer " + layer.layer() + " vevPerUnit", layer.vevPerUnit());
            }
            layer.strikes().forEach(k -> finite("layer " + layer.layer() + " strike", k));
        }
        finite("hedgeCostUsd", result.hedgeCostUsd());
        finite("hedgeBase", result.hedgeBase());
        finite("residualVev", result.residualVev());
        HedgeSheet.toCsv(result);
    }

    private static void finite(String what, double v) {
        if (!Double.isFinite(v)) {
            throw new AssertionError(what + " is " + v);
        }
    }
}
