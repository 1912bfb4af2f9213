package org.alvh.ui;

import java.awt.Component;
import java.awt.Font;
import java.util.List;
import java.util.function.IntPredicate;

import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.SwingConstants;
import javax.swing.UIManager;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.TableCellRenderer;
import javax.swing.table.TableColumn;
import javax.swing.table.TableColumnModel;

/** Table helpers: number renderers and a simple read-only row model. */
final class Tables {
    private Tables() {
    }

    /** Right-aligned fixed decimals; "—" for null. */
    static DefaultTableCellRenderer numbers(int decimals) {
        return new DefaultTableCellRenderer() {
            @Override
            protected void setValue(Object value) {
                setHorizontalAlignment(SwingConstants.RIGHT);
                setText(value instanceof Number n ? Formats.fixed(n.doubleValue(), decimals)
                        : value == null ? "" : value.toString());
            }
        };
    }

    /** Right-aligned USD with cents ({@code −$1,234.50}, as {@link Formats#usd}); text cells as they are. */
    static DefaultTableCellRenderer usd() {
        return new DefaultTableCellRenderer() {
            @Override
            protected void setValue(Object value) {
                setHorizontalAlignment(SwingConstants.RIGHT);
                setText(value instanceof Number n ? Formats.usd(n.doubleValue()) : value == null ? "" : value.toString());
            }
        };
    }

    /** Right-aligned USD amounts in billions ({@code 816.50 bn}); the model keeps the exact dollars. */
    static DefaultTableCellRenderer billions() {
        return new DefaultTableCellRenderer() {
            @Override
            protected void setValue(Object value) {
                setHorizontalAlignment(SwingConstants.RIGHT);
                setText(value instanceof Number n ? Formats.billions(n.doubleValue()) : "");
            }
        };
    }

    static DefaultTableCellRenderer percent(int decimals) {
        return new DefaultTableCellRenderer() {
            @Override
            protected void setValue(Object value) {
                setHorizontalAlignment(SwingConstants.RIGHT);
                setText(value instanceof Number n ? Formats.percent(n.doubleValue(), decimals) : "");
            }
        };
    }

    /** Client property of a column (its identifier is not used): the widest it is fitted to, in pixels. */
    static final String MAX_FIT = "alvh.maxFitWidth";
    /** Rows looked at when fitting a column (enough to see the long names; the rest show theirs in the tooltip). */
    static final int FIT_ROWS = 1_000;
    private static final int FIT_PADDING = 10;

    /**
     * A table that fills its viewport when its columns fit and scrolls sideways when they do not: no column is
     * squeezed below its content (see {@link #fit}).
     */
    static JTable table(javax.swing.table.TableModel model) {
        return new JTable(model) {
            @Override
            public boolean getScrollableTracksViewportWidth() {
                return getParent() == null || getPreferredSize().width <= getParent().getWidth();
            }
        };
    }

    /**
     * Widens every column to its content: the header and the cells of the first {@value #FIT_ROWS} rows as
     * the renderers draw them, capped where {@link #capFit} set a cap (a long text with a detail pane). Only
     * widens: a column the user made wider stays as wide.
     */
    static void fit(JTable table) {
        TableColumnModel columns = table.getColumnModel();
        int rows = Math.min(table.getRowCount(), FIT_ROWS);
        for (int c = 0; c < columns.getColumnCount(); c++) {
            TableColumn column = columns.getColumn(c);
            int width = contentWidth(table, c, rows);
            Object cap = table.getClientProperty(MAX_FIT + c);
            if (cap instanceof Integer max) {
                width = Math.min(width, max);
            }
            if (width > column.getPreferredWidth()) {
                column.setPreferredWidth(width);
            }
            if (width > column.getWidth()) {
                column.setWidth(width);
            }
        }
        table.getTableHeader().resizeAndRepaint();
        table.revalidate();
        table.repaint();
    }

    /** The widest of the header and the first {@code rows} cells of view column {@code c}, with padding. */
    static int contentWidth(JTable table, int c, int rows) {
        TableColumn column = table.getColumnModel().getColumn(c);
        TableCellRenderer header = column.getHeaderRenderer() != null ? column.getHeaderRenderer()
                : table.getTableHeader().getDefaultRenderer();
        int width = header.getTableCellRendererComponent(table, column.getHeaderValue(), false, false, -1, c)
                .getPreferredSize().width;
        for (int r = 0; r < rows; r++) {
            Component cell = table.prepareRenderer(table.getCellRenderer(r, c), r, c);
            width = Math.max(width, cell.getPreferredSize().width);
        }
        return width + FIT_PADDING;
    }

    /** Caps the fitted width of view column {@code c} (its full text is in a detail pane or a tooltip). */
    static void capFit(JTable table, int c, int maxWidth) {
        table.putClientProperty(MAX_FIT + c, maxWidth);
    }

    static void widths(JTable table, int... widths) {
        TableColumnModel columns = table.getColumnModel();
        for (int i = 0; i < widths.length && i < columns.getColumnCount(); i++) {
            columns.getColumn(i).setPreferredWidth(widths[i]);
        }
    }

    static void minWidths(JTable table, int... widths) {
        TableColumnModel columns = table.getColumnModel();
        for (int i = 0; i < widths.length && i < columns.getColumnCount(); i++) {
            columns.getColumn(i).setMinWidth(widths[i]);
        }
    }

    /** Every cell shows its full text as a tooltip (for columns too narrow for long rules). */
    static void tooltips(JTable table) {
        table.setDefaultRenderer(String.class, new DefaultTableCellRenderer() {
            @Override
            public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focus,
                                                           int row, int column) {
                Component c = super.getTableCellRendererComponent(t, value, selected, focus, row, column);
                setToolTipText(value == null || value.toString().isEmpty() ? null : value.toString());
                return c;
            }
        });
    }

    /**
     * Read-only text that wraps at the width it is given, looking like a label (a JLabel cuts a long line
     * off at the window's edge).
     */
    static javax.swing.JTextArea wrapping(String text, boolean bold) {
        javax.swing.JTextArea area = new javax.swing.JTextArea(text);
        area.setEditable(false);
        area.setFocusable(false);
        area.setOpaque(false);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        Font font = UIManager.getFont("Label.font");
        area.setFont(bold ? font.deriveFont(Font.BOLD) : font);
        area.setBorder(null);
        return area;
    }

    /** A label styled as a section heading. */
    static JLabel heading(String text) {
        JLabel label = new JLabel(text);
        label.setFont(UIManager.getFont("Label.font").deriveFont(Font.BOLD));
        return label;
    }

    /**
     * Rows of cells, read only. The columns and their types are fixed at construction; {@link #setRows} replaces
     * only the rows, so a table keeps its one model, and with it its renderers, column widths and row sorter
     * (the user's column sizes and sort order survive a new result).
     */
    static final class RowModel extends AbstractTableModel {
        private final List<String> columns;
        private final List<Class<?>> types;
        private List<List<Object>> rows = List.of();

        /** An empty model with these columns. */
        RowModel(List<String> columns, List<Class<?>> types) {
            this.columns = List.copyOf(columns);
            this.types = List.copyOf(types);
        }

        /** Replaces the rows (each as long as the columns) and tells the table: only the cells repaint. */
        void setRows(List<List<Object>> rows) {
            this.rows = rows;
            fireTableDataChanged();
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return columns.size();
        }

        @Override
        public String getColumnName(int column) {
            return columns.get(column);
        }

        @Override
        public Class<?> getColumnClass(int column) {
            return types.get(column);
        }

        @Override
        public Object getValueAt(int row, int column) {
            return rows.get(row).get(column);
        }
    }

    /**
     * {@code base} with the unselected rows whose model index satisfies {@code inactive} greyed and italic
     * (inactive layers), keeping the renderer's own formatting. A {@link DefaultTableCellRenderer} keeps a colour
     * set on it as its colour for every later cell, so its colours are reset before each cell: every other row
     * has the table's own colours (and follows the theme).
     */
    static TableCellRenderer greyed(DefaultTableCellRenderer base, IntPredicate inactive) {
        return (table, value, selected, focus, row, column) -> {
            base.setForeground(null);
            base.setBackground(null);
            Component c = base.getTableCellRendererComponent(table, value, selected, focus, row, column);
            if (!selected && inactive.test(table.convertRowIndexToModel(row))) {
                c.setForeground(UIManager.getColor("Alvh.inactive.foreground"));
                c.setBackground(UIManager.getColor("Alvh.table.inactiveBackground"));
                c.setFont(c.getFont().deriveFont(Font.ITALIC));
            }
            return c;
        };
    }
}
