package wsinspector.ui.inspect;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;

/**
 * The inspector's height arithmetic, apart from what it shows: where its dividers stand for the room there is
 * (the hex {@link #HEX_ROWS} rows tall, the explanation whole, the tabs the rest), the least height the window
 * must give it, and the explanation growing or shrinking when another field is chosen. The view a step talks about
 * ({@link StepTab}) comes first: its part gets the height it needs, the hex and the explanation what is left, and
 * where that is less than their least they step aside (the tabs stand alone) rather than cut the part the lecturer
 * is talking about.
 */
final class InspectorFit {
    /** Rows of hex the upper part is sized for: a frame's header and the start of its payload, a handshake's first lines. */
    static final int HEX_ROWS = 6;
    /** The fewest rows of hex in a small window, to leave the explanation whole. */
    static final int MIN_HEX_ROWS = 3;
    /** Rows (of hex height) of the tab's view the tabs keep under their headers, whatever the explanation needs. */
    static final int TAB_LEAST_ROWS = 6;
    /** The most of the width the hex takes beside the tree. */
    static final double HEX_MOST = 0.7;

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
    /** The view the step on screen talks about, or null. */
    private final Supplier<StepTab> named;
    /** Told whether the tabs are to stand alone, for the step's part to show whole. */
    private final Consumer<Boolean> tabsAlone;
    /**
     * The height the column has only because the tabs stand alone now (the header's summary line, hidden for them); 0
     * while they share the column.
     */
    private final DoubleSupplier aloneGain;
    private boolean fitPending;
    /** Told when the least height may have changed (see onLeastChanged). */
    private Runnable leastChanged = this::fitLater;
    /**
     * The tab headers' height as last laid out while they showed: they step aside with the hex and the explanation
     * when the step's view stands alone, and whether it stands alone is weighed with them.
     */
    private double headersPx;
    /** The other half of the step's view, folded away for its part (see showPartWhole); null when none is. */
    private Region folded;

    InspectorFit(SplitPane split, SplitPane upper, HexView hex, Label hexNotice, DetailView detail, TabPane tabs,
            BooleanSupplier columnWhole, Supplier<StepTab> named, Consumer<Boolean> tabsAlone, DoubleSupplier aloneGain) {
        this.split = split;
        this.upper = upper;
        this.hex = hex;
        this.hexNotice = hexNotice;
        this.detail = detail;
        this.tabs = tabs;
        this.columnWhole = columnWhole;
        this.named = named;
        this.tabsAlone = tabsAlone;
        this.aloneGain = aloneGain;
    }

    /**
     * Calls {@code action} when the least height may have changed: the tab headers laid out (the first view's tabs
     * come in its last step; the type changed), another tab in front (the step's view, built as it comes in front).
     */
    void onLeastChanged(Runnable action) {
        leastChanged = action;
        tabs.skinProperty().addListener((obs, old, now) -> {
            if (tabs.lookup(".tab-header-area") instanceof Region headers) {
                headers.heightProperty().addListener((o, was, is) -> action.run());
            }
        });
        // the view of the tab in front comes after its header (the first view in steps, again after a new language):
        // the step's part is measured once it is there
        javafx.beans.value.ChangeListener<Node> viewCame = (obs, old, now) -> action.run();
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.contentProperty().removeListener(viewCame);
            }
            if (now != null) {
                now.contentProperty().addListener(viewCame);
            }
            action.run();
        });
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
        double stepPart = namedPartHeight(w);
        if (stepPart > 0) {
            // the step's part first; the hex, the explanation and the tab headers get what is left, or step aside
            double stepTabs = stepPart + shownHeadersHeight();
            double hexLeast = hexHeight(MIN_HEX_ROWS, w);
            // whether the tabs stand alone is weighed at the height the column has while they share it: standing alone
            // they get the header's summary line too, and weighed at that height the choice turned over at every fit
            // (the lesson's pong at 1920×1080 F11 in English: alone at 635 px, so 684 px, so sharing, so 635 px...):
            // the window flickered between both, the FX thread busy, the payload's view at times with no height
            double shared = h - aloneGain.getAsDouble();
            // beside a small part (a close code, four bytes of data: half the height or less) the hex and the tree
            // come back even where the explanation would not fit whole (the step's words say what it would), and the
            // rest of the height goes to them, whole if it can, then to the part's view. Standing alone, a small view
            // left a third of the screen blank under it (1280x800), and beside it the explanation got that blank
            // (1920x1080) (W7-4)
            boolean small = stepTabs <= shared / 2;
            double room = shared - stepTabs - hexLeast - dividerHeight();
            boolean alone = small ? room < 0 : room < detailPx;
            tabsAlone.accept(alone);
            boolean detailShown = alone || room >= detailPx;
            foldDetail(!detailShown);
            if (!alone && small) {
                double detailPart = detailShown ? detailPx : 0;
                double upperShown = Math.max(hexLeast, Math.min(h - stepTabs - detailPart - dividerHeight(),
                        Math.max(upperPx, upperWholeHeight())));
                split.setDividerPositions(upperShown / h, Math.min(1, (upperShown + detailPart) / h));
            } else if (!alone) {
                double bottom = 1 - stepTabs / h;
                double top = Math.max(hexLeast / h, Math.min(upperPx / h, bottom - detailPx / h));
                split.setDividerPositions(top, Math.max(top, bottom));
            }
            showPartWhole(w);
            return;
        }
        tabsAlone.accept(false);
        foldDetail(false);
        unfold();
        double room = h - tabsWanted(w);
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
     * The hex's share of the width beside the tree: as wide as a row of 8 bytes, within 30–70 % (beside the live
     * stepper's column, 790 px wide at 1280×800, a handshake's rows of eight scrolled sideways at 60 %); -1 before
     * the type is known.
     */
    double hexShare(double width) {
        double hexWidth = hex.narrowWidth();
        if (hexWidth > HEX_MOST * width) {
            // a narrow row does not fit in the most the hex may take: it shows its tightest rows (HexView#bytesPerRowFor),
            // and is sized for them. Sized for the narrow row it stood a fifth empty while the tree beside it cut its
            // labels (F11 at 1920x1080, the lesson's pong: «Нагрузк»)
            hexWidth = hex.tightWidth();
        }
        return hexWidth > 0 && width > 0 ? Math.max(0.3, Math.min(HEX_MOST, hexWidth / width)) : -1;
    }

    /**
     * The least height of the column at this width: {@link #MIN_HEX_ROWS} rows of hex beside the tree, the
     * explanation whole, the tab headers and {@link #TAB_LEAST_ROWS} rows of the tab's view; the tabs alone
     * when they are enlarged.
     */
    double leastHeight(double width, boolean tabsEnlarged) {
        return height(width, tabsEnlarged, tabsLeast());
    }

    /**
     * As {@link #leastHeight}, with the room the tab in front would like: every line of the handshake's message shown,
     * where they are one row each. What the window shares its height by; where it gives less, the hex gives up rows and
     * the lines scroll (the least is what the inspector keeps before it scrolls).
     */
    double wantedHeight(double width, boolean tabsEnlarged) {
        return height(width, tabsEnlarged, tabsWanted(width));
    }

    private double height(double width, boolean tabsEnlarged, double tabsPx) {
        double stepPart = namedPartHeight(width);
        if (stepPart > 0) {
            // the step's view alone, its part whole; more room brings the headers, the hex and the explanation back
            return stepPart;
        }
        if (tabsEnlarged) {
            return tabsPx;
        }
        return hexHeight(MIN_HEX_ROWS, width) + detailHeight(width) + 2 * dividerHeight() + tabsPx;
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

    /**
     * The height the step's part needs at this width (and a divider, where its view's other half stands over it); 0
     * when no step names the tab in front or its view is not built yet. Without the tab headers: they step aside when
     * the view stands alone.
     */
    double namedPartHeight(double width) {
        Region part = stepPart();
        if (part == null || width <= 0) {
            return 0;
        }
        measureAgainWhenLaidOut(part);
        double need = partHeight(part, width);
        SplitPane around = SplitHalves.around(part, tabs);
        if (around != null && around.getOrientation() == Orientation.VERTICAL && around.getItems().size() == 2) {
            need += dividerHeight();
        }
        return need;
    }

    /**
     * A part not laid out yet (its view just built: a new message, a new language) is measured at a guessed width, the
     * view's other half not beside it: once it has its width, the least height is asked again, and the fit done again.
     */
    private void measureAgainWhenLaidOut(Region part) {
        if (part.getWidth() > 0 || part.getProperties().containsKey(InspectorFit.class)) {
            return;
        }
        javafx.beans.InvalidationListener once = new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable o) {
                part.widthProperty().removeListener(this);
                leastChanged.run();
            }
        };
        part.getProperties().put(InspectorFit.class, once);
        part.widthProperty().addListener(once);
    }

    /** The tab headers' height when they show (they may be aside now): as last laid out, else as they ask. */
    private double shownHeadersHeight() {
        double now = tabHeadersHeight();
        if (now > 0) {
            headersPx = now;
        }
        return headersPx > 0 ? headersPx : 2 * hex.rowHeight();
    }

    /** The part of the tab in front a step names, once its view is built; null otherwise. */
    private Region stepPart() {
        StepTab step = named.get();
        Tab front = tabs.getSelectionModel().getSelectedItem();
        if (step == null || front == null || !step.id().equals(front.getId()) || front.getContent() == null) {
            return null;
        }
        Node content = front.getContent();
        Node part = content.lookup("." + step.part());
        if (part == null && content.getScene() != null) {
            content.applyCss();   // a view just built: its skin (a scroll pane's content) comes with its styles
            part = content.lookup("." + step.part());
        }
        return part instanceof Region r ? r : null;
    }

    /**
     * The part's height at the width it would have in an inspector this wide (what stands around it as laid out, two
     * rows before it is), and the scroll pane's border and padding around it and a third of a row: a view that needs
     * its whole height shows no scroll bar. The window asks at the width the inspector would have beside the timeline.
     */
    private double partHeight(Region part, double width) {
        double around = part.getWidth() > 0 && tabs.getWidth() > part.getWidth() ? tabs.getWidth() - part.getWidth()
                : 2 * hex.rowHeight();
        SplitPane halves = SplitHalves.around(part, tabs);
        if (halves != null && halves.getOrientation() == Orientation.VERTICAL && halves.getWidth() > 0
                && part.getWidth() > 0 && part.getWidth() < 0.9 * halves.getWidth()) {
            // one over the other, the part has the halves' width; a narrower width is the one it had beside its other
            // half, not laid out again yet (F5 Back then Next: the proof's 662 px of 1280 made it ask 744 px beside the
            // timeline, which stepped away for good, AcceptStepOnStageTest)
            Node other = SplitHalves.otherHalf(part, halves);
            Node item = halves.getItems().get(other == halves.getItems().get(0) ? halves.getItems().size() - 1 : 0);
            double chrome = item instanceof Region r ? r.snappedLeftInset() + r.snappedRightInset() : 0;
            around = Math.max(0, tabs.getWidth() - halves.getWidth()) + chrome;
        }
        double partWidth = Math.max(hex.rowHeight(), width - around);
        return Math.ceil(part.prefHeight(partWidth)) + scrollChrome(part) + hex.rowHeight() * 0.3;
    }

    /** Where the part stands under (or over) its view's other half: that half gives it the height it needs. */
    private void showPartWhole(double width) {
        unfold();
        Region part = stepPart();
        if (part != null) {
            PartInView.keep(part, () -> stepPart() == part);   // a part below its view's top, scrolled to
        }
        SplitPane around = part == null ? null : SplitHalves.around(part, tabs);
        if (around == null || around.getOrientation() != Orientation.VERTICAL || around.getHeight() <= 0
                || around.getItems().size() != 2) {
            return;
        }
        double need = partHeight(part, width) + dividerHeight() / 2;
        // the other half (the lines over the proof) folds away unless it shows whole beside the step's part: hidden,
        // not a strip scrolled over it that cuts its first line (60 px of the lines stood over the computation at
        // 1920×1080); it comes back when no step names the part, see unfold
        if (SplitHalves.otherHalf(part, around) instanceof Region other) {
            other.setMinHeight(0);
            boolean fold = around.getHeight() - need < SplitHalves.wholeHeight(other, around.getWidth());
            other.setVisible(!fold);
            folded = fold ? other : null;
            // and its divider's handle: nothing to drag out over the part (DV). Hidden as a node, not by a style class
            // that sets its padding to 0: a style changed on every fit (unfold shows it, the fold hides it again)
            // restyled and relaid the inspector pulse after pulse, its least height measured in between, and put the
            // timeline back in the band with the computation under the fold (0723744, W7-13)
            SplitHalves.showHandles(around, !fold);
        }
        boolean last = SplitHalves.isInside(part, around.getItems().get(1));
        // a folded half gives its height to the part: hidden, it left an empty band over the computation
        double at = folded != null ? (last ? 0 : 1) : last ? 1 - need / around.getHeight() : need / around.getHeight();
        around.setDividerPositions(Math.max(0, Math.min(1, at)));
    }

    /** The half folded away for a step's part shows again (the step has gone, or the room has come). */
    private void unfold() {
        if (folded != null) {
            folded.setVisible(true);
            if (folded.getParent() != null && folded.getParent().getParent() instanceof SplitPane around) {
                SplitHalves.showHandles(around, true);
            }
            folded = null;
        }
    }

    /**
     * The explanation folded away (hidden, no height) beside a small step's part where it would not show whole, or
     * back.
     */
    private void foldDetail(boolean fold) {
        if (detail.node() instanceof Region r && r.isVisible() == fold) {
            r.setVisible(!fold);
            r.setMinHeight(fold ? 0 : Region.USE_COMPUTED_SIZE);
        }
    }

    /**
     * The upper part's height to show every row of the hex and of the field tree (a tree row as tall as laid out, a
     * row of hex before its first layout).
     */
    private double upperWholeHeight() {
        int rows = hex.layout() == null ? 0 : hex.layout().rows();
        double rowPx = hex.rowHeight();
        for (Node n : upper.getItems()) {
            if (n instanceof javafx.scene.control.TreeView<?> t) {
                rows = Math.max(rows, t.getExpandedItemCount());
                if (t.lookup(".tree-cell") instanceof Region cell && cell.getHeight() > 0) {
                    rowPx = Math.max(rowPx, cell.getHeight());
                }
            }
        }
        return rows * rowPx + scrollBarAndPadding();
    }

    /**
     * The upper part for so many rows of hex: the rows, the hex's padding, a HAR's notice over them. No room for a
     * sideways scroll bar: the hex chooses 8 bytes a row where 16 do not fit and never scrolls sideways; a row of hex
     * kept for one took 26 px of a capture's first view from the handshake's lines at 1280×800 (W10-1).
     */
    private double hexHeight(int rows, double width) {
        double hexWidth = width * (upper.getDividers().isEmpty() ? 0.56 : upper.getDividers().get(0).getPosition());
        return rows * hex.rowHeight() + hex.paddingHeight() + (hexNotice.isManaged() ? hexNotice.prefHeight(hexWidth) : 0);
    }

    /** The tabs' headers and {@link #TAB_LEAST_ROWS} rows of the view under them. */
    private double tabsLeast() {
        return shownHeadersHeight() + TAB_LEAST_ROWS * hex.rowHeight();
    }

    /**
     * As {@link #tabsLeast}, or, the handshake's lines in front one row each, every line of its message: the hex gives
     * up rows and the timeline its arrows beyond its least for them (a capture's first view showed one line of its
     * request, W6-5).
     */
    private double tabsWanted(double width) {
        return shownHeadersHeight() + Math.max(TAB_LEAST_ROWS * hex.rowHeight(), oneRowLinesHeight(width));
    }

    /** The handshake's lines in front, one row each, over the proof or beside it: its message's whole height; else 0. */
    private double oneRowLinesHeight(double width) {
        Tab front = tabs.getSelectionModel().getSelectedItem();
        if (front == null || !"handshake".equals(front.getId()) || front.getContent() == null
                || !(front.getContent().lookup(".hs-one-row") instanceof Region lines)
                || !(lines.lookup(".hs-section-shown") instanceof Region shown)) {
            return 0;
        }
        measureAgainWhenLaidOut(lines);   // the view comes after the first share: asked again once it has its width
        double at = lines.getWidth() > 0 ? lines.getWidth() - (tabs.getWidth() - width) : width / 2;
        return Math.ceil(shown.prefHeight(Math.max(hex.rowHeight(), at))) + lines.snappedTopInset() + lines.snappedBottomInset()
                + scrollChrome(lines) + hex.rowHeight() * 0.3;
    }

    /** The borders and padding of the scroll panes around a node of a tab's view, up to the tabs. */
    private double scrollChrome(Node inside) {
        double chrome = 0;
        for (Node n = inside.getParent(); n != null && n != tabs; n = n.getParent()) {
            if (n instanceof javafx.scene.control.ScrollPane s) {
                chrome += s.snappedTopInset() + s.snappedBottomInset();
            }
        }
        return chrome;
    }

    /** The tabs' headers and one row of the view: what they keep when the explanation needs the rest. */
    private double tabsFewest() {
        return shownHeadersHeight() + hex.rowHeight();
    }

    /**
     * The tab headers' height: as laid out, or before their first layout as they ask for (the tabs styled first when
     * they have no skin yet). A guess of two rows measured the least too low when the window first shared its height
     * and left the tab's view one row (the first view's tabs come in its last step).
     */
    private double tabHeadersHeight() {
        Node headers = tabs.lookup(".tab-header-area");
        if (headers == null && tabs.getScene() != null) {
            tabs.applyCss();
            headers = tabs.lookup(".tab-header-area");
        }
        if (headers instanceof Region r) {
            return r.getHeight() > 0 ? r.getHeight() : Math.ceil(r.prefHeight(-1));
        }
        return 2 * hex.rowHeight();
    }

    private double detailHeight(double width) {
        return Math.ceil(detail.contentHeight(width)) + hex.rowHeight() * 0.3;
    }

    /** A horizontal scroll bar (the field tree's, its rows wider than its column) and the padding, about one row of hex. */
    private double scrollBarAndPadding() {
        return hex.rowHeight();
    }

    private double dividerHeight() {
        return hex.rowHeight() * 0.4;
    }
}
