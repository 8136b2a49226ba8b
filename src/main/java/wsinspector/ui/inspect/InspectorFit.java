package wsinspector.ui.inspect;

import java.util.function.BooleanSupplier;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;

/**
 * The inspector's height arithmetic, apart from what it shows: where its dividers stand for the room there is
 * (the hex {@link #HEX_ROWS} rows tall, the explanation whole, the tabs the rest), the least height the window
 * must give it, and the explanation growing or shrinking when another field is chosen.
 */
final class InspectorFit {
    /** Rows of hex the upper part is sized for: a frame's header and the start of its payload, a handshake's first lines. */
    static final int HEX_ROWS = 6;
    /** The fewest rows of hex in a small window, to leave the explanation whole. */
    static final int MIN_HEX_ROWS = 3;
    /** Rows (of hex height) of the tab's view the tabs keep under their headers, whatever the explanation needs. */
    static final int TAB_LEAST_ROWS = 6;

    /** The three parts one above the other: hex and tree, the explanation, the tabs. */
    private final SplitPane split;
    /** The hex column beside the tree. */
    private final SplitPane upper;
    private final HexView hex;
    private final Label hexNotice;
    private final DetailView detail;
    private final TabPane tabs;
    /** Whether the column shows all three parts of a message, whole (not a reveal under way, not the tabs alone). */
    private final BooleanSupplier columnWhole;
    private boolean fitPending;

    InspectorFit(SplitPane split, SplitPane upper, HexView hex, Label hexNotice, DetailView detail, TabPane tabs,
            BooleanSupplier columnWhole) {
        this.split = split;
        this.upper = upper;
        this.hex = hex;
        this.hexNotice = hexNotice;
        this.detail = detail;
        this.tabs = tabs;
        this.columnWhole = columnWhole;
    }

    /** Fits once, after the changes of this pulse (a resize comes as width and height, each would fit). */
    void fitLater() {
        if (!fitPending) {
            fitPending = true;
            Platform.runLater(() -> {
                fitPending = false;
                fit();
            });
        }
    }

    /**
     * Places the dividers for the room there is (on the first message, and when the pane is resized,
     * for example when the client and server are hidden): the hex {@link #HEX_ROWS} rows tall and
     * as wide as a row of 8 bytes, the tree beside it, the explanation its whole height.
     */
    private void fit() {
        double h = split.getHeight();
        double w = split.getWidth();
        if (h <= 0 || w <= 0 || !columnWhole.getAsBoolean()) {
            return;   // a reveal under way fits once its last part is on screen
        }
        double share = hexShare(w);
        if (share > 0) {
            upper.setDividerPositions(share);
        }
        double detailPx = detailHeight(w) + dividerHeight();
        double upperPx = hexHeight(HEX_ROWS, w);
        double room = h - tabsLeast();
        if (upperPx + detailPx > room) {
            // a small window: the explanation stays whole, the hex gives up rows down to MIN_HEX_ROWS
            upperPx = Math.max(hexHeight(MIN_HEX_ROWS, w), room - detailPx);
        }
        double top = Math.min(0.45, upperPx / h);
        // short of room, the explanation stays whole and the tab's view gives up rows, down to one
        double bottom = Math.min(1 - tabsFewest() / h, top + detailPx / h);
        split.setDividerPositions(top, Math.max(top, bottom));
    }

    /**
     * The hex's share of the width beside the tree: as wide as a row of 8 bytes, within 30–60 %; -1 before the type
     * is known.
     */
    double hexShare(double width) {
        double hexWidth = hex.narrowWidth();
        return hexWidth > 0 && width > 0 ? Math.max(0.3, Math.min(0.6, hexWidth / width)) : -1;
    }

    /**
     * The least height of the column at this width: {@link #MIN_HEX_ROWS} rows of hex beside the tree, the
     * explanation whole, the tab headers and {@link #TAB_LEAST_ROWS} rows of the tab's view; the tabs alone
     * when they are enlarged.
     */
    double leastHeight(double width, boolean tabsEnlarged) {
        if (tabsEnlarged) {
            return tabsLeast();
        }
        return hexHeight(MIN_HEX_ROWS, width) + detailHeight(width) + 2 * dividerHeight() + tabsLeast();
    }

    /** After a field is chosen: its explanation gets the room it needs, from the tabs or back to them. */
    void growDetailLater() {
        Platform.runLater(() -> {
            double h = split.getHeight();
            if (h <= 0 || split.getDividerPositions().length < 2 || !columnWhole.getAsBoolean()) {
                return;
            }
            // measured from the divider above, not added to what it has: several of these may run before a layout
            // pass (a step selects a message, then a field), and each would add the same difference again
            double[] p = split.getDividerPositions();
            double need = (detailHeight(split.getWidth()) + dividerHeight()) / h;
            split.setDividerPosition(1, Math.max(p[0], Math.min(1 - tabsFewest() / h, p[0] + need)));
        });
    }

    /** The upper part for so many rows of hex: the rows, a scroll bar, a HAR's notice over them. */
    private double hexHeight(int rows, double width) {
        double hexWidth = width * (upper.getDividers().isEmpty() ? 0.56 : upper.getDividers().get(0).getPosition());
        return rows * hex.rowHeight() + scrollBarAndPadding() + (hexNotice.isManaged() ? hexNotice.prefHeight(hexWidth) : 0);
    }

    /** The tabs' headers and {@link #TAB_LEAST_ROWS} rows of the view under them. */
    private double tabsLeast() {
        return tabHeadersHeight() + TAB_LEAST_ROWS * hex.rowHeight();
    }

    /** The tabs' headers and one row of the view: what they keep when the explanation needs the rest. */
    private double tabsFewest() {
        return tabHeadersHeight() + hex.rowHeight();
    }

    private double tabHeadersHeight() {
        Node headers = tabs.lookup(".tab-header-area");
        return headers instanceof Region r && r.getHeight() > 0 ? r.getHeight() : 2 * hex.rowHeight();
    }

    private double detailHeight(double width) {
        return Math.ceil(detail.contentHeight(width)) + hex.rowHeight() * 0.3;
    }

    /** A horizontal scroll bar and the padding, about one row of hex. */
    private double scrollBarAndPadding() {
        return hex.rowHeight();
    }

    private double dividerHeight() {
        return hex.rowHeight() * 0.4;
    }
}
