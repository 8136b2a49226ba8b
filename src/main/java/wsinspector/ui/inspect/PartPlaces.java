package wsinspector.ui.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;
import java.util.function.IntConsumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;

/**
 * Where the inspector's parts stand (the hex beside the tree, over the explanation, over the tabs; the tabs alone
 * when enlarged), and the steps in which the first view brings them, one FX task each (see {@link FirstView}). A
 * part gets the shown message's content in its step; a part not yet on screen keeps its room (which says that the
 * part is being prepared), so that each part is styled and laid out once, at the size it keeps (the hex as wide as
 * beside the tree, not laid out again for 8 bytes a row; cells only for the rows in view).
 */
final class PartPlaces {
    /**
     * After step n: {how many parts hold the message's content, how many are on screen}; the parts are the hex, the
     * tree, the explanation and the tabs (whose tabs are made with the message, see {@link #tabViews}). The hex (its
     * skin) comes in a step before its text and styles, which it then makes once for the width it has (made before,
     * they were made again for 8 bytes a row); the tree (its skin) in a step before its rows, the tabs (their pane,
     * their headers) in a step before the view in front of them, which is made (off screen) in a step before the last
     * that puts it in: these were the longest tasks.
     */
    private static final int[][] STEPS = {{0, 0}, {0, 1}, {1, 1}, {1, 2}, {2, 2}, {3, 3}, {3, 4}, {3, 4}, {3, 4}};
    /** The split panes' divider positions the parts come in at, before the pane fits them to their content. */
    private static final double HEX_BESIDE_TREE = 0.56;
    private static final double[] COLUMN = {0.36, 0.52};
    /** The hex's share of the width beside the tree, as the pane will fit it (-1 when not known yet). */
    private final DoubleSupplier hexShare;

    private final SplitPane upper;
    private final SplitPane column;
    /** The hex (with its notice), the tree, the explanation, the tabs. */
    private final List<Node> parts;
    /** Where a part will come: says it is being prepared, so that the first view is never an empty band (O13). */
    private final Label[] rooms = {room(), room(), room(), room()};
    private final BooleanSupplier tabsEnlarged;
    private final IntConsumer fill;
    private final ReadOnlyBooleanWrapper tabViews = new ReadOnlyBooleanWrapper(this, "tabViews", true);
    private final ReadOnlyBooleanWrapper tabViewsMade = new ReadOnlyBooleanWrapper(this, "tabViewsMade", true);
    private int filled;

    /**
     * @param parts        the hex (with its notice), the tree, the explanation, the tabs
     * @param tabsEnlarged whether the tabs stand alone
     * @param fill         builds one part's content (0 to 2: hex, tree, explanation) for the shown message
     * @param hexShare     the hex's share of the width beside the tree, as the pane will fit it; -1 when unknown
     */
    PartPlaces(SplitPane upper, SplitPane column, List<Node> parts, BooleanSupplier tabsEnlarged, IntConsumer fill,
               DoubleSupplier hexShare) {
        this.hexShare = hexShare;
        this.upper = upper;
        this.column = column;
        this.parts = List.copyOf(parts);
        this.tabsEnlarged = tabsEnlarged;
        this.fill = fill;
    }

    private static Label room() {
        Label room = new Label();
        room.getStyleClass().add("inspector-preparing");
        room.setWrapText(true);
        // the room takes the size the part will have, never asks for its text's: the part comes in at that size
        room.setMinSize(0, 0);
        room.setPrefSize(0, 0);
        room.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        return room;
    }

    /** What the rooms of the parts still to come say, in the window's language. */
    void preparing(String text) {
        for (Label room : rooms) {
            room.setText(text);
        }
    }

    /** How many steps the first view takes; this many puts every part on screen with its content. */
    int steps() {
        return STEPS.length - 1;
    }

    /**
     * Whether the view of the tab in front is to be built as it comes in front: false from the first view's start
     * until its last step (the tabs themselves are made with the message, so that a tab can be chosen at once).
     */
    ReadOnlyBooleanProperty tabViews() {
        return tabViews.getReadOnlyProperty();
    }

    /** Whether the view of the tab in front may be made, off screen: from the step before the last on (see tabViews). */
    ReadOnlyBooleanProperty tabViewsMade() {
        return tabViewsMade.getReadOnlyProperty();
    }

    /** How many parts hold the shown message's content (the rest get it in their step). */
    int filled() {
        return filled;
    }

    /** A new message (or none): every part's content is to be built again, in step {@code step} or before. */
    void renew(int step) {
        filled = 0;
        fillUpTo(STEPS[step][0]);
    }

    private void fillUpTo(int count) {
        for (; filled < count; filled++) {
            fill.accept(filled);
        }
    }

    /**
     * Takes the steps up to {@code step}: the parts' content, then the parts in their places.
     *
     * @return the nodes that came on screen or got content in this step: what is to be styled
     */
    List<Node> take(int step) {
        int before = filled;
        fillUpTo(STEPS[step][0]);
        int count = STEPS[step][1];
        List<Node> shown = new ArrayList<>();
        if (place(upper, List.of(count >= 1 ? parts.get(0) : rooms[0], count >= 2 ? parts.get(1) : rooms[1]), shown)) {
            double share = hexShare.getAsDouble();
            upper.setDividerPositions(share > 0 ? share : HEX_BESIDE_TREE);
        }
        List<Node> items = tabsEnlarged.getAsBoolean() ? List.of(parts.get(3))
                : List.of(upper, count >= 3 ? parts.get(2) : rooms[2], count >= 4 ? parts.get(3) : rooms[3]);
        if (place(column, items, shown) && items.size() == 3) {
            column.setDividerPositions(COLUMN);
        }
        boolean last = step == steps();
        // made before put in: at step() == steps() both turn true, the view made first
        tabViewsMade.set(step >= steps() - 1);
        if (last != tabViews.get()) {
            tabViews.set(last);
            if (last && count >= 4) {
                shown.add(parts.get(3));
            }
        }
        // a part already on screen that got its content now: its new rows, tabs and view to be styled
        for (int part = before; part < Math.min(filled, count); part++) {
            if (!shown.contains(parts.get(part))) {
                shown.add(parts.get(part));
            }
        }
        return shown;
    }

    /**
     * Makes a split pane's items these, replacing only those that differ (a replaced item is styled anew with its
     * whole subtree: replacing them all restyled every part at every step); adds the nodes put in to {@code shown}.
     *
     * @return whether the items changed
     */
    private static boolean place(SplitPane pane, List<Node> items, List<Node> shown) {
        ObservableList<Node> now = pane.getItems();
        if (now.equals(items)) {
            return false;
        }
        if (now.size() != items.size()) {
            now.setAll(items);
            shown.addAll(items);
            return true;
        }
        for (int i = 0; i < items.size(); i++) {
            if (now.get(i) != items.get(i)) {
                now.set(i, items.get(i));
                shown.add(items.get(i));
            }
        }
        return true;
    }
}
