package org.alvh.ui;

import javax.swing.JComponent;

import org.alvh.calc.AlvhResult;

/** A tab of the window that displays one result. EDT only. */
interface ResultView {
    /** Tab title. */
    String title();

    JComponent component();

    /**
     * Shows a result: replaces the rows of the view's table models (their columns never change, so the user's
     * column widths and sort order stay) and swaps in new chart datasets.
     */
    void show(AlvhResult result);

    /** The theme changed: rebuild what the look and feel does not restyle by itself (charts). */
    void themeChanged();
}
