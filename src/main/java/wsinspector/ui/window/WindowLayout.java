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
 * live panes are hidden, so that the inspector keeps its room under both), the inspector the rest. The live stepper
 * stands in a column of the window's height at the left ({@link StepperColumn}).
 * A divider a person drags stays where it is until what the parts hold changes.
 */
final class WindowLayout {
    /** The client's and the server's share of the band's width. */
    private static final double[] SIDES = {0.27, 0.73};
    /**
     * The live stepper's share of the width in projector mode before anything is on the wire (the timeline, empty, has
     * the rest; then the card takes the width over the inspector): its step's explanation in large type, with the
     * request it builds, needs the width to stand in view without scrolling; the timeline's selector keeps its
     * connection's name whole («Сервер №1 ← 127.0.0.1:54046» was cut at 0.28).
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
    /**
     * The same in projector mode's step mode, where the lesson over the inspector has the band's width (no scroll bar
     * takes it: the panel measures it at its width) and each line the slack took was a line the view under it lost.
     */
    static final double PROJECTOR_SLACK_EM = 0.3;
    /** The timeline's share of the width when the step panel stands beside it. */
    static final double TIMELINE_BESIDE_STEP = 0.36;
    /** The inspector's least share, whatever it says it needs: the bands above keep the rest. */
    static final double INSPECTOR_LEAST_MAX = 0.7;
    /** The frame builder's share of the band's width beside the timeline (the server's form folds away). */
    static final double BUILDER_SHARE = 0.64;
    /** The band with the frame builder: the frame whole, up to this share; the inspector under it scrolls. */
    static final double BUILDER_BAND_MAX = 0.95;

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
    /** The timeline's band in whole rows. */
    private final WholeRows wholeRows;
    /** Whether a guided lesson is being given (its panel in the step panel's place). */
    private java.util.function.BooleanSupplier lessonOn = () -> false;
    /** Whether the inspector shows a view the step talks about (its part whole, see InspectorFit). */
    private java.util.function.BooleanSupplier stepView = () -> false;
    /** Whether the inspector's first view is coming in parts (see {@link #holdWhile}). */
    private java.util.function.BooleanSupplier inspectorSettling = () -> false;
    /** Whether the live client is connected: its composer is then what the lecturer uses (see clientFormWhile). */
    private java.util.function.BooleanSupplier clientConnected = () -> true;
    /** Where the timeline stands for the step's lesson and the view it talks about to show whole. */
    private TimelinePlace place = TimelinePlace.BESIDE_LESSON;
    /** The timeline at the left of the step's view (see {@link TimelinePlace#BESIDE_VIEW}). */
    private final TimelineBesideView besideView;
    /** The live stepper in a column of the window's height (see {@link StepperColumn}). */
    private final StepperColumn stepperColumn;
    private final ProjectorViewType viewType;

    WindowLayout(SplitPane columns, SplitPane sides, SplitPane vertical, Region clientSlot, Region timelineColumn, Region serverSlot,
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
        wholeRows = new WholeRows(vertical, sides, timelineColumn);
        besideView = new TimelineBesideView(sides, timelineColumn);
        stepperColumn = new StepperColumn(columns, clientSlot, vertical);
        viewType = new ProjectorViewType(inspectorSlot, timelineColumn);
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
     * While {@code lessonOn}, the lesson's opening (the live panes on screen, no message yet) puts the lesson's panel
     * between the client and the server, where it stands beside the timeline from the first message on: «Далее» stays
     * under the lecturer's mouse from the first step (it stood under the panes at y 511, then at y 69; W9-6).
     */
    void lessonBesidePanes(java.util.function.BooleanSupplier lessonOn) {
        this.lessonOn = lessonOn;
    }

    /**
     * A guided lesson's opening: its panel between the live panes, at the timeline's share from the left (the
     * timeline, with nothing to show yet, leaves the band). Not in projector mode, nor once a message is there.
     */
    private boolean lessonOpening(Layout l) {
        return lessonOn.getAsBoolean() && l.stepPanel() && l.inspector() && !l.largeType()
                && l.clientSide() == Layout.ClientSide.CLIENT && l.server() && messages.getAsInt() == 0;
    }

    /** Whether the step panel stands in the band (beside the timeline, or between the panes at a lesson's opening). */
    private boolean beside(Layout l) {
        return l.lessonInBand() || lessonOpening(l);
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
        this.besideView.into(besideView);
    }

    /**
     * While {@code settling} (the inspector's first view comes in parts, its least height measured anew as each comes:
     * no message, the tabs without their view, the handshake's lines), the divider under the band stays where it was
     * put: a big capture's first view moved it three times, each a redraw of the whole window (55-90 ms in software
     * rendering), and back to where it had been (1,000,000 messages, issue 10). The parts' arrangement still follows a
     * new layout at once; the inspector shares the height again when its view is whole.
     */
    void holdWhile(java.util.function.BooleanSupplier settling) {
        this.inspectorSettling = settling;
    }

    /**
     * The client's form sets the band's floor, over the inspector's least, only while {@code connected}: its composer,
     * «Send» under «Disconnect», is then what the lecturer uses. Not connected, the form (the connection's settings,
     * the log, unfolded again when a connection ends) scrolls under its «Connect», always at its top, and the inspector
     * keeps the height its tabs need: after a live step mode (Esc) the client's form took 60 % of the height and the
     * inspector's tabs stood under the fold while the class studied the stepped conversation's frames (1280×800).
     */
    void clientFormWhile(java.util.function.BooleanSupplier connected) {
        this.clientConnected = connected;
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
        boolean side = layout.inspector() && layout.lessonInBand() && place == TimelinePlace.BESIDE_VIEW;
        if (!side) {
            besideView.takeBack();
        }
        List<Node> column = new ArrayList<>(List.of(sides));
        if (layout.stepPanel() && !beside(layout)) {
            column.add(stepPanel);
        }
        if (timelineUnderLesson()) {
            column.add(timelineColumn);
        } else if (inspectorWanted()) {
            column.add(inspectorSlot);
        }
        if (!vertical.getItems().equals(column)) {
            vertical.getItems().setAll(column);   // the timeline leaves the column before it joins the inspector
        }
        if (side) {
            besideView.put(timelineShare());
        }
    }

    /** Whether the inspector has a place in the column: nothing to inspect beside an idle stepper or at an opening. */
    private boolean inspectorWanted() {
        // nothing to inspect at a lesson's opening either: the panes and the lesson take the height
        return layout.inspector() && !nothingBesideStepper() && !lessonOpening(layout) && !timelineUnderLesson()
                && !nothingToInspect();
    }

    /**
     * The empty window without its live panes (projector mode, Ctrl+H) and no step to take: the inspector, which would
     * say "choose a message" of none, leaves the height to the timeline's empty state (how to begin, the lesson's
     * button); F11 over the empty window gave it the lower half. It comes back with the first message.
     */
    private boolean nothingToInspect() {
        return messages.getAsInt() == 0 && layout.clientSide() == Layout.ClientSide.HIDDEN && !layout.server()
                && !layout.stepPanel();
    }

    /** Step mode's opening: the timeline under the lesson in the inspector's place (see {@link TimelinePlace#UNDER_LESSON}). */
    private boolean timelineUnderLesson() {
        return place == TimelinePlace.UNDER_LESSON && layout.inspector() && layout.lessonInBand();
    }

    /**
     * The upper band's parts and their widths: the live panes each at least {@link SideShares#PANE_EM} of the type,
     * folded away when the timeline would be left too narrow (zoomed in); in projector mode and beside the step panel
     * the shares stand as they are.
     */
    private void arrangeBand() {
        Layout next = layout;
        // the live stepper in its own column: it leaves the band (or the column, before the band takes it back)
        boolean column = StepperColumn.wanted(next);
        if (!column) {
            stepperColumn.takeBack();
        }
        boolean wantClient = next.clientSide() != Layout.ClientSide.HIDDEN && !column;
        boolean stepper = next.clientSide() == Layout.ClientSide.LIVE_STEPPER && !next.largeType();
        // the frame builder's bits, preview and Send want the width and the height: the server's form folds away
        boolean builder = next.clientSide() == Layout.ClientSide.FRAME_BUILDER && !next.largeType();
        boolean server = next.server() && !(stepper && stepping.get()) && !builder;
        boolean opening = lessonOpening(next);
        boolean beside = next.lessonInBand() || opening;
        boolean fits = !next.largeType() && (wantClient || server);
        // where the dividers would stand at any type: as they stand (a person's drag), else the shares of the parts
        boolean same = sides.getItems().contains(clientSlot) == wantClient && sides.getItems().contains(serverSlot) == server
                && next.clientSide() == bandSide;
        boolean clientShares = bandSide == Layout.ClientSide.CLIENT || bandSide == Layout.ClientSide.FRAME_BUILDER;
        bandSide = next.clientSide();
        double[] wanted = same ? sides.getDividerPositions().clone()
                : builder ? new double[] {BUILDER_SHARE}
                : opening ? new double[] {TIMELINE_BESIDE_STEP, SIDES[1]}
                : wantClient && server ? sideDividers : new double[] {wantClient ? 0.4 : 0.6};
        SideShares shares = fits ? SideShares.of(sides.getWidth(), fontPx.getAsInt(), wantClient, server, wanted)
                : new SideShares(wantClient, server, null);
        List<Node> band = new ArrayList<>();
        if (shares.client()) {
            band.add(clientSlot);
        }
        if (!opening && !(beside && place != TimelinePlace.BESIDE_LESSON)) {
            besideView.takeBack();
            vertical.getItems().remove(timelineColumn);   // from under step mode's opening lesson: one parent at a time
            band.add(timelineColumn);
        }
        if (next.stepBeside() || opening) {
            band.add(stepPanel);   // the live stepper's card is the client's place (at the left of the timeline)
        }
        if (shares.server()) {
            band.add(serverSlot);
        }
        if (!sides.getItems().equals(band)) {
            if (sides.getItems().size() == 3 && clientShares && !sides.getItems().contains(stepPanel)) {
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
        if (column) {
            stepperColumn.put(fontPx.getAsInt());
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
        // projector mode: the inspector and the timeline beside it in the type that shows the step's view whole under
        // the lesson (see ProjectorViewType)
        double em = fontPx.getAsInt();
        // under the live stepper's card a quarter line more: measured at the share, the handshake's lines at 24 px
        // stood 2 px under the inspector's foot (1280×800)
        double margin = layout.stepperCard() ? 0.75 * em : em / 2;
        viewType.fit(projectorSteps() && now == TimelinePlace.BESIDE_VIEW, h - margin - Math.min(STEP_ALONE_MAX * h,
                stepPanelHeight.applyAsDouble(vertical.getWidth()) + PROJECTOR_SLACK_EM * em), (int) em,
                () -> stepView.getAsBoolean() ? inspectorLeast.applyAsDouble(vertical.getWidth(), besideViewShare()) : 0);
        TimelinePlace before = place;
        place = now;
        if (now != before || vertical.getItems().contains(inspectorSlot) != inspectorWanted()) {
            arrangeBand();
            placeColumn();
            lastPlan = null;
        } else if (place == TimelinePlace.BESIDE_VIEW && layout.inspector() && layout.lessonInBand()) {
            besideView.put(timelineShare());   // its share again for the type fitted (the same share: nothing done)
        }
        if (lastPlan != null && inspectorSettling.getAsBoolean() && vertical.getItems().contains(inspectorSlot)) {
            return;
        }
        double[] plan = plan(h);
        if (Arrays.equals(plan, lastPlan)) {
            return;
        }
        lastPlan = plan;
        vertical.setDividerPositions(plan);
    }

    /**
     * Whether the live stepper's column has nothing on the wire beside it yet: the inspector, which would say "choose a
     * message" of none, leaves the height to the timeline (and the server's form) until the request is sent.
     */
    private boolean nothingBesideStepper() {
        return (stepperColumn.there() || layout.stepperCard()) && messages.getAsInt() == 0;
    }

    /** Where the timeline stands for this height (see {@link TimelinePlace#of}). */
    private TimelinePlace timelinePlace(double h) {
        if (stepsOverCapture()) {
            // step mode, with or without projector mode: the lesson the band's width (its fewest lines), under it the
            // timeline beside the step's view at every step, the view whole at the left of the timeline's arrows; in
            // the normal window the timeline stood beside the lesson where the two fitted, and stepped aside where they
            // did not: the request step had no timeline (W10-2), nor the masking step, its XOR table under the fold
            // (W9-4)
            return messages.getAsInt() > 0 ? TimelinePlace.BESIDE_VIEW : TimelinePlace.UNDER_LESSON;
        }
        if (projectorSteps()) {
            // projector mode: the lesson the band's width (in large type, its fewest lines), the timeline beside the
            // inspector under it once there are messages, their type fitted to the height left (ProjectorViewType)
            // a guided lesson's first step, nothing sent yet: the timeline under the lesson, as step mode's opening
            boolean opening = lessonOn.getAsBoolean() && messages.getAsInt() == 0;
            return messages.getAsInt() > 0 ? TimelinePlace.BESIDE_VIEW
                    : opening ? TimelinePlace.UNDER_LESSON : TimelinePlace.BESIDE_LESSON;
        }
        boolean asked = layout.stepBeside() && stepView.getAsBoolean();
        return !asked ? TimelinePlace.BESIDE_LESSON : TimelinePlace.of(h, vertical.getWidth(), fontPx.getAsInt(),
                TIMELINE_BESIDE_STEP, besideViewShare(), w -> stepPanelHeight.applyAsDouble(w) + SLACK_EM * fontPx.getAsInt(),
                inspectorLeast);
    }

    /**
     * Step mode or live step mode in projector mode: the lesson (the live stepper's card) over the inspector, the
     * timeline beside the inspector's view.
     */
    private boolean projectorSteps() {
        return layout.largeType() && layout.lessonInBand();
    }

    /** Step mode over a capture (F5), with or without projector mode: not a guided lesson in the step panel's place. */
    private boolean stepsOverCapture() {
        return layout.stepBeside() && !lessonOn.getAsBoolean();
    }

    /** The timeline's share of the inspector's width: beside the step's view, or none. */
    private double timelineShare() {
        return place == TimelinePlace.BESIDE_VIEW ? besideViewShare() : 0;
    }

    private double besideViewShare() {
        // in projector mode the timeline beside the view has the view's type
        int em = projectorSteps() && viewType.px() > 0 ? viewType.px() : fontPx.getAsInt();
        return TimelineBesideView.share(vertical.getWidth(), em, TIMELINE_BESIDE_STEP);
    }

    /** The divider positions, top to bottom, for this height. */
    private double[] plan(double h) {
        double em = fontPx.getAsInt();
        // the live forms in the band (not the stepper in its column, nor a pane folded away for the type)
        boolean live = !layout.stepperCard() && (sides.getItems().contains(clientSlot) || sides.getItems().contains(serverSlot));
        boolean beside = beside(layout);
        double step = 0;
        if (layout.stepPanel() && !beside) {
            double most = layout.inspector() ? STEP_MAX : STEP_ALONE_MAX;
            step = Math.min(most * h, Math.max(5 * em, stepPanelHeight.applyAsDouble(vertical.getWidth()) + SLACK_EM * em)) / h;
        }
        if (timelineUnderLesson()) {
            // step mode's opening: the lesson its height, the timeline the rest, where the inspector stands later
            double lesson = stepPanelHeight.applyAsDouble(vertical.getWidth()) + SLACK_EM * em;
            return new double[] {round(Math.min(STEP_ALONE_MAX * h, lesson) / h)};
        }
        if (!layout.inspector()) {
            // the step's arrow whole above the lesson: the timeline in whole rows, the lesson the rest
            return layout.stepPanel() ? new double[] {round(wholeRows.cut(1 - step, 0, h, em))} : new double[0];
        }
        int count = messages.getAsInt();
        if (count == 0 && !live && layout.stepPanel()) {
            // nothing to inspect at a step mode's or a lesson's start: no empty half-screen under the timeline and
            // the lesson, they take the height
            return layout.stepPanel() && !beside ? new double[] {round(1 - step), 1} : new double[] {1};
        }
        if (!vertical.getItems().contains(inspectorSlot)) {
            return new double[0];
        }
        // the chrome as laid out where it is (its estimate before): three arrows whole, not a fourth for the estimate
        double chrome = wholeRows.chrome(CHROME_EM * em);
        // while a step names a view, the timeline's least is the arrows it has, not an empty third row: at the live
        // stepper's accept check (1280×800, two messages) that row's 42 px left the proof under the inspector's foot,
        // which scrolled 14 px (its last pixel 1 px inside what the tests allow)
        int leastRows = stepView.getAsBoolean() ? Math.max(1, Math.min(LEAST_ROWS, count)) : LEAST_ROWS;
        double timelineLeast = (chrome + leastRows * ROW_EM * em) / h;
        double band;
        if (live) {
            band = count == 0 ? LIVE_BAND_EMPTY : clamp(LiveForms.panesHeight(sides, timelineColumn) / h, LIVE_BAND_MIN, LIVE_BAND_MAX);
        } else {
            int rows = Math.max(LEAST_ROWS, count);
            band = Math.max(timelineLeast, Math.min(TIMELINE_MAX, (chrome + rows * ROW_EM * em) / h));
        }
        // the band's floor: three arrows, and beside them the step's lesson whole
        // under the live panes or a lesson, a fourth arrow when there is one: a request, its answer and a message each way
        double floor = live ? (CHROME_EM + Math.min(Math.max(count, LEAST_ROWS), LIVE_ROWS) * ROW_EM) * em / h : timelineLeast;
        if (count == 0 && !live) {
            // the empty timeline says how to begin (and offers the lesson): its words whole, not three rows' height
            // (F11 over the empty window cut them «…или ...»)
            double empty = emptyTimeline(em) / h;
            floor = Math.max(floor, empty);
            band = Math.max(band, empty);
        }
        if (beside) {
            // in projector mode's type the lesson is longer: it keeps more of the height (the view's type is fitted)
            // over the view the lesson has the band's width, measured at it: no scroll bar's slack (F5 at 1280×800:
            // the bits stood 3 px under the window's foot with it)
            boolean overView = (projectorSteps() || stepsOverCapture()) && place == TimelinePlace.BESIDE_VIEW;
            double lesson = Math.min((layout.largeType() ? STEP_ALONE_MAX : STEP_MAX) * h,
                    stepPanelHeight.applyAsDouble(besideWidth()) + (overView ? PROJECTOR_SLACK_EM : SLACK_EM) * em) / h;
            // the timeline not in the band: the lesson alone sets its height
            floor = place == TimelinePlace.BESIDE_LESSON ? Math.max(floor, lesson) : lesson;
            band = Math.max(band, lesson);
        }
        if (sides.getItems().contains(clientSlot) && layout.clientSide() == Layout.ClientSide.FRAME_BUILDER) {
            // the frame being built whole, its bits, preview and Send in view: the timeline and the inspector yield
            double builder = Math.min(BUILDER_BAND_MAX, (LiveForms.formHeight(clientSlot) + SLACK_EM * em) / h);
            floor = Math.max(floor, builder);
            band = Math.max(band, builder);
        }
        if (sides.getItems().contains(clientSlot) && layout.clientSide() == Layout.ClientSide.CLIENT
                && (count == 0 || clientConnected.getAsBoolean())) {
            // the client's everyday controls whole, "Send" in view once connected (its other parts fold away then):
            // the inspector under it scrolls when short
            double client = Math.min(LIVE_BAND_MAX, (LiveForms.formHeight(clientSlot) + SLACK_EM * em) / h);
            floor = Math.max(floor, client);
            band = Math.max(band, client);
        }
        // the timeline holding fewer arrows than its least's three (a step naming a view): it keeps those, the
        // inspector may have the rest
        double inspectorMost = !live && leastRows < LEAST_ROWS ? Math.max(INSPECTOR_LEAST_MAX, 1 - step - timelineLeast)
                : INSPECTOR_LEAST_MAX;
        double inspector = Math.min(inspectorMost, (inspectorLeast.applyAsDouble(vertical.getWidth(), timelineShare()) + em) / h);
        boolean timelineInBand = place == TimelinePlace.BESIDE_LESSON;
        band = timelineInBand ? Math.max(floor, Math.min(band, 1 - step - Math.max(0.15, inspector))) : floor;
        band = timelineInBand ? wholeRows.cut(band, floor, h, em) : band;
        return layout.stepPanel() && !beside ? new double[] {round(band), round(band + step)} : new double[] {round(band)};
    }

    /**
     * The height the empty timeline wants: its chrome as laid out (the band's, with the divider under it) and its
     * placeholder at the list's width; 0 before it is laid out.
     */
    private double emptyTimeline(double em) {
        Node list = timelineColumn.lookup(".timeline-list");
        if (!(list instanceof javafx.scene.control.ListView<?> l) || !(l.getPlaceholder() instanceof Region words)
                || l.getHeight() <= 0 || l.getWidth() <= 0) {
            return 0;
        }
        double chrome = sides.getHeight() - l.getHeight() + em / 2;
        return chrome + words.prefHeight(l.getWidth());
    }

    /** The step panel's width beside the timeline: the band's width right of its divider. */
    private double besideWidth() {
        if (place != TimelinePlace.BESIDE_LESSON) {
            return sides.getWidth();
        }
        double[] dividers = sides.getDividerPositions();
        double at = dividers.length > 0 ? dividers[0] : TIMELINE_BESIDE_STEP;
        // between the live panes at a lesson's opening: up to the server's divider
        double to = dividers.length > 1 && sides.getItems().contains(serverSlot) ? dividers[1] : 1;
        return Math.max(100, sides.getWidth() * (to - at));
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
