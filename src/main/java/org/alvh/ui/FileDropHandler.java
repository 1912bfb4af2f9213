package org.alvh.ui;

import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

import javax.swing.TransferHandler;

/** Drop a snapshot (folder, CSV inside one, or .zip) on the window to open it. */
final class FileDropHandler extends TransferHandler {
    private final Consumer<java.nio.file.Path> open;

    FileDropHandler(Consumer<java.nio.file.Path> open) {
        this.open = open;
    }

    @Override
    public boolean canImport(TransferSupport support) {
        return support.isDataFlavorSupported(DataFlavor.javaFileListFlavor);
    }

    @Override
    public boolean importData(TransferSupport support) {
        if (!canImport(support)) {
            return false;
        }
        List<?> files;
        try {
            files = (List<?>) support.getTransferable().getTransferData(DataFlavor.javaFileListFlavor);
        } catch (UnsupportedFlavorException | IOException e) {
            // the drag source withdrew its data: nothing was dropped, nothing to open
            return false;
        }
        if (files.isEmpty() || !(files.get(0) instanceof File file)) {
            return false;
        }
        open.accept(file.toPath());
        return true;
    }
}
