package org.alvh.ui;

import javax.swing.JComponent;
import javax.swing.JSplitPane;

/** Split panes whose divider position is remembered in the preferences. */
final class Splits {
    /** A side narrower than this many pixels is taken as hidden by mistake. */
    static final int COLLAPSED = 40;

    private Splits() {
    }

    /**
     * A vertical split whose first layout gives {@code bottom} its preferred height (its rows are all seen) and
     * the rest, at least {@code minTop} pixels, to {@code top}; later resizes share by {@code weight}.
     */
    static JSplitPane bottomFitted(String name, JComponent top, JComponent bottom, int minTop, double weight,
                                   UiPrefs prefs) {
        boolean saved = prefs.split(name) > 0;
        JSplitPane split = create(name, JSplitPane.VERTICAL_SPLIT, top, bottom, weight, prefs);
        if (!saved) {
            split.addComponentListener(new java.awt.event.ComponentAdapter() {
                @Override
                public void componentResized(java.awt.event.ComponentEvent e) {
                    if (split.getHeight() > 0) {
                        split.removeComponentListener(this);
                        // after the proportional location of create(), which the same event also sets
                        javax.swing.SwingUtilities.invokeLater(() -> split.setDividerLocation(Math.max(minTop,
                                split.getHeight() - split.getDividerSize() - bottom.getPreferredSize().height)));
                    }
                }
            });
        }
        return split;
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
        // a side squeezed to nothing by a location taken at another size (a saved one, or one set while the pane
        // had a passing size) is given back its share: nothing of a view hides behind a divider at the edge
        split.addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentResized(java.awt.event.ComponentEvent e) {
                int total = orientation == JSplitPane.HORIZONTAL_SPLIT ? split.getWidth() : split.getHeight();
                int location = split.getDividerLocation();
                if (total > 4 * COLLAPSED && (location < COLLAPSED
                        || location > total - split.getDividerSize() - COLLAPSED)) {
                    javax.swing.SwingUtilities.invokeLater(() -> split.setDividerLocation(weight));
                }
            }
        });
        split.addPropertyChangeListener(JSplitPane.DIVIDER_LOCATION_PROPERTY, e -> {
            if (split.isShowing() && split.getDividerLocation() > 0) {
                prefs.split(name, split.getDividerLocation());
            }
        });
        return split;
    }

    /**
     * Moves the divider of a horizontal split so that one side gets at least {@code width} pixels (a table's
     * fitted content), leaving the other side at least {@code minOther}; never narrows that side. Does nothing
     * before the split has a size.
     */
    static void ensureWidth(JSplitPane split, Side side, int width, int minOther) {
        int total = split.getWidth() - split.getDividerSize();
        if (total <= 0) {
            return;
        }
        int location = split.getDividerLocation();
        if (side == Side.SECOND && total - location < width) {
            split.setDividerLocation(Math.max(minOther, total - width));
        } else if (side == Side.FIRST && location < width) {
            split.setDividerLocation(Math.min(width, total - minOther));
        }
    }

    /** Which side of a split. */
    enum Side {
        FIRST, SECOND
    }

    /** The width a table needs in its scroll pane: its columns, a vertical scroll bar and the borders. */
    static int tableWidth(javax.swing.JTable table) {
        return table.getPreferredSize().width + Math.max(javax.swing.UIManager.getInt("ScrollBar.width"), 16) + 16;
    }
}
