package wsinspector.ui.window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import wsinspector.dissect.Message;
import wsinspector.ui.I18n;
import wsinspector.ui.file.DropFiles;
import wsinspector.ui.file.FileCommands;
import wsinspector.ui.inspect.InspectorPane;
import wsinspector.ui.lesson.LessonMode;
import wsinspector.ui.session.Conversation;
import wsinspector.ui.session.Session;
import wsinspector.ui.step.StepMode;
import wsinspector.ui.step.StepPanel;
import wsinspector.ui.timeline.ConversationBar;
import wsinspector.ui.timeline.ListFollower;
import wsinspector.ui.timeline.TimelineView;

/**
 * The one window: the client at the left, the server at the right, the timeline between them and
 * the inspector below. Which mode it is in is its {@link WindowModel}'s; where the parts go and how
 * they share the height, its {@link WindowLayout}'s; the live panes, its {@link LiveSlots}'; the
 * menus talk to its {@link WindowActions}.
 */
public final class MainWindow {
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 800;
    private static final int LESSON_ROWS = 4;
    private final I18n i18n;
    private final Session session;
    private final WindowModel modes = new WindowModel();
    private final Zoom zoom = new Zoom();
    private final IntegerBinding fontPx;
    private final StepMode steps = new StepMode();
    private final BorderPane root = new BorderPane();
    private final StackPane clientSlot = slot("client-slot");
    private final StackPane serverSlot = slot("server-slot");
    private final StackPane inspectorSlot = slot("inspector-slot");
    /** Under the timeline: step mode's panel, or a guided lesson's. */
    private final StackPane stepSlot = slot("step-slot");
    private final LessonMode lesson;
    private final TimelineView timeline;
    private final StepPanel stepPanel;
    private final StatusBar status;
    private final SplitPane vertical = new SplitPane();
    private final SplitPane sides = new SplitPane();
    private final SplitPane columns = new SplitPane();   // the live stepper's column, the bands (StepperColumn)
    private final WindowLayout layout;
    private final LiveSlots liveSlots;
    private final InspectorSlot inspector = new InspectorSlot(inspectorSlot);
    private Stage stage;
    private final ClassroomMenus classroom;
    private final WindowDialogs dialogs;
    private final FileCommands files;
    private final WindowActions actions;

    /** The window with every pane in place (tests, and any caller that need not hurry). */
    public MainWindow(I18n i18n, Session session) {
        this(i18n, session, false);
    }

    /**
     * @param deferPanes leave the slots empty until {@link #populateSlots()}: the application shows
     *                   the window first and builds the heavy panes right after the first frame
     */
    public MainWindow(I18n i18n, Session session, boolean deferPanes) {
        this.i18n = i18n;
        this.session = session;
        this.fontPx = Bindings.createIntegerBinding(() -> zoom.windowSize(modes.projectorProperty().get(), root.getHeight(),
                DEFAULT_HEIGHT), zoom.sizeProperty(), modes.projectorProperty(), root.heightProperty());
        this.timeline = new TimelineView(i18n, fontPx);
        this.stepPanel = new StepPanel(i18n, steps, () -> modes.end(Activity.STEPS));
        this.status = new StatusBar(i18n);
        this.dialogs = new WindowDialogs(i18n, root, zoom, () -> stage);
        this.files = new FileCommands(i18n, session, new WindowFeedback(status, dialogs), timeline, modes::captureOpened,
                () -> stage);
        this.actions = new WindowActions(files, zoom, dialogs, () -> stage);
        this.liveSlots = new LiveSlots(i18n, clientSlot, serverSlot, modes);
        new StepViews(modes, steps, stepPanel, liveSlots, inspector::pane);
        this.lesson = new LessonMode(i18n, session, liveSlots::clientModel, inspector::pane, () -> modes.start(Activity.LESSON),
                () -> modes.end(Activity.LESSON), () -> stage, dialogs::showError,
                shown -> modes.panesHiddenProperty().set(!shown));
        stepSlot.getChildren().setAll(stepPanel);
        this.classroom = new ClassroomMenus(i18n, () -> stage, session);
        VBox timelineColumn = new VBox(new ConversationBar(i18n, session, timeline), files.notice(), timeline);
        timelineColumn.getStyleClass().add("timeline-column");
        VBox.setVgrow(timeline, Priority.ALWAYS);
        timelineColumn.setMinWidth(0);
        timelineColumn.setMinHeight(0);
        this.layout = new WindowLayout(columns, sides, vertical, clientSlot, timelineColumn, serverSlot, stepSlot,
                this::lessonHeight, inspectorSlot,
                this::inspectorLeast, fontPx::get, this::timelineRows);
        layout.foldServerWhile(liveSlots.steppingProperty());
        layout.lessonBesidePanes(() -> modes.isOn(Activity.LESSON));
        layout.holdWhile(inspector::building);
        layout.clientFormWhile(() -> liveSlots.live() != null && liveSlots.live().client().openProperty().get());
        layout.foldTimelineFor(() -> inspector.populated() && inspector.pane().stepTab() != null, inspector::setSide);
        timeline.list().setPlaceholder(Welcome.of(timeline.list().getPlaceholder(), lesson.welcomeButton(), modes, i18n,
                status.readingProperty()));
        buildLayout();
        wireSession();
        wireModes();
        root.styleProperty().bind(Bindings.createStringBinding(() -> Zoom.rootStyle(fontPx.get()), fontPx));
        if (!deferPanes) {
            populateSlots();
        }
    }

    /** The inspector, client and server in their slots, once; the live session (server, client, tap) starts here. */
    public void populateSlots() {
        populateInspector();
        liveSlots.populate(session, modes.layout());
        // the client's form and the inspector share the height by whether the client is connected (clientFormWhile):
        // shared again after its sections have folded for the new state
        liveSlots.live().client().stateProperty().addListener(
                (obs, old, now) -> javafx.application.Platform.runLater(layout::share));
    }

    /** Before the first frame: the live panes' titles, and the file to open said, its layout a capture's already. */
    public void showStarting(Path file) {
        liveSlots.showStarting();
        inspector.showStarting(i18n);
        if (file != null) {
            modes.captureOpened();
            status.expect("load.progress", file.getFileName().toString());
        }
    }

    /** The inspector alone, once (the application builds it in an FX task of its own, before the live panes). */
    public void populateInspector() {
        if (!inspector.populated()) {
            inspector.populate(i18n, modes, () -> javafx.application.Platform.runLater(layout::share), files::afterFirstView);
            inspector.pane().notWebSocketProperty().bind(files.notice().notWebSocketProperty());   // W6-2 (index)
            inspect();
        }
    }

    /** Stops the live session (server, client, tap) and the batching; the window can then close. */
    public void close() {
        liveSlots.close();
    }

    /**
     * How many rows the timeline asks for: its messages; in a guided lesson at most {@value #LESSON_ROWS} (it
     * keeps the step's message in view), so the lesson and the inspector under it keep their room.
     */
    private int timelineRows() {
        int count = timeline.messages().size();
        return modes.isOn(Activity.LESSON) ? Math.min(LESSON_ROWS, count) : count;
    }

    /**
     * The inspector's least height for the layout; in a guided lesson only for a view its step names (otherwise its
     * timeline keeps the rows it had: with the inspector's least its scrolled timeline drew its selected row half out).
     */
    private double inspectorLeast(double width, double timelineShare) {
        boolean stepView = inspector.populated() && inspector.pane().stepTab() != null;
        return modes.isOn(Activity.LESSON) && !stepView ? 0 : inspector.leastHeight(width, timelineShare);
    }

    /**
     * The height that shows the step's lesson whole at a width: the guided lesson's, the live stepper's card over the
     * inspector (projector mode), or step mode's panel.
     */
    private double lessonHeight(double width) {
        if (modes.isOn(Activity.LESSON)) {
            return lesson.panel().wantedHeight(width);
        }
        if (modes.layout().stepperCard() && liveSlots.stepPane() != null) {
            return liveSlots.stepPane().wantedHeight(width);
        }
        return stepPanel.wantedHeight(width);
    }

    private static StackPane slot(String id) {
        StackPane p = new StackPane();
        p.setId(id);
        p.getStyleClass().add("slot");
        p.setMinSize(0, 0);
        return p;
    }

    private void buildLayout() {
        root.getStyleClass().add("main-window");
        javafx.scene.control.MenuBar menuBar = new AppMenus(i18n, actions, modes).bar();
        lesson.install(menuBar);
        classroom.install(menuBar);
        root.setTop(menuBar);
        sides.setId("sides");
        sides.setMinHeight(0);
        vertical.setId("upper-lower");
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.getItems().setAll(sides, inspectorSlot);
        layout.arrangeOn(sides.widthProperty(), fontPx);
        layout.shareOn(vertical.heightProperty(), vertical.widthProperty(), fontPx, steps.positionProperty(),
                steps.pageProperty());
        // after the panes have their texts in the new language: their heights follow them
        i18n.localeProperty().addListener((obs, old, now) -> javafx.application.Platform.runLater(layout::share));
        lesson.panel().setOnTextChanged(layout::share);
        // projector mode: the lesson over the inspector, across the band's width (see LessonPanel#setProjector)
        lesson.panel().setProjector(modes.projectorProperty().get());
        modes.projectorProperty().addListener((obs, old, now) -> lesson.panel().setProjector(now));
        // the live stepper's card over the inspector (projector mode) is as tall as its step's lesson, after it is drawn
        liveSlots.stepShownProperty().addListener((obs, old, now) -> javafx.application.Platform.runLater(layout::share));
        TimelineCounts counts = new TimelineCounts(this::timelineRows, timeline.list(), vertical, fontPx::get);
        new ListFollower<>(timeline.list().itemsProperty(), (ListChangeListener<Message>) change -> {
            // a capture being read changes the list twenty times a second: the height is shared again only when the
            // count matters to it or the inspector shows another message
            if (counts.changed()) {
                layout.share();
            }
            if (inspector.inspect(session.current(), session.selected(), timeline.messages()) || answerCame()) {
                javafx.application.Platform.runLater(layout::share);
            }
        }, () -> {
            layout.share();
            inspect();
        });
        root.setCenter(columns);
        root.setBottom(status);
        root.getChildren().add(new KeptStylesheets());
    }

    private void wireSession() {
        timeline.selectedProperty().bindBidirectional(session.selectedProperty());
        modes.conversationShownProperty().bind(session.currentProperty().isNotNull());
        modes.readingProperty().bind(status.readingProperty().isNotNull());   // F5 while reading waits for it (W8-11)
        status.readingProperty().addListener((obs, old, now) -> {
            if (now == null && answerCame()) {
                javafx.application.Platform.runLater(layout::share);
            }
        });
        session.currentProperty().addListener((obs, old, now) -> {
            modes.conversationChanged(old == null || !old.messages().isEmpty());
            timeline.setMessages(now == null ? null : now.messages());
            timeline.setTimeOrigin(now == null ? java.util.OptionalLong.empty() : now.timeOrigin());
            status.showConversation(now);
            modes.conversationOnScreen();
        });
        steps.currentProperty().addListener((obs, old, now) -> session.select(now));
        session.selectedProperty().addListener((obs, old, now) -> inspect());
        session.droppedProperty().addListener((obs, old, now) -> status.show("status.dropped", now));
        // the status line follows the live step shown, not the network: "closed" once the close is shown (W8-8)
        status.holdCloseWhile(Bindings.createBooleanBinding(() -> modes.isOn(Activity.LIVE_STEPPER)
                && liveSlots.endAheadProperty().get(), modes.activityProperty(), liveSlots.endAheadProperty()));
    }

    private void wireModes() {
        StepsOnTimeline stepsOnTimeline = new StepsOnTimeline(steps, session, timeline);
        modes.activityProperty().addListener((obs, old, now) -> {
            if (old == Activity.STEPS) {
                stepsOnTimeline.leave();
            }
            if (old == Activity.LESSON) {
                lesson.ended();
            }
            stepSlot.getChildren().setAll(now == Activity.LESSON ? lesson.panel() : stepPanel);
            if (now == Activity.STEPS) {
                stepsOnTimeline.start();
            }
        });
        modes.layoutProperty().addListener((obs, old, now) -> applyLayout(now));
        applyLayout(modes.layout());
    }

    private void applyLayout(Layout now) {
        liveSlots.show(now);
        layout.apply(now);
        // projector mode's type is large already: the panes' own enlargements step back (app.css, live.css)
        root.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("projector"), now.largeType());
        status.setVisible(now.statusBar());
        status.setManaged(now.statusBar());
        inspector.setEnlarged(now.inspectorEnlarged());
    }

    /**
     * The answer to the request on screen has come (a guided lesson's, a live client's): its accept computation
     * compares it. Not while a capture is read: its view made again during the load stalled the window 115 ms
     * against 60 (bench/window-load.sh), it comes when the reading ends.
     */
    private boolean answerCame() {
        return status.readingProperty().get() == null && inspector.answerCame(session.current(), timeline.messages());
    }

    /** The selection drives the inspector; until a message is chosen it follows the newest one. */
    private void inspect() {
        inspector.inspect(session.current(), session.selected(), timeline.messages());
        // the inspector's least height follows its message: shared after the selection has settled (a share in the
        // middle of it moved the timeline while it scrolled its selected row into view)
        javafx.application.Platform.runLater(layout::share);
    }

    /** Builds the scene: theme, stylesheet, shortcuts, step keys, drag-and-drop. */
    public Scene createScene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
        AppMenus.installZoomKeys(scene, zoom);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, new StepKeyFilter(modes, steps, liveSlots, lesson));
        TooltipKeys.install(scene);   // Esc over a tooltip leaves step mode too (W9-18)
        DropFiles.install(scene, this::dropFiles);
        return scene;
    }

    /** Shows the window on a stage, the title following the language and the conversation, sized for the screen. */
    public void install(Stage stage) {
        this.stage = stage;
        stage.titleProperty().bind(Bindings.createStringBinding(() -> {
            Conversation c = session.current();
            return c == null ? i18n.t("app.title") : i18n.t("app.title") + " — " + c.label(i18n);
        }, i18n.localeProperty(), session.currentProperty()));
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        WindowSize size = WindowSize.forScreen(screen.getWidth(), screen.getHeight());
        zoom.setBase(size.fontPx());
        stage.setScene(createScene(size.width(), size.height()));
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setMinWidth(Math.min(900, screen.getWidth()));
        stage.setMinHeight(Math.min(600, screen.getHeight()));
    }

    // ---- commands ------------------------------------------------------------------------------

    /** Opens a capture or dump in a background task; a new conversation when it has loaded. */
    public Task<?> open(Path file) {
        return backToStartIfEmpty(files.open(file));
    }

    /** Opens any source of conversations (a test's) as a file is opened. */
    public Task<?> open(wsinspector.ui.file.CaptureSource source) {
        return backToStartIfEmpty(files.open(source));
    }

    /**
     * A file that held no conversation (empty, unreadable, cancelled before its first) leaves the window as it starts:
     * a file named on the command line gave the window a capture's layout before it was read (see showStarting), and an
     * empty one kept it, the welcome and its lesson button squeezed over an empty inspector (W7-9).
     */
    private Task<?> backToStartIfEmpty(Task<?> load) {
        // the state, not isDone(): the succeeded event can come before the task's future is done
        load.addEventHandler(javafx.concurrent.WorkerStateEvent.ANY, e -> {
            javafx.concurrent.Worker.State state = load.getState();
            boolean ended = state == javafx.concurrent.Worker.State.SUCCEEDED || state == javafx.concurrent.Worker.State.FAILED
                    || state == javafx.concurrent.Worker.State.CANCELLED;
            if (ended && session.current() == null) {
                modes.nothingOpened();
            }
        });
        return load;
    }

    /** Opens the first file of a drop; false when none is a regular file. */
    boolean dropFiles(List<File> dropped) {
        return files.dropFiles(dropped);
    }

    /** Saves the conversation on screen (pcapng or xxd, by the name) in the background; null (with a dialog) when it cannot. */
    public Task<Long> saveTo(Path file) {
        return files.saveTo(file);
    }

    /** What Quit does (the application exits the toolkit); by default the window closes. */
    public void setOnQuit(Runnable action) {
        actions.setOnQuit(action);
    }

    /** The dark theme, on or off. */
    public BooleanProperty darkProperty() {
        return actions.darkProperty();
    }

    // ---- parts, for the application and tests ----------------------------------------------------

    public BorderPane root() {
        return root;
    }

    /** The exercises' and the handouts' menus. */
    public ClassroomMenus classroom() {
        return classroom;
    }

    public Session session() {
        return session;
    }

    public I18n i18n() {
        return i18n;
    }

    /** Which mode the window is in (step mode, live stepper, frame builder, the layout switches). */
    public WindowModel modes() {
        return modes;
    }

    public Zoom zoom() {
        return zoom;
    }

    /** The window's font size in px now: the zoom's, or projector mode's larger one. */
    public int fontPx() {
        return fontPx.get();
    }

    public StepMode steps() {
        return steps;
    }

    public StepPanel stepPanel() {
        return stepPanel;
    }

    /** The guided lesson (its panel, its run, File -> Open lesson). */
    public LessonMode lesson() {
        return lesson;
    }

    /** The client and server panes and the live session behind them, once the slots are populated. */
    public LiveSlots liveSlots() {
        return liveSlots;
    }

    public TimelineView timeline() {
        return timeline;
    }

    public InspectorPane inspector() {
        return inspector.pane();
    }

    /** Where the client pane goes (left). */
    public StackPane clientSlot() {
        return clientSlot;
    }

    /** Where the server pane goes (right). */
    public StackPane serverSlot() {
        return serverSlot;
    }

    /** Where the inspector goes (bottom). */
    public StackPane inspectorSlot() {
        return inspectorSlot;
    }

    /** The last dialog shown (tests read its text). */
    Alert lastDialog() {
        return dialogs.lastDialog();
    }
}
