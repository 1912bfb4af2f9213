package org.alvh.ui;

import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.JTextComponent;

/** Runs an action on every edit of a text field (insert, remove or attribute change). EDT only. */
final class OnTextChange implements DocumentListener {
    private final Runnable action;

    private OnTextChange(Runnable action) {
        this.action = action;
    }

    static void listen(JTextComponent field, Runnable action) {
        field.getDocument().addDocumentListener(new OnTextChange(action));
    }

    @Override
    public void insertUpdate(DocumentEvent e) {
        action.run();
    }

    @Override
    public void removeUpdate(DocumentEvent e) {
        action.run();
    }

    @Override
    public void changedUpdate(DocumentEvent e) {
        action.run();
    }
}
