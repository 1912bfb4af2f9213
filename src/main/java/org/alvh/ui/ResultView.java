package org.alvh.ui;

import javax.swing.JComponent;

import org.alvh.calc.AlvhResult;

/** A tab of the window that displays one result. EDT only. */
interface ResultView {
    /** Tab title. */
    String title();

    JComponent component();

    /** Shows a result: builds new table models and datasets from it and swaps them in. */
    void show(AlvhResult result);

    /** The theme changed: rebuild what the look and feel does not restyle by itself (charts). */
    void themeChanged();
}
