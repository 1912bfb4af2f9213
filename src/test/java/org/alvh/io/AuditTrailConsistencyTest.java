package org.alvh.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.alvh.calc.AlvhEngine;
import org.alvh.calc.AlvhResult;
import org.alvh.calc.AuditTrail;
import org.alvh.io.config.ConfigReader;
import org.junit.jupiter.api.Test;

/**
 * The audit view shows the trail; the audit JSON is built from the result. Both come from one computation:
 * every trail figure whose key is a path of the audit JSON carries the same value, and the trail covers the
 * headline figures of every METHOD.md section.
 */
class AuditTrailConsistencyTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static AlvhResult sample() throws Exception {
        Path zip = Path.of(AuditTrailConsistencyTest.class.getResource("/golden/spx-2018-02-05-full/snapshot.zip").toURI());
        var snapshot = new SnapshotReader().read(zip);
        var config = new ConfigReader().read(zip.resolveSibling("config.json"));
        return AlvhEngine.compute(snapshot.value(), config.value());
    }

    @Test
    void trailValuesEqualTheAuditJson() throws Exception {
        AlvhResult r = sample();
        JsonNode audit = JSON.valueToTree(AuditJson.toTree(r));
        List<String> checked = new ArrayList<>();
        for (AuditTrail.Figure f : r.trail()) {
            JsonNode node = audit.at(pointer(f.key()));
            if (node.isMissingNode()) {
                continue;
            }
            checked.add(f.key());
            if (f.value() == null) {
                assertThat(node.isNull()).as(f.key()).isTrue();
            } else if (f.value() instanceof Number n) {
                assertThat(node.asDouble()).as(f.key()).isEqualTo(n.doubleValue());
            } else {
                assertThat(node.asText()).as(f.key()).isEqualTo(String.valueOf(f.value()));
            }
        }
        assertThat(checked).contains("spot", "rate", "weightedBeta.raw", "weightedBeta.adjusted",
                "weightedBeta.effective", "weightedBeta.shiftScore", "correlation.realized", "factors.momentum",
                "factors.events", "factors.liquidity", "factors.leverage", "condor.vev", "condor.creditUsd",
                "hedgeBase", "layers[0].quantity", "layers[1].vevTarget", "layers[2].costUsd", "residualVev",
                "hedgedReturnOnRisk");
    }

    @Test
    void everyFigureHasAFormula() throws Exception {
        for (AuditTrail.Figure f : sample().trail()) {
            assertThat(f.formula()).as(f.key()).isNotBlank();
            assertThat(f.group()).as(f.key()).isNotBlank();
        }
    }

    /** {@code layers[0].quantity} → {@code /layers/0/quantity}. */
    private static String pointer(String key) {
        return "/" + key.replace("[", ".").replace("]", "").replace('.', '/');
    }
}
