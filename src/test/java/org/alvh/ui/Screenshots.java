package org.alvh.ui;

import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;

/** Paints a component into an image, on the EDT; plain Swing, so the screen tour needs no test library. */
final class Screenshots {
    private Screenshots() {
    }

    static BufferedImage paint(Component component) {
        AtomicReference<BufferedImage> image = new AtomicReference<>();
        Runnable work = () -> {
            BufferedImage img = new BufferedImage(component.getWidth(), component.getHeight(),
                    BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            try {
                component.printAll(g);
            } finally {
                g.dispose();
            }
            image.set(img);
        };
        if (SwingUtilities.isEventDispatchThread()) {
            work.run();
        } else {
            try {
                SwingUtilities.invokeAndWait(work);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while painting", e);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("cannot paint " + component, e.getCause());
            }
        }
        return image.get();
    }
}
