package org.alvh.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.alvh.calc.AuditTrail.Figure;
import org.alvh.whatif.Attribution;
import org.alvh.whatif.ResultDiff;
import org.junit.jupiter.api.Test;

/** The diff CSV is spreadsheet-safe: text that looks like a formula is neutralised, numbers stay numbers. */
class WhatIfExportTest {

    @Test
    @SuppressWarnings("unchecked")
    void theAuditJsonKeepsItsInputsAndAddsTheKeysTheyComeFrom() {
        org.alvh.calc.AlvhResult r = org.alvh.calc.AlvhEngine.compute(
                new SnapshotReader().read(java.nio.file.Path.of("sample-data/spx-2018-02-05")).value(),
                org.alvh.io.config.ConfigReader.defaults());
        List<java.util.Map<String, Object>> trail = (List<java.util.Map<String, Object>>) AuditJson.toTree(r).get("trail");
        java.util.Map<String, Object> target = trail.stream().filter(f -> f.get("key").equals("layers[0].vevTarget"))
                .findFirst().orElseThrow();
        assertThat((java.util.Map<String, Object>) target.get("inputs")).containsOnlyKeys("ratio", "H", "active");
        assertThat((java.util.Map<String, Object>) target.get("inputKeys"))
                .containsExactly(java.util.Map.entry("ratio", "layers[0].ratio"), java.util.Map.entry("H", "hedgeBase"));
    }

    @Test
    void formulaLookingTextIsNeutralisedAndNegativeNumbersStayNumbers() {
        List<Figure> before = List.of(new Figure("1 Market at T", "name", "=HYPERLINK(\"x\")", "f", List.of()),
                new Figure("5 Layers", "hedgeBase", 10.0, "f", List.of()));
        List<Figure> after = List.of(new Figure("1 Market at T", "name", "@SUM(A1)", "f", List.of()),
                new Figure("5 Layers", "hedgeBase", -2.5, "f", List.of()));

        String csv = new String(DiffExport.toCsv(ResultDiff.of(before, after), new Attribution(List.of(), List.of())),
                StandardCharsets.UTF_8);

        assertThat(csv).contains("figure,1 Market at T,name,,,\"'=HYPERLINK(\"\"x\"\")\",'@SUM(A1),,changed\r\n");
        assertThat(csv).contains("figure,5 Layers,hedgeBase,,,10,-2.5,-12.5,changed\r\n");
    }
}
