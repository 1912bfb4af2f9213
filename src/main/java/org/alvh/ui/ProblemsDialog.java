package org.alvh.ui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;

import org.alvh.model.Problem;

/**
 * Every problem of a snapshot or a parameter file in one table (severity, file, line, column, message),
 * copyable with Ctrl+C or the Copy button as {@code file:line:col: message} lines. Modal.
 */
public final class ProblemsDialog {
    private ProblemsDialog() {
    }

    /** Shows the problems; {@code headline} says what failed and what stays (e.g. the previous snapshot). */
    public static void show(Component parent, String title, String headline, List<Problem> problems) {
        JDialog dialog = new JDialog(SwingUtilities.getWindowAncestor(parent), title, JDialog.DEFAULT_MODALITY_TYPE);
        dialog.setName("problemsDialog");
        JPanel content = new JPanel(new BorderLayout(8, 8));
        content.setBorder(BorderFactory.createEmptyBorder(12, 12, 12, 12));
        long errors = problems.stream().filter(Problem::isError).count();
        JLabel head = new JLabel("<html><div style='width:600px'><b>" + escape(headline) + "</b><br>" + Formats.count(errors, "error", "errors")
                + ", " + Formats.count(problems.size() - errors, "warning", "warnings") + ".</div></html>");
        content.add(head, BorderLayout.NORTH);

        JTable table = Tables.table(model(problems));
        table.setName("problemsTable");
        table.setAutoCreateRowSorter(true);
        table.setDefaultRenderer(Integer.class, new javax.swing.table.DefaultTableCellRenderer() {
            @Override
            protected void setValue(Object value) {
                setHorizontalAlignment(RIGHT);
                // 0: the problem concerns the whole file or row, not a line or column
                setText(value instanceof Integer n && n > 0 ? n.toString() : "");
            }
        });
        Tables.tooltips(table);
        table.getColumnModel().getColumn(0).setPreferredWidth(70);
        table.getColumnModel().getColumn(1).setPreferredWidth(130);
        table.getColumnModel().getColumn(2).setPreferredWidth(50);
        table.getColumnModel().getColumn(3).setPreferredWidth(55);
        table.getColumnModel().getColumn(4).setPreferredWidth(520);
        Tables.fit(table);
        JScrollPane scroll = new JScrollPane(table);
        scroll.setPreferredSize(new Dimension(860, 260));
        JTextArea detail = new JTextArea(4, 60);
        detail.setName("problemsDetail");
        detail.setEditable(false);
        detail.setLineWrap(true);
        detail.setWrapStyleWord(true);
        table.getSelectionModel().addListSelectionListener(e -> {
            int row = table.getSelectedRow();
            detail.setText(row < 0 ? "" : describe(problems.get(table.convertRowIndexToModel(row))));
            detail.setCaretPosition(0);
        });
        if (!problems.isEmpty()) {
            table.setRowSelectionInterval(0, 0);
        }
        JPanel middle = new JPanel(new BorderLayout(0, 6));
        middle.add(scroll, BorderLayout.CENTER);
        middle.add(new JScrollPane(detail), BorderLayout.SOUTH);
        content.add(middle, BorderLayout.CENTER);

        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 8, 0));
        JButton copy = new JButton("Copy all");
        copy.setName("problemsCopy");
        copy.addActionListener(e -> Toolkit.getDefaultToolkit().getSystemClipboard()
                .setContents(new StringSelection(asText(problems)), null));
        JButton close = new JButton("Close");
        close.setName("problemsClose");
        close.addActionListener(e -> dialog.dispose());
        buttons.add(copy);
        buttons.add(close);
        content.add(buttons, BorderLayout.SOUTH);
        dialog.setContentPane(content);
        dialog.getRootPane().setDefaultButton(close);
        dialog.pack();
        dialog.setLocationRelativeTo(parent);
        Dialogs.showModal(dialog);
    }

    /** The whole problem, for the detail pane: severity, place (no line or column when 0) and message. */
    static String describe(Problem p) {
        return (p.isError() ? "Error" : "Warning") + (p.file().isEmpty() ? "" : " in " + Formats.visible(
                p.location())) + ":\n" + Formats.visible(p.message());
    }

    /** One {@code file:line:col: message} line per problem, errors marked. */
    public static String asText(List<Problem> problems) {
        return problems.stream().map(p -> (p.isError() ? "error: " : "warning: ") + Formats.visible(p.toString()))
                .collect(Collectors.joining(System.lineSeparator(), "", System.lineSeparator()));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The problems as rows of the one generic table model. */
    static Tables.RowModel model(List<Problem> problems) {
        List<List<Object>> rows = new ArrayList<>(problems.size());
        for (Problem p : problems) {
            rows.add(List.of(p.isError() ? "error" : "warning", Formats.visible(p.file()), p.line(), p.column(),
                    Formats.visible(p.message())));
        }
        Tables.RowModel model = new Tables.RowModel(List.of("Severity", "File", "Line", "Column", "Message"),
                List.of(String.class, String.class, Integer.class, Integer.class, String.class));
        model.setRows(rows);
        return model;
    }
}
