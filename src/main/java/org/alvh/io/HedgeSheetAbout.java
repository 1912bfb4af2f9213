package org.alvh.io;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.alvh.calc.AlvhResult;

/**
 * The small file written beside an exported hedge sheet ({@code hedge-sheet-ASOF.about.csv}) so that the
 * sheet itself stays plain RFC 4180 (METHOD.md §6.1) and still says where it came from: two columns,
 * {@code key,value}, one row per fact: the program's version, when it was exported, the snapshot (name,
 * folder, as-of), the parameter file and every parameter that differs from the defaults, the decimals each
 * column is rounded to, and what the NET row holds.
 */
public final class HedgeSheetAbout {
    public static final List<String> COLUMNS = List.of("key", "value");

    /**
     * What the hedge sheet was computed from.
     *
     * @param version        the program's version
     * @param folder         the snapshot folder or file the user opened (absolute), or a description
     * @param parametersFile the parameter file, or "defaults" when none was loaded
     * @param changes        each parameter differing from the defaults, as {@code key = value (default d)}
     */
    public record Context(String version, String folder, String parametersFile, List<String> changes,
                          Instant exportedAt) {
        public Context {
            changes = List.copyOf(changes);
        }
    }

    private HedgeSheetAbout() {
    }

    /** The companion file's name for {@code sheet}: {@code x.csv} gives {@code x.about.csv}. */
    public static Path pathFor(Path sheet) {
        String name = sheet.getFileName().toString();
        String base = name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4)
                : name;
        return sheet.resolveSibling(base + ".about.csv");
    }

    public static byte[] toCsv(AlvhResult result, Context context) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("format", "ALVH hedge sheet, METHOD.md §6.1"));
        rows.add(List.of("version", context.version()));
        rows.add(List.of("exported_at", context.exportedAt().toString()));
        rows.add(List.of("snapshot", result.snapshotName()));
        rows.add(List.of("snapshot_folder", context.folder()));
        rows.add(List.of("as_of", result.market().asOf().toString()));
        rows.add(List.of("parameters_file", context.parametersFile()));
        if (context.changes().isEmpty()) {
            rows.add(List.of("parameter_change", "none: the defaults of config/alvh.json"));
        }
        for (String change : context.changes()) {
            rows.add(List.of("parameter_change", change));
        }
        StringBuilder decimals = new StringBuilder();
        for (int i = 0; i < HedgeSheet.COLUMNS.size(); i++) {
            Integer d = HedgeSheet.DECIMALS.get(i);
            if (d != null) {
                decimals.append(decimals.length() == 0 ? "" : "; ").append(HedgeSheet.COLUMNS.get(i)).append(' ')
                        .append(d);
            }
        }
        rows.add(List.of("column_decimals", decimals.toString()));
        rows.add(List.of("net_row", "cost_usd = total hedge cost; vev_target = hedge base H; vev_achieved = "
                + "residual VEV (condor VEV + sum of achieved)"));
        SpreadsheetCsv csv = new SpreadsheetCsv().header(COLUMNS);
        for (List<String> row : rows) {
            csv.row(row.stream().map(SpreadsheetCsv::text).toList());
        }
        return csv.bytes();
    }
}
