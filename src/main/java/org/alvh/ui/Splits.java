package org.alvh.ui;

import javax.swing.JComponent;
import javax.swing.JSplitPane;

/** Split panes whose divider position is remembered in the preferences. */
final class Splits {
    private Splits() {
    }

    static JSplitPane create(String name, int orientation, JComponent first, JComponent second, double weight,
                             UiPrefs prefs) {
        JSplitPane split = new JSplitPane(orientation, true, first, second);
        split.setName(name);
        split.setResizeWeight(weight);
        split.setBorder(null);
        split.setContinuousLayout(true);
        int saved = prefs.split(name);
        if (saved > 0) {
            split.setDividerLocation(saved);
        } else {
            // a proportional location only takes once the pane has a size: apply it on the first layout
            split.addComponentListener(new java.awt.event.ComponentAdapter() {
                @Override
                public void componentResized(java.awt.event.ComponentEvent e) {
                    if (split.getWidth() > 0 && split.getHeight() > 0) {
                        split.removeComponentListener(this);
                        split.setDividerLocation(weight);
                    }
                }
            });
        }
        split.addPropertyChangeListener(JSplitPane.DIVIDER_LOCATION_PROPERTY, e -> {
            if (split.isShowing() && split.getDividerLocation() > 0) {
                prefs.split(name, split.getDividerLocation());
            }
        });
        return split;
    }
}
