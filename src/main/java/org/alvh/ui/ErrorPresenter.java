package org.alvh.ui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Window;
import java.io.PrintWriter;
import java.io.StringWriter;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JToggleButton;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;

/**
 * The one place where failures reach the user. An expected failure (a file that cannot be written) is a
 * plain message; an unexpected exception is a short sentence with a "Details" expander holding the stack
 * trace (copyable), never a bare stack trace. EDT only.
 */
public final class ErrorPresenter {

    /** A message the user can act on, e.g. "Cannot write hedge-sheet.csv: access denied". */
    public void problem(Component parent, String title, String message) {
        show(parent, title, message, null);
    }

    /** An exception nobody expected; {@code doing} completes "Something went wrong while ...". */
    public void unexpected(Component parent, String doing, Throwable error) {
        if (error instanceof OutOfMemoryError) {
            problem(parent, "Not enough memory", "There was not enough memory for " + doing + " (the Java heap "
                    + "is at most " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB).\nStart the "
                    + "workstation with a larger heap, e.g. java -Xmx4g -jar alvh-workstation.jar.\nThe data on "
                    + "screen is unchanged.");
            return;
        }
        String text = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        show(parent, "Unexpected error", "Something went wrong while " + doing + ".\n" + text
                + "\nThe data on screen is unchanged.", error);
    }

    private void show(Component parent, String title, String message, Throwable details) {
        Window owner = parent == null ? null : SwingUtilities.getWindowAncestor(parent);
        if (owner == null && parent instanceof Window w) {
            owner = w;
        }
        JDialog dialog = new JDialog(owner, title, JDialog.DEFAULT_MODALITY_TYPE);
        dialog.setName("errorDialog");
        JPanel content = new JPanel(new BorderLayout(12, 12));
        content.setBorder(BorderFactory.createEmptyBorder(16, 16, 12, 16));
        JLabel icon = new JLabel(UIManager.getIcon(details == null ? "OptionPane.warningIcon" : "OptionPane.errorIcon"));
        icon.setVerticalAlignment(JLabel.TOP);
        content.add(icon, BorderLayout.WEST);
        JTextArea text = new JTextArea(message);
        text.setName("errorMessage");
        text.setEditable(false);
        text.setOpaque(false);
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        text.setColumns(42);
        text.setFont(UIManager.getFont("Label.font"));
        content.add(text, BorderLayout.CENTER);

        JPanel south = new JPanel(new BorderLayout(0, 8));
        JPanel buttons = new JPanel(new java.awt.FlowLayout(java.awt.FlowLayout.RIGHT, 8, 0));
        JButton ok = new JButton("OK");
        ok.setName("errorOk");
        ok.addActionListener(e -> dialog.dispose());
        if (details != null) {
            JTextArea trace = new JTextArea(stackTrace(details), 14, 70);
            trace.setName("errorDetails");
            trace.setEditable(false);
            trace.setFont(new Font(Font.MONOSPACED, Font.PLAIN, trace.getFont().getSize()));
            JScrollPane scroll = new JScrollPane(trace);
            scroll.setVisible(false);
            JToggleButton toggle = new JToggleButton("Details");
            toggle.setName("errorDetailsToggle");
            toggle.addActionListener(e -> {
                scroll.setVisible(toggle.isSelected());
                dialog.pack();
            });
            buttons.add(toggle);
            south.add(scroll, BorderLayout.CENTER);
        }
        buttons.add(ok);
        south.add(buttons, BorderLayout.SOUTH);
        content.add(south, BorderLayout.SOUTH);
        dialog.setContentPane(content);
        dialog.getRootPane().setDefaultButton(ok);
        dialog.pack();
        dialog.setMinimumSize(new Dimension(380, dialog.getHeight()));
        dialog.setLocationRelativeTo(owner);
        Dialogs.showModal(dialog);
    }

    static String stackTrace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
