package wsinspector.ui.window;

import java.util.List;
import java.util.Objects;
import java.util.function.DoubleSupplier;
import java.util.stream.Stream;

import javafx.scene.Node;
import javafx.scene.layout.Region;
import wsinspector.ui.inspect.InspectorPane;

/**
 * The type of the inspector and the timeline beside it while step mode is in projector mode: the step's lesson keeps
 * the projector's large type, the view the step talks about (the accept computation, the masking table, the close
 * frame's data) and the timeline beside it get the largest type, up to the lesson's, at which the view shows whole in
 * the height the lesson leaves, never under two thirds of the lesson's (16 px at 1280×800: read from the back row).
 * At 1280×800 the accept key's lesson took 470 of 750 px in 24 px type and the computation in that type needed 580
 * more: projector mode hid the inspector, and the class heard of a computation it did not see. A first attempt let the
 * type fall to 11 px; the lesson is made shorter instead (see StepPanel#setProjector).
 */
final class ProjectorViewType {
    /** Of the room, the least the view fills before its type is fitted again: no refitting over a few pixels. */
    private static final double SNUG = 0.9;
    /** The inspector's place: the inspector takes the type, all its parts alike. */
    private final Region slot;
    /** The least type, as a share of the lesson's: 16 px under a lesson of 24. */
    static final double LEAST_SHARE = 2.0 / 3;
    /** The timeline, which stands beside the view inside the inspector: it takes the view's type. */
    private final Region timeline;
    /** The type set on them, px; 0: the window's. */
    private int px;

    ProjectorViewType(Region slot, Region timeline) {
        this.slot = slot;
        this.timeline = timeline;
    }

    /**
     * Fits the views' type to {@code room} px of height, {@code least} measuring the height they need in the type set
     * (a CSS pass is made before each measure), or gives them back the window's type when not {@code on}.
     *
     * @param windowPx the window's type: the views' at most
     */
    void fit(boolean on, double room, int windowPx, DoubleSupplier least) {
        List<Node> tabs = views();
        if (tabs.isEmpty()) {
            return;
        }
        int before = px;
        fit(tabs, on && room > 0, room, windowPx, least);
        String timelineStyle = px == 0 ? "" : Zoom.rootStyle(px);
        if (!timelineStyle.equals(timeline.getStyle())) {
            timeline.setStyle(timelineStyle);
        }
        if (px != before && slot.lookup(".inspector") instanceof InspectorPane pane) {
            pane.showStepTab(pane.stepTab());   // its parts fitted again in the new type, the window told its least
        }
    }

    private void fit(List<Node> tabs, boolean on, double room, int windowPx, DoubleSupplier least) {
        if (!on) {
            set(tabs, 0);
            return;
        }
        int at = px == 0 ? windowPx : Math.min(px, windowPx);
        set(tabs, at);
        double need = least.getAsDouble();
        if (need <= room && (need >= SNUG * room || at == windowPx)) {
            return;
        }
        // the largest type at which the view fits, searched by halves: the height grows with the type, but not in
        // proportion (lines wrap and unwrap at the view's width, the timeline beside it widens with the type); a
        // proportional guess from the accept computation's 1022 px at 31 px fell to the least type (21 px at
        // 1920×1080, where it needed 588 of 617 px) and never climbed back
        int floor = least(windowPx);
        boolean fits = need <= room;
        int lo = fits ? at : floor - 1;       // the largest type known to fit (floor - 1: none yet)
        int hi = fits ? windowPx + 1 : at;    // the least type known not to fit
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            set(tabs, mid);
            double needs = least.getAsDouble();
            if (needs <= room) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        if (px != Math.max(floor, lo)) {
            set(tabs, Math.max(floor, lo));
        }
    }

    /**
     * The inspector and each of its tabs' views: the type is set on the views too, not only inherited (in the running
     * application a view made ahead off screen kept the window's type under tabs of 18 px).
     */
    private List<Node> views() {
        List<Node> out = new java.util.ArrayList<>(Stream.of(".inspector").map(slot::lookup).filter(Objects::nonNull).toList());
        if (slot.lookup(".inspector-tabs") instanceof javafx.scene.control.TabPane pane && !out.isEmpty()) {
            pane.getTabs().stream().map(javafx.scene.control.Tab::getContent).filter(Objects::nonNull).forEach(out::add);
        }
        return out;
    }

    /** The least type of the view under a lesson in {@code windowPx}. */
    static int least(int windowPx) {
        return Math.max(Zoom.MIN, Math.min(windowPx, (int) Math.round(windowPx * LEAST_SHARE)));
    }

    /** The type in px set on the views now; 0 when they have the window's. */
    int px() {
        return px;
    }

    private void set(List<Node> tabs, int size) {
        px = size;
        String style = size == 0 ? "" : Zoom.rootStyle(size);
        for (Node n : tabs) {
            if (!style.equals(n.getStyle())) {   // a view built since (another tab, message) takes it too
                n.setStyle(style);
                n.applyCss();
            }
        }
    }
}
