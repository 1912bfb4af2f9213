package org.alvh.ui;

import java.awt.BorderLayout;
import java.util.ArrayList;
import java.util.List;

import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTextArea;

import org.alvh.calc.AlvhResult;
import org.alvh.calc.ParityCheck;

/**
 * Advisories and warnings (Ctrl+7): §5.1 advisories (shown, never applied) and every warning with its place;
 * below them the whole put-call parity scan at the condor's expiry (sortable, e.g. by a flag).
 */
final class WarningsView implements ResultView {
    static final List<String> COLUMNS = List.of("Importance", "Where", "Message");
    static final List<String> PARITY_COLUMNS = List.of("Strike", "F_syn", "Conversion edge (pts)",
            "Reversal edge (pts)", "Conversion flagged", "Reversal flagged");
    private static final List<Class<?>> PARITY_TYPES = List.of(Double.class, Double.class, Double.class,
            Double.class, String.class, String.class);

    private final JPanel root = new JPanel(new BorderLayout());
    private final Tables.RowModel warnings = new Tables.RowModel(COLUMNS,
            List.of(String.class, String.class, String.class));
    private final JTable table = Tables.table(warnings);
    private final JTextArea notes = Tables.wrapping(" ", false);
    private final JTextArea detail = new JTextArea(3, 40);
    private List<WarningGroups.Row> shownRows = List.of();
    private AlvhResult result;
    private boolean routineExpanded;
    private final Tables.RowModel parityRows = new Tables.RowModel(PARITY_COLUMNS, PARITY_TYPES);
    private final JTable parity = Tables.table(parityRows);
    private final JTextArea parityHeading = Tables.wrapping("Put-call parity scan", true);
    /** How each column of the parity table is computed (METHOD.md §5.1), shown under its heading. */
    static final String PARITY_FORMULAS = "F_syn = K + e^{rτ}(C_mid − P_mid);   conversion edge = (C_bid − P_ask)"
            + " − (F_ref − K)e^{−rτ};   reversal edge = (F_ref − K)e^{−rτ} − (C_ask − P_bid);   quotes of chain.csv";

    WarningsView(UiPrefs prefs) {
        table.setName("warningsTable");
        table.setFillsViewportHeight(true);
        Tables.widths(table, 130, 150, 600);
        Tables.capFit(table, 2, 900); // the whole message is in the detail pane below
        Tables.tooltips(table);
        notes.setName("warningsNotes");
        notes.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
        table.getSelectionModel().addListSelectionListener(e -> showDetail());
        table.addMouseListener(new java.awt.event.MouseAdapter() {
            @Override
            public void mouseClicked(java.awt.event.MouseEvent e) {
                int row = table.rowAtPoint(e.getPoint());
                if (row >= 0 && shownRows.get(table.convertRowIndexToModel(row)).group()) {
                    toggleRoutine();
                }
            }
        });
        table.getInputMap().put(javax.swing.KeyStroke.getKeyStroke("ENTER"), "toggleGroup");
        table.getActionMap().put("toggleGroup", new javax.swing.AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                int row = table.getSelectedRow();
                if (row >= 0 && shownRows.get(table.convertRowIndexToModel(row)).group()) {
                    toggleRoutine();
                }
            }
        });
        detail.setName("warningDetail");
        detail.setEditable(false);
        detail.setLineWrap(true);
        detail.setWrapStyleWord(true);
        detail.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        JPanel top = new JPanel(new BorderLayout());
        top.add(notes, BorderLayout.NORTH);
        top.add(new JScrollPane(table), BorderLayout.CENTER);
        top.add(new JScrollPane(detail), BorderLayout.SOUTH);

        parity.setName("parityTable");
        parity.setFillsViewportHeight(true);
        parity.setAutoCreateRowSorter(true);
        for (int c = 0; c < 4; c++) {
            parity.getColumnModel().getColumn(c).setCellRenderer(Tables.numbers(c == 0 ? 0 : 2));
        }
        parityHeading.setName("parityHeading");
        parityHeading.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
        JTextArea formulas = Tables.wrapping(PARITY_FORMULAS, false);
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
        this.result = result;
        showRows();
        WarningGroups.Counts n = WarningGroups.counts(result);
        notes.setText(Formats.count(n.rulesOff(), "rule", "rules") + " switched off for lack of data, "
                + Formats.count(n.leftOut(), "large constituent", "large constituents") + " left out of the basket, "
                + Formats.count(n.advisories(), "advisory", "advisories") + " (shown and exported, never applied), "
                + Formats.count(n.warnings(), "warning", "warnings") + " (" + n.routine() + " routine).");
        showParity(result.parity());
        Tables.fit(parity);
    }

    /** Expands or collapses the line that stands for the routine warnings. */
    void toggleRoutine() {
        routineExpanded = !routineExpanded;
        showRows();
    }

    private void showRows() {
        if (result == null) {
            return;
        }
        shownRows = WarningGroups.rows(result, routineExpanded);
        warnings.setRows(shownRows.stream().map(WarningGroups.Row::cells).toList());
        Tables.fit(table);
        showDetail();
    }

    /** The whole message of the selected row (of the first when none is selected), wrapped. */
    private void showDetail() {
        int row = table.getSelectedRow();
        int m = row >= 0 ? table.convertRowIndexToModel(row) : 0;
        if (m >= shownRows.size()) {
            detail.setText("");
            return;
        }
        WarningGroups.Row r = shownRows.get(m);
        detail.setText(r.kind().trim() + (r.where().isEmpty() ? "" : " — " + r.where()) + "\n" + r.message());
        detail.setCaretPosition(0);
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
