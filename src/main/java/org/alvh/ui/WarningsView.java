package org.alvh.ui;

import java.awt.BorderLayout;
import java.util.ArrayList;
import java.util.List;

import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;

import org.alvh.calc.Advisory;
import org.alvh.calc.AlvhResult;
import org.alvh.calc.ParityCheck;
import org.alvh.model.Problem;

/**
 * Advisories and warnings (Ctrl+7): §5.1 advisories (shown, never applied) and every warning with its place;
 * below them the whole put-call parity scan at the condor's expiry (sortable, e.g. by a flag).
 */
final class WarningsView implements ResultView {
    static final List<String> COLUMNS = List.of("Kind", "Where", "Message");
    static final List<String> PARITY_COLUMNS = List.of("Strike", "F_syn", "Conversion edge (pts)",
            "Reversal edge (pts)", "Conversion flagged", "Reversal flagged");
    private static final List<Class<?>> PARITY_TYPES = List.of(Double.class, Double.class, Double.class,
            Double.class, String.class, String.class);

    private final JPanel root = new JPanel(new BorderLayout());
    private final Tables.RowModel warnings = new Tables.RowModel(COLUMNS,
            List.of(String.class, String.class, String.class));
    private final JTable table = new JTable(warnings);
    private final JLabel notes = new JLabel(" ");
    private final Tables.RowModel parityRows = new Tables.RowModel(PARITY_COLUMNS, PARITY_TYPES);
    private final JTable parity = new JTable(parityRows);
    private final JLabel parityHeading = Tables.heading("Put-call parity scan");
    /** How each column of the parity table is computed (METHOD.md §5.1), shown under its heading. */
    static final String PARITY_FORMULAS = "F_syn = K + e^{rτ}(C_mid − P_mid);   conversion edge = (C_bid − P_ask)"
            + " − (F_ref − K)e^{−rτ};   reversal edge = (F_ref − K)e^{−rτ} − (C_ask − P_bid);   quotes of chain.csv";

    WarningsView(UiPrefs prefs) {
        table.setName("warningsTable");
        table.setFillsViewportHeight(true);
        table.setAutoCreateRowSorter(true);
        Tables.widths(table, 140, 200, 800);
        notes.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
        JPanel top = new JPanel(new BorderLayout());
        top.add(notes, BorderLayout.NORTH);
        top.add(new JScrollPane(table), BorderLayout.CENTER);

        parity.setName("parityTable");
        parity.setFillsViewportHeight(true);
        parity.setAutoCreateRowSorter(true);
        for (int c = 0; c < 4; c++) {
            parity.getColumnModel().getColumn(c).setCellRenderer(Tables.numbers(c == 0 ? 0 : 2));
        }
        parityHeading.setName("parityHeading");
        parityHeading.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
        JLabel formulas = new JLabel(PARITY_FORMULAS);
        formulas.setName("parityFormulas");
        formulas.setBorder(BorderFactory.createEmptyBorder(0, 8, 6, 8));
        JPanel head = new JPanel(new BorderLayout());
        head.add(parityHeading, BorderLayout.NORTH);
        head.add(formulas, BorderLayout.SOUTH);
        JPanel bottom = new JPanel(new BorderLayout());
        bottom.add(head, BorderLayout.NORTH);
        bottom.add(new JScrollPane(parity), BorderLayout.CENTER);
        root.add(Splits.create("warnings", JSplitPane.VERTICAL_SPLIT, top, bottom, 0.6, prefs), BorderLayout.CENTER);
    }

    @Override
    public String title() {
        return "Advisories & warnings";
    }

    @Override
    public JComponent component() {
        return root;
    }

    @Override
    public void show(AlvhResult result) {
        List<List<Object>> rows = new ArrayList<>();
        for (Advisory a : result.advisories()) {
            rows.add(List.of("advisory: " + a.type(), "", a.message()));
        }
        for (Problem p : result.warnings()) {
            rows.add(List.of(p.isError() ? "error" : "warning", p.location(), p.message()));
        }
        warnings.setRows(rows);
        notes.setText(result.advisories().size() + " advisories (shown and exported, never applied), "
                + result.warnings().size() + " warnings.");
        showParity(result.parity());
    }

    private void showParity(ParityCheck check) {
        List<List<Object>> rows = new ArrayList<>();
        if (check == null) {
            parityHeading.setText("Put-call parity scan: unavailable (see the warnings)");
        } else {
            parityHeading.setText("Put-call parity scan at " + check.expiry() + ": τ " + Formats.fixed(check.tau(), 4)
                    + ", F_ref " + Formats.fixed(check.fRef(), 2)
                    + " (median F_syn), an edge is flagged when × 100 ≥ "
                    + Formats.usd(check.thresholdUsd()) + " per contract");
            for (ParityCheck.Row row : check.rows()) {
                rows.add(List.of(row.strike(), row.fSyn(), row.conversionEdge(), row.reversalEdge(),
                        Formats.flag(row.conversionFlag()), Formats.flag(row.reversalFlag())));
            }
        }
        parityRows.setRows(rows);
    }

    @Override
    public void themeChanged() {
        // the table follows the look and feel
    }
}
