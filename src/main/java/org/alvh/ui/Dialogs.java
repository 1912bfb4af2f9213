package org.alvh.ui;

import java.awt.Component;
import java.awt.Dialog;
import java.awt.Window;

import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;

/**
 * Modal dialogs that give the keyboard back: when one closes, its owner window is brought to the front and
 * focused again (without a window manager, or with some, focus otherwise stays nowhere and the window's
 * shortcuts do nothing until the user clicks into it). EDT only.
 */
final class Dialogs {
    private Dialogs() {
    }

    /** Shows a modal dialog and, once it is closed, refocuses its owner. */
    static void showModal(Dialog dialog) {
        try {
            dialog.setVisible(true);
        } finally {
            refocus(dialog.getOwner());
        }
    }

    /** {@link JOptionPane#showOptionDialog}, then the owner window is refocused. */
    static int option(Component parent, Object message, String title, int optionType, int messageType,
                      Object[] options, Object initial) {
        try {
            return JOptionPane.showOptionDialog(parent, message, title, optionType, messageType, null, options,
                    initial);
        } finally {
            refocus(parent instanceof Window w ? w : parent == null ? null : SwingUtilities.getWindowAncestor(parent));
        }
    }

    /** Refocuses the window of {@code parent} after a dialog that returned {@code answer}; returns the answer. */
    static int refocusing(int answer, Component parent) {
        refocus(parent instanceof Window w ? w : parent == null ? null : SwingUtilities.getWindowAncestor(parent));
        return answer;
    }

    /** Brings {@code window} to the front and asks for the focus for it (its last focused component). */
    static void refocus(Window window) {
        if (window == null || !window.isShowing()) {
            return;
        }
        window.toFront();
        Component last = window.getMostRecentFocusOwner();
        if (last != null && last.isShowing()) {
            last.requestFocus();
        } else {
            window.requestFocus();
        }
    }
}
