package org.alvh.ui;

import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;

import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;

/**
 * What the window shows while no snapshot is open (at start, or when the first snapshot cannot be used):
 * what happened, and two ways on: Open Snapshot… and Open the bundled sample.
 */
final class EmptyState extends JPanel {
    static final String OPEN_SAMPLE = "Open the bundled sample";
    private final JLabel reason = new JLabel("Opening a snapshot …");

    EmptyState(Runnable openSnapshot, Runnable openSample) {
        super(new GridBagLayout());
        setName("emptyState");
        JLabel title = new JLabel("No snapshot is open");
        title.setFont(UIManager.getFont("Label.font").deriveFont(Font.BOLD, UIManager.getFont("Label.font")
                .getSize2D() + 6f));
        reason.setName("emptyStateReason");
        JButton open = new JButton("Open Snapshot…");
        open.setName("emptyState.open");
        open.addActionListener(e -> openSnapshot.run());
        JButton sample = new JButton(OPEN_SAMPLE);
        sample.setName("emptyState.sample");
        sample.addActionListener(e -> openSample.run());
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.gridwidth = 2;
        c.insets = new Insets(6, 6, 6, 6);
        add(title, c);
        add(reason, c);
        c.gridwidth = 1;
        c.gridy = 2;
        add(open, c);
        c.gridx = 1;
        add(sample, c);
    }

    /** Says why nothing is open (the problems are in their dialog). */
    void failed(String why) {
        reason.setText(why + " The problems are listed in their dialog.");
    }
}
