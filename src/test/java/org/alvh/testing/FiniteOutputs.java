package org.alvh.testing;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alvh.calc.AlvhResult;
import org.alvh.calc.CondorResult;
import org.alvh.calc.LayerResult;
import org.alvh.io.AuditJson;
import org.alvh.io.HedgeSheet;

/** No NaN or infinity in any output: the audit JSON, and every number behind a hedge-sheet cell. */
public final class FiniteOutputs {
    /**
     * Writes non-finite numbers as bare tokens, which a strict parser then refuses: a NaN or infinity anywhere
     * in the audit (values, trail inputs, series) fails the read-back.
     */
    private static final ObjectMapper BARE_NON_FINITE = JsonMapper.builder()
            .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS).build();
    private static final ObjectMapper STRICT = new ObjectMapper();
    /** How Java prints a non-finite double ({@code String.valueOf}, {@code %f}, {@code DecimalFormat}). */
    private static final Pattern NON_FINITE_TEXT = Pattern.compile("\\b(NaN|Infinity)\\b|\u221E|\uFFFD");

    private FiniteOutputs() {
    }

    /** Throws {@link AssertionError} naming the first non-finite number. */
    public static void check(AlvhResult result) {
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
            String name = "layer " + layer.layer() + " ";
            finite(name + "costUsd", layer.costUsd());
            finite(name + "vevTarget", layer.vevTarget());
            finite(name + "vevAchieved", layer.vevAchieved());
            if (layer.unitPrice() != null) {
                finite(name + "unitPrice", layer.unitPrice());
            }
            if (layer.vevPerUnit() != null) {
                finite(name + "vevPerUnit", layer.vevPerUnit());
            }
            layer.strikes().forEach(k -> finite(name + "strike", k));
        }
        finite("hedgeCostUsd", result.hedgeCostUsd());
        finite("hedgeBase", result.hedgeBase());
        finite("residualVev", result.residualVev());
        checkSheet(result);
    }

    /**
     * The hedge sheet as written: its header and its NET row are there, and no cell shows a non-finite number
     * (a number cell turns one into an empty cell, but a text such as a rationale formatted with {@code %f}
     * would show "NaN" or "Infinity").
     */
    private static void checkSheet(AlvhResult result) {
        String sheet = new String(HedgeSheet.toCsv(result), StandardCharsets.UTF_8);
        if (!sheet.startsWith(String.join(",", HedgeSheet.COLUMNS) + "\r\n")) {
            throw new AssertionError("the hedge sheet does not start with its header: " + sheet);
        }
        if (!sheet.contains("\r\nNET,")) {
            throw new AssertionError("the hedge sheet has no NET row: " + sheet);
        }
        Matcher m = NON_FINITE_TEXT.matcher(sheet);
        if (m.find()) {
            throw new AssertionError("the hedge sheet shows '" + m.group() + "': " + sheet);
        }
    }

    private static void finite(String what, double v) {
        if (!Double.isFinite(v)) {
            throw new AssertionError(what + " is " + v);
        }
    }
}
