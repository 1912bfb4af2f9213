package org.alvh.ui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.UIManager;

/** The status line: a message, the last computation time, and a progress bar with Cancel while busy. */
final class StatusBar extends JPanel {
    private final JLabel message = new JLabel("Ready");
    private final JLabel timing = new JLabel();
    private final JProgressBar progress = new JProgressBar();
    private final JButton cancel = new JButton("Cancel");

    StatusBar(Runnable onCancel) {
        super(new BorderLayout(8, 0));
        setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(1, 0, 0, 0, UIManager.getColor("Component.borderColor")),
                BorderFactory.createEmptyBorder(3, 8, 3, 8)));
        message.setName("statusMessage");
        timing.setName("statusTiming");
        progress.setName("statusProgress");
        cancel.setName("statusCancel");
        progress.setIndeterminate(true);
        progress.setMaximum(1000);
        progress.setPreferredSize(new Dimension(140, progress.getPreferredSize().height));
        progress.setVisible(false);
        cancel.setVisible(false);
        cancel.putClientProperty("JButton.buttonType", "toolBarButton");
        cancel.addActionListener(e -> onCancel.run());
        add(message, BorderLayout.CENTER);
        JPanel right = new JPanel(new GridBagLayout()) {
            /**
             * As tall as the Cancel button even while it is hidden: the status line never changes height, so
             * showing the progress does not re-lay out and repaint the whole window (a full repaint held the
             * event thread for 35–57 ms under Xvfb).
             */
            @Override
            public Dimension getPreferredSize() {
                Dimension size = super.getPreferredSize();
                size.height = Math.max(size.height, cancel.getPreferredSize().height);
                return size;
            }
        };
        right.setOpaque(false);
        GridBagConstraints cell = new GridBagConstraints();
        cell.insets = new Insets(0, 8, 0, 0);
        right.add(timing, cell);
        right.add(progress, cell);
        right.add(cancel, cell);
        add(right, BorderLayout.EAST);
    }

    private String provenance = "";

    void message(String text) {
        message.setText(text);
        message.setToolTipText("<html>" + escape(text) + (provenance.isEmpty() ? "" : "<br><br>"
                + escape(provenance).replace("\n", "<br>")) + "</html>");
    }

    /** Where the open snapshot came from and its notes: shown with the message on hover. */
    void provenance(String text) {
        provenance = text == null ? "" : text;
        message(message.getText());
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    void timing(String text) {
        timing.setText(text);
    }

    /** Shows the progress bar (indeterminate until {@link #progress} says how far); {@code cancellable} adds Cancel. */
    void busy(boolean busy, boolean cancellable) {
        if (busy && !progress.isVisible()) {
            progress.setIndeterminate(true);
        }
        progress.setVisible(busy);
        cancel.setVisible(busy && cancellable);
        revalidate();
    }

    /** How far the work has come, in [0, 1]; negative: unknown (indeterminate). */
    void progress(double fraction) {
        progress.setIndeterminate(fraction < 0);
        if (fraction >= 0) {
            progress.setValue((int) Math.round(fraction * progress.getMaximum()));
        }
    }
}
