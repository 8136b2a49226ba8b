package wsinspector.ui.window;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntSupplier;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import wsinspector.ui.timeline.TimelineView;

/**
 * Puts the window's parts where its {@link Layout} says, and shares the height by what they hold:
 * the inspector at least the least that shows all its parts (the tabs keep their view), the live client
 * and server the room their forms need up to a share, the timeline alone as many rows as it has
 * messages (at least three), the step panel the height of its lesson (beside the timeline when the
 * live panes are hidden, so that the inspector keeps its room under both), the inspector the rest.
 * A divider a person drags stays where it is until what the parts hold changes.
 */
final class WindowLayout {
    /** The client's and the server's share of the band's width. */
    private static final double[] SIDES = {0.27, 0.73};
    /**
     * The live stepper's share of the width in projector mode (the timeline has the rest): its step's explanation
     * in large type needs the width to stand in view without scrolling.
     */
    static final double PROJECTOR_STEPPER = 0.62;
    /** The band with the live client and server, while the conversation is empty: the inspector has nothing to show. */
    static final double LIVE_BAND_EMPTY = 0.85;
    /** The band with the live client and server, at most and at least, once there are messages to inspect. */
    static final double LIVE_BAND_MAX = 0.6;
    static final double LIVE_BAND_MIN = 0.4;
    /** The timeline alone: at most this share, when the inspector is under it. */
    static final double TIMELINE_MAX = 0.45;
    /** The timeline's row height and its chrome (the conversation bar and the lifeline names), in em. */
    static final double ROW_EM = TimelineView.ROW_EM;
    static final double CHROME_EM = 5.6;
    static final int LEAST_ROWS = 3;
    /** Under the live panes, the timeline keeps this many arrows when it has them. */
    static final int LIVE_ROWS = 4;
    /** The step panel: its lesson whole, but never more than this share. */
    static final double STEP_MAX = 0.5;
    /** The step panel without the inspector under it (projector mode): the timeline keeps three arrows. */
    static final double STEP_ALONE_MAX = 0.7;
    /**
     * Room over what the step panel asks for, in em: the divider's thickness, and a scroll bar that would take
     * width from the text while the panel is a line short (a line more then wraps, and the panel is short again).
     */
    static final double SLACK_EM = 1.2;
    /** The timeline's share of the width when the step panel stands beside it. */
    static final double TIMELINE_BESIDE_STEP = 0.36;
    /** The inspector's least share, whatever it says it needs: the bands above keep the rest. */
    static final double INSPECTOR_LEAST_MAX = 0.7;
    /**
     * The live stepper's share of the band's width beside the timeline, with the server and without it (once it
     * steps, the server's form folds away): its explanation in fewer, longer lines.
     */
    static final double[] STEPPER_SHARES = {0.4, 0.73};
    static final double STEPPER_ALONE = 0.64;
    /** The band with the live stepper: its explanation whole, up to this share; the inspector under it scrolls. */
    static final double STEPPER_BAND_MAX = 0.7;

    private final SplitPane sides;
    private final SplitPane vertical;
    private final Region clientSlot;
    private final Region timelineColumn;
    private final Region serverSlot;
    /** The step panel's place: step mode's panel, or a guided lesson's. */
    private final Region stepPanel;
    private final DoubleUnaryOperator stepPanelHeight;
    private final Region inspectorSlot;
    /** The inspector's least height at a width, with a share of it at the left of its parts for the timeline. */
    private final java.util.function.DoubleBinaryOperator inspectorLeast;
    private final IntSupplier fontPx;
    private final IntSupplier messages;
    /** Whether a live connection is being stepped: the server's form folds away, the stepper drives the server. */
    private javafx.beans.value.ObservableBooleanValue stepping = new javafx.beans.property.SimpleBooleanProperty();
    private double[] sideDividers = SIDES.clone();
    /** What the client's place showed when the band was last arranged: another pane there takes its own shares. */
    private Layout.ClientSide bandSide;
    private Layout layout;
    private double[] lastPlan;
    /** The thickness of the dividers between the bands, as last laid out. */
    private double dividerPx;
    /** Whether the inspector shows a view the step talks about (its part whole, see InspectorFit). */
    private java.util.function.BooleanSupplier stepView = () -> false;
    /** Where the timeline stands for the step's lesson and the view it talks about to show whole. */
    private TimelinePlace place = TimelinePlace.BESIDE_LESSON;
    /** Puts the timeline at the left of the inspector's parts, with its share of the width; null takes it back. */
    private java.util.function.ObjDoubleConsumer<Region> besideView = (node, share) -> { };
    /** Whether the timeline stands in the inspector now (see {@link TimelinePlace#BESIDE_VIEW}). */
    private boolean timelineBesideView;

    WindowLayout(SplitPane sides, SplitPane vertical, Region clientSlot, Region timelineColumn, Region serverSlot,
                 Region stepPanel, DoubleUnaryOperator stepPanelHeight, Region inspectorSlot,
                 java.util.function.DoubleBinaryOperator inspectorLeast, IntSupplier fontPx, IntSupplier messages) {
        this.sides = sides;
        this.vertical = vertical;
        this.clientSlot = clientSlot;
        this.timelineColumn = timelineColumn;
        this.serverSlot = serverSlot;
        this.stepPanel = stepPanel;
        this.stepPanelHeight = stepPanelHeight;
        this.inspectorSlot = inspectorSlot;
        this.inspectorLeast = inspectorLeast;
        this.fontPx = fontPx;
        this.messages = messages;
        sides.setDividerPositions(SIDES);
        // the band is cut to whole rows by the timeline's chrome as laid out: after a change of type (projector mode)
        // the chrome measured at the share was the old type's, so share again once the list has its new height
        // (a plan that has not changed is not applied again: a person's drag stays)
        timelineColumn.heightProperty().addListener((obs, old, now) -> javafx.application.Platform.runLater(this::share));
    }

    /** While {@code stepping}, the server's form folds away beside the live stepper (the server runs already). */
    void foldServerWhile(javafx.beans.value.ObservableBooleanValue stepping) {
        this.stepping = stepping;
        stepping.addListener((obs, old, now) -> {
            if (layout != null) {
                arrangeBand();
                share();
            }
        });
    }

    /**
     * While {@code stepView} (the inspector shows the view a step talks about, its part whole), where the step's lesson
     * beside the timeline and that view do not both fit the height, the timeline moves beside the view: the lesson
     * takes the band's width and so fewer lines (at 1280×800 the accept computation was cut to one row under a
     * seven-line lesson), the step's arrow stays in view (see {@link TimelinePlace}).
     */
    void foldTimelineFor(java.util.function.BooleanSupplier stepView,
                         java.util.function.ObjDoubleConsumer<Region> besideView) {
        this.stepView = stepView;
        this.besideView = besideView;
    }

    /** Puts the parts in their places (each divider of the band where it was) and shares the height. */
    void apply(Layout next) {
        layout = next;
        arrangeBand();
        placeColumn();
        lastPlan = null;
        share();
    }

    /**
     * The bands top to bottom: the upper band, the step panel under it (when not beside the timeline), the inspector;
     * with the timeline at the left of its parts while the timeline stands beside the step's view. A node has one
     * parent: the timeline leaves the band before it joins the inspector (and the inspector before the band, see
     * arrangeBand).
     */
    private void placeColumn() {
        boolean side = layout.inspector() && layout.stepBeside() && place == TimelinePlace.BESIDE_VIEW;
        if (side && !timelineBesideView) {
            sides.getItems().remove(timelineColumn);
            besideView.accept(timelineColumn, timelineShare());
            timelineBesideView = true;
        } else if (!side) {
            takeTimelineBack();
        }
        List<Node> column = new ArrayList<>(List.of(sides));
        if (layout.stepPanel() && !layout.stepBeside()) {
            column.add(stepPanel);
        }
        if (layout.inspector()) {
            column.add(inspectorSlot);
        }
        if (!vertical.getItems().equals(column)) {
            vertical.getItems().setAll(column);
        }
    }

    private void takeTimelineBack() {
        if (timelineBesideView) {
            besideView.accept(null, 0);
            timelineBesideView = false;
        }
    }

    /**
     * The upper band's parts and their widths: the live panes each at least {@link SideShares#PANE_EM} of the type,
     * folded away when the timeline would be left too narrow (zoomed in); in projector mode and beside the step panel
     * the shares stand as they are.
     */
    private void arrangeBand() {
        Layout next = layout;
        boolean wantClient = next.clientSide() != Layout.ClientSide.HIDDEN;
        boolean stepper = next.clientSide() == Layout.ClientSide.LIVE_STEPPER && !next.largeType();
        boolean server = next.server() && !(stepper && stepping.get());
        boolean beside = next.stepBeside();
        boolean fits = !next.largeType() && (wantClient || server);
        // where the dividers would stand at any type: as they stand (a person's drag), else the shares of the parts
        boolean same = sides.getItems().contains(clientSlot) == wantClient && sides.getItems().contains(serverSlot) == server
                && next.clientSide() == bandSide;
        boolean clientShares = bandSide == Layout.ClientSide.CLIENT || bandSide == Layout.ClientSide.FRAME_BUILDER;
        bandSide = next.clientSide();
        double[] wanted = same ? sides.getDividerPositions().clone()
                : stepper ? (server ? STEPPER_SHARES : new double[] {STEPPER_ALONE})
                : wantClient && server ? sideDividers : new double[] {wantClient ? 0.4 : 0.6};
        SideShares shares = fits ? SideShares.of(sides.getWidth(), fontPx.getAsInt(), wantClient, server, wanted)
                : new SideShares(wantClient, server, null);
        List<Node> band = new ArrayList<>();
        if (shares.client()) {
            band.add(clientSlot);
        }
        if (!(beside && place != TimelinePlace.BESIDE_LESSON)) {
            takeTimelineBack();
            band.add(timelineColumn);
        }
        if (beside) {
            band.add(stepPanel);
        }
        if (shares.server()) {
            band.add(serverSlot);
        }
        if (!sides.getItems().equals(band)) {
            if (sides.getItems().size() == 3 && clientShares) {
                sideDividers = sides.getDividerPositions().clone();   // the client's, for its return (not the stepper's)
            }
            sides.getItems().setAll(band);
            if (shares.dividers() != null) {
                sides.setDividerPositions(shares.dividers());
            } else if (band.size() == 3) {
                sides.setDividerPositions(sideDividers);
            } else if (band.size() == 2) {
                sides.setDividerPositions(band.get(0) == clientSlot ? (next.largeType() ? PROJECTOR_STEPPER : 0.4)
                        : beside ? TIMELINE_BESIDE_STEP : 0.6);
            }
        } else if (shares.dividers() != null) {
            if (!Arrays.equals(round(shares.dividers()), round(sides.getDividerPositions()))) {
                sides.setDividerPositions(shares.dividers());
            }
        } else if (band.size() == 2 && band.get(0) == clientSlot) {
            sides.setDividerPositions(next.largeType() ? PROJECTOR_STEPPER : 0.4);
        }
    }

    /** Arranges the band again whenever one of these changes (its width, the type): a zoom may fold a pane. */
    void arrangeOn(javafx.beans.value.ObservableValue<?>... triggers) {
        for (javafx.beans.value.ObservableValue<?> t : triggers) {
            t.addListener((obs, old, now) -> {
                if (layout != null) {
                    arrangeBand();
                }
            });
        }
    }

    /** Shares the height again whenever one of these changes (the size, the type, the step, the language). */
    void shareOn(javafx.beans.value.ObservableValue<?>... triggers) {
        for (javafx.beans.value.ObservableValue<?> t : triggers) {
            t.addListener((obs, old, now) -> share());
        }
    }

    /** Shares the height again, when what the parts hold may have changed (messages, the step's lesson, the size). */
    void share() {
        double h = vertical.getHeight();
        if (layout == null || h <= 0) {
            return;
        }
        TimelinePlace now = timelinePlace(h);
        if (now != place) {
            place = now;
            arrangeBand();
            placeColumn();
            lastPlan = null;
        }
        double[] plan = plan(h);
        if (Arrays.equals(plan, lastPlan)) {
            return;
        }
        lastPlan = plan;
        vertical.setDividerPositions(plan);
    }

    /**
     * Where the timeline stands: beside the lesson unless a step names a view and its lesson at the width beside the
     * timeline with the inspector's least (that view whole) is more than the height. Measured at the default share
     * beside the timeline, not the bands as they stand, so that a move does not undo itself. The inspector's least is
     * asked last at the width it will have (it keeps that as its own least).
     */
    private TimelinePlace timelinePlace(double h) {
        double width = vertical.getWidth();
        if (!layout.stepBeside() || !stepView.getAsBoolean() || width <= 0) {
            return TimelinePlace.BESIDE_LESSON;
        }
        double em = fontPx.getAsInt();
        double narrow = width * (1 - TIMELINE_BESIDE_STEP);
        double lessonBeside = stepPanelHeight.applyAsDouble(Math.max(100, narrow)) + SLACK_EM * em;
        double lessonWide = stepPanelHeight.applyAsDouble(width) + SLACK_EM * em;
        double inspectorWide = inspectorLeast.applyAsDouble(width, 0);
        if (lessonBeside + inspectorWide + em <= h) {
            return TimelinePlace.BESIDE_LESSON;
        }
        // the divider under the band and the rounding: half a line (the lesson's slack holds the band's own divider)
        TimelinePlace chosen = TimelinePlace.besideViewOrAway(h, lessonWide,
                inspectorLeast.applyAsDouble(width, besideViewShare()), em / 2);
        if (chosen == TimelinePlace.AWAY) {
            inspectorLeast.applyAsDouble(width, 0);
        }
        return chosen;
    }

    /** The timeline's share of the inspector's width: beside the step's view, or none. */
    private double timelineShare() {
        return place == TimelinePlace.BESIDE_VIEW ? besideViewShare() : 0;
    }

    /**
     * The timeline's share beside the step's view: its least width (its labels between the lifelines), the view the
     * rest (the accept computation's "key + GUID" broke its GUID at the width beside the lesson's timeline).
     */
    private double besideViewShare() {
        double width = vertical.getWidth();
        return width <= 0 ? TIMELINE_BESIDE_STEP
                : clamp(SideShares.TIMELINE_EM * fontPx.getAsInt() / width, 0.25, TIMELINE_BESIDE_STEP);
    }

    /** The divider positions, top to bottom, for this height. */
    private double[] plan(double h) {
        double em = fontPx.getAsInt();
        // the live forms in the band (not the stepper in its column, nor a pane folded away for the type)
        boolean live = sides.getItems().contains(clientSlot) || sides.getItems().contains(serverSlot);
        boolean beside = layout.stepBeside();
        double step = 0;
        if (layout.stepPanel() && !beside) {
            double most = layout.inspector() ? STEP_MAX : STEP_ALONE_MAX;
            step = Math.min(most * h, Math.max(5 * em, stepPanelHeight.applyAsDouble(vertical.getWidth()) + SLACK_EM * em)) / h;
        }
        if (!layout.inspector()) {
            // the step's arrow whole above the lesson: the timeline in whole rows, the lesson the rest
            return layout.stepPanel() ? new double[] {round(wholeRows(1 - step, 0, h, em))} : new double[0];
        }
        int count = messages.getAsInt();
        if (count == 0 && !live && layout.stepPanel()) {
            // nothing to inspect at a step mode's or a lesson's start: no empty half-screen under the timeline and
            // the lesson, they take the height
            return layout.stepPanel() && !beside ? new double[] {round(1 - step), 1} : new double[] {1};
        }
        double timelineLeast = (CHROME_EM + LEAST_ROWS * ROW_EM) * em / h;
        double band;
        if (live) {
            band = count == 0 ? LIVE_BAND_EMPTY : clamp(livePanesHeight() / h, LIVE_BAND_MIN, LIVE_BAND_MAX);
        } else {
            int rows = Math.max(LEAST_ROWS, count);
            band = Math.max(timelineLeast, Math.min(TIMELINE_MAX, (CHROME_EM + rows * ROW_EM) * em / h));
        }
        // the band's floor: three arrows, and beside them the step's lesson whole
        // under the live panes or a lesson, a fourth arrow when there is one: a request, its answer and a message each way
        double floor = live ? (CHROME_EM + Math.min(Math.max(count, LEAST_ROWS), LIVE_ROWS) * ROW_EM) * em / h : timelineLeast;
        if (beside) {
            double lesson = Math.min(STEP_MAX * h, stepPanelHeight.applyAsDouble(besideWidth()) + SLACK_EM * em) / h;
            // the timeline not in the band: the lesson alone sets its height
            floor = place == TimelinePlace.BESIDE_LESSON ? Math.max(floor, lesson) : lesson;
            band = Math.max(band, lesson);
        }
        if (sides.getItems().contains(clientSlot) && layout.clientSide() == Layout.ClientSide.LIVE_STEPPER) {
            // the live step's explanation is the lecture: whole above the inspector, which scrolls when short
            double stepper = Math.min(STEPPER_BAND_MAX, (formHeight(clientSlot) + SLACK_EM * em) / h);
            floor = Math.max(floor, stepper);
            band = Math.max(band, stepper);
        }
        if (sides.getItems().contains(clientSlot) && layout.clientSide() == Layout.ClientSide.CLIENT) {
            // the client's everyday controls whole, "Send" in view once connected (its other parts fold away then):
            // the inspector under it scrolls when short
            double client = Math.min(LIVE_BAND_MAX, (formHeight(clientSlot) + SLACK_EM * em) / h);
            floor = Math.max(floor, client);
            band = Math.max(band, client);
        }
        double inspector = Math.min(INSPECTOR_LEAST_MAX, (inspectorLeast.applyAsDouble(vertical.getWidth(), timelineShare()) + em) / h);
        boolean timelineInBand = place == TimelinePlace.BESIDE_LESSON;
        band = timelineInBand ? Math.max(floor, Math.min(band, 1 - step - Math.max(0.15, inspector))) : floor;
        band = timelineInBand ? wholeRows(band, floor, h, em) : band;
        return layout.stepPanel() && !beside ? new double[] {round(band), round(band + step)} : new double[] {round(band)};
    }

    /**
     * The timeline's share cut down to whole rows: a list that holds more rows than it shows keeps its newest or
     * selected row at the bottom, and with a height of whole rows no half row shows at its top. Up to whole rows
     * where down would go below {@code floor} (the lesson beside the timeline would scroll).
     */
    private double wholeRows(double band, double floor, double h, double em) {
        javafx.scene.Node list = timelineColumn.lookup(".timeline-list");
        double row = ROW_EM * em;
        if (!(list instanceof Region r) || r.getHeight() <= 0 || sides.getHeight() <= 0) {
            return band;
        }
        // the conversation bar, the lifelines' names, borders; and half the divider under the band, which takes its
        // thickness from the band above it
        double chrome = sides.getHeight() - r.getHeight() + dividerHeight() / 2;
        if (r instanceof javafx.scene.control.ListView<?> l && (band * h - chrome) / row >= l.getItems().size() - 0.05) {
            return band;   // every row shows whole, none is cut: nothing to round
        }
        double rows = Math.floor((band * h - chrome) / row + 0.05);
        boolean up = chrome + rows * row < floor * h - 0.5;
        if (up) {
            rows++;   // not below the floor (the lesson beside the timeline, its least arrows): a row more, not less
        }
        // fewer than three fit only above projector mode's lesson: still whole rows, so the step's arrow (kept at
        // the bottom) stands whole under no half row; never more than the band (the parts below keep their least)
        double whole = (chrome + rows * row + 1) / h;
        return rows < 1 ? band : up ? whole : Math.min(band, whole);
    }

    /**
     * The thickness of the window's own dividers between the bands (not those of a split pane inside a band, which
     * a lookup would find first: the inspector's, a part of a tab's). As last laid out: a divider the split pane has
     * just made for new parts has no height until the next layout.
     */
    private double dividerHeight() {
        for (Node n : vertical.getChildrenUnmodifiable()) {
            if (n.getStyleClass().contains("split-pane-divider") && n instanceof Region d && d.getHeight() > 0) {
                dividerPx = d.getHeight();
            }
        }
        return dividerPx;
    }

    /** The step panel's width beside the timeline: the band's width right of its divider. */
    private double besideWidth() {
        if (place != TimelinePlace.BESIDE_LESSON) {
            return sides.getWidth();
        }
        double[] dividers = sides.getDividerPositions();
        double at = dividers.length > 0 ? dividers[0] : TIMELINE_BESIDE_STEP;
        return Math.max(100, sides.getWidth() * (1 - at));
    }

    /** What the live client and server would like, at the width they have. */
    private double livePanesHeight() {
        double wanted = 0;
        for (Node n : sides.getItems()) {
            if (n != timelineColumn && n instanceof Region r) {
                wanted = Math.max(wanted, r.prefHeight(r.getWidth() > 0 ? r.getWidth() : -1));
            }
        }
        return wanted;
    }

    /**
     * The height a live pane's form asks for at the width it has: its scrolled content's (a scroll pane's own
     * preferred height is its content's at the content's preferred width, one line per paragraph).
     */
    private static double formHeight(Region slot) {
        Node content = slot.lookup(".live-content");
        if (!(content instanceof Region form) || slot.getWidth() <= 0) {
            return slot.prefHeight(-1);
        }
        for (Node p = form.getParent(); p != null && p != slot; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane sp && sp.getHeight() > 0) {
                // at the scroll pane's inner width, over its and the pane's insets (what is left of the band when the
                // form is shorter is not chrome: counted as such, it kept a step's card 40 px taller than it is)
                double chrome = slot.getHeight() - sp.getHeight() + sp.snappedTopInset() + sp.snappedBottomInset();
                return form.prefHeight(sp.getWidth() - sp.snappedLeftInset() - sp.snappedRightInset()) + chrome;
            }
        }
        double chrome = Math.max(0, slot.getHeight() - form.getParent().getLayoutBounds().getHeight());
        return form.prefHeight(slot.getWidth() - 2) + Math.min(chrome, 40);
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }

    private static double[] round(double[] positions) {
        double[] r = new double[positions.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = round(positions[i]);
        }
        return r;
    }

    /** Positions in thousandths: a plan that did not change is not applied again over a person's drag. */
    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
