package org.alvh.ui;

/** Placeholder until the window lands (issue 3); replaced on the ui branch. */
public final class App {
    private App() {
    }

    public static void launch(String path) {
        throw new UnsupportedOperationException("the workstation window is not built yet");
    }
}
