package org.alvh.ui;

import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the window remembers (java.util.prefs): theme, bounds, split panes and recent snapshots. The node is
 * named by the system property {@value #NODE_PROPERTY} (default {@value #DEFAULT_NODE}) so that tests never
 * touch the user's preferences.
 */
public final class UiPrefs {
    public static final String NODE_PROPERTY = "alvh.prefs.node";
    public static final String DEFAULT_NODE = "/org/alvh/workstation";
    public static final int MAX_RECENT = 8;

    private final Preferences node;

    public UiPrefs(Preferences node) {
        this.node = node;
    }

    public static UiPrefs fromSystemProperty() {
        return new UiPrefs(Preferences.userRoot().node(System.getProperty(NODE_PROPERTY, DEFAULT_NODE)));
    }

    public Theme theme() {
        return Theme.parse(node.get("theme", Theme.LIGHT.name()));
    }

    public void theme(Theme theme) {
        node.put("theme", theme.name());
    }

    /** The saved window bounds, or null when none were saved. */
    public Rectangle bounds() {
        int w = node.getInt("window.width", -1);
        int h = node.getInt("window.height", -1);
        if (w <= 0 || h <= 0) {
            return null;
        }
        return new Rectangle(node.getInt("window.x", 0), node.getInt("window.y", 0), w, h);
    }

    public void bounds(Rectangle r) {
        node.putInt("window.x", r.x);
        node.putInt("window.y", r.y);
        node.putInt("window.width", r.width);
        node.putInt("window.height", r.height);
    }

    public boolean maximized() {
        return node.getBoolean("window.maximized", false);
    }

    public void maximized(boolean value) {
        node.putBoolean("window.maximized", value);
    }

    /** A split pane's divider location, or -1. */
    public int split(String name) {
        return node.getInt("split." + name, -1);
    }

    public void split(String name, int location) {
        node.putInt("split." + name, location);
    }

    public List<Path> recent() {
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String p = node.get("recent." + i, null);
            if (p != null && !p.isBlank()) {
                paths.add(Path.of(p));
            }
        }
        return paths;
    }

    /** Puts {@code path} first in the recent list (once), keeping at most {@link #MAX_RECENT}. */
    public void addRecent(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        List<Path> paths = new ArrayList<>(recent());
        paths.remove(absolute);
        paths.add(0, absolute);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < paths.size()) {
                node.put("recent." + i, paths.get(i).toString());
            } else {
                node.remove("recent." + i);
            }
        }
    }

    public void clearRecent() {
        for (int i = 0; i < MAX_RECENT; i++) {
            node.remove("recent." + i);
        }
    }

    /** Writes the node to the backing store; a failure is reported to the caller. */
    public void flush() throws BackingStoreException {
        node.flush();
    }

    /** Removes the whole node (tests). */
    public void removeAll() throws BackingStoreException {
        node.removeNode();
    }
}
