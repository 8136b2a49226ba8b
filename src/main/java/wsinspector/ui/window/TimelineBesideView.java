package wsinspector.ui.window;

import java.util.function.ObjDoubleConsumer;

import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * The timeline moved from the upper band to the left of the inspector's parts while a step's view must show whole and
 * the lesson takes the band's width ({@link TimelinePlace#BESIDE_VIEW}), and back. A node has one parent: it leaves
 * the band before it joins the inspector, and the inspector before it joins the band again.
 */
final class TimelineBesideView {
    private final SplitPane sides;
    private final Region timeline;
    /** Puts a node at the left of the inspector's parts with its share of the width; null takes it away. */
    private ObjDoubleConsumer<Region> inspector = (node, share) -> { };
    private boolean there;
    /** The share it was put at: put again at another (projector mode's type), it takes that. */
    private double at;
    /** Keeps the timeline's list to whole rows while the timeline stands beside the view (see {@link #wholeRows}). */
    private final javafx.beans.value.ChangeListener<Number> rows = (obs, old, now) -> wholeRows();

    TimelineBesideView(SplitPane sides, Region timeline) {
        this.sides = sides;
        this.timeline = timeline;
    }

    /** Where the timeline goes: the inspector's place at the left of its parts. */
    void into(ObjDoubleConsumer<Region> inspector) {
        this.inspector = inspector;
    }

    /** The timeline beside the view, with this share of the inspector's width. */
    void put(double share) {
        if (!there) {
            sides.getItems().remove(timeline);
            inspector.accept(timeline, share);
            there = true;
            at = share;
            timeline.heightProperty().addListener(rows);
            if (list() != null) {
                list().heightProperty().addListener(rows);   // its rows' size follows the type
            }
            javafx.application.Platform.runLater(this::wholeRows);   // once laid out in its new place
        } else if (share != at) {
            inspector.accept(timeline, share);
            at = share;
        }
    }

    /** The timeline out of the inspector (the band takes it back). */
    void takeBack() {
        if (there) {
            inspector.accept(null, 0);
            there = false;
            timeline.heightProperty().removeListener(rows);
            if (list() != null) {
                list().heightProperty().removeListener(rows);
            }
            Region view = view();
            if (view != null) {
                view.setMaxHeight(Region.USE_COMPUTED_SIZE);
            }
        }
    }

    /**
     * The list beside the view as tall as whole rows, the rest of the inspector's height left empty under it: the
     * inspector's height is the view's, not the band's that {@link WholeRows} cuts, and a list scrolled to its step
     * showed the row at its other end in part (the lesson in projector mode, 1280×800: 16 of 62 px of an arrow's
     * label). The list keeps its selected row in view when its height changes, snapped to whole rows.
     */
    private void wholeRows() {
        Region view = view();
        if (view == null || !(list() instanceof javafx.scene.control.ListView<?> l) || l.getFixedCellSize() <= 0
                || timeline.getHeight() <= 0 || l.getHeight() <= 0) {
            return;
        }
        double row = l.getFixedCellSize();
        double insets = l.snappedTopInset() + l.snappedBottomInset();
        // the list's height were it not held, less its borders: what it has and what the column leaves under it
        double room = l.getHeight() + Math.max(0, slack()) - insets;
        double rowsShown = Math.floor(room / row + 0.02);
        double max = rowsShown < 1 ? Region.USE_COMPUTED_SIZE
                : Math.ceil(view.getHeight() - l.getHeight() + insets + rowsShown * row);
        if (Math.abs(view.getMaxHeight() - max) > 0.5) {
            view.setMaxHeight(max);
        }
    }

    /** The height the column leaves empty under the timeline (a timeline held to whole rows). */
    private double slack() {
        double used = timeline.snappedTopInset() + timeline.snappedBottomInset();
        long shown = 0;
        for (javafx.scene.Node n : timeline.getChildrenUnmodifiable()) {
            if (n.isManaged()) {
                used += n.getLayoutBounds().getHeight();
                shown++;
            }
        }
        if (timeline instanceof javafx.scene.layout.VBox v) {
            used += v.getSpacing() * Math.max(0, shown - 1);
        }
        return timeline.getHeight() - used;
    }

    /** The timeline's view in the column: the child that holds the list (the conversation bar stands over it). */
    private Region view() {
        Region list = list();
        javafx.scene.Node n = list;
        while (n != null && n.getParent() != timeline) {
            n = n.getParent();
        }
        return n instanceof Region r ? r : null;
    }

    private Region list() {
        return timeline.lookup(".timeline-list") instanceof Region r ? r : null;
    }

    /**
     * The timeline's share beside the step's view: its least width (its labels between the lifelines), the view the
     * rest (the accept computation's "key + GUID" broke its GUID at the width beside the lesson's timeline); at most
     * {@code most}. In projector mode's type up to half the width: at 1280×800 in 24 px the step's arrow's label was
     * cut «101 Switching Protoc...» at {@code most}, while the view beside it has its type fitted to what is left.
     */
    static double share(double width, double em, double most) {
        double cap = em >= Zoom.PROJECTOR_MIN ? Math.max(most, 0.5) : most;
        return width <= 0 ? most : Math.max(0.25, Math.min(cap, SideShares.TIMELINE_EM * em / width));
    }
}
