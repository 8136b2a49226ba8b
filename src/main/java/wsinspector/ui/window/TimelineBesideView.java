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
        }
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
