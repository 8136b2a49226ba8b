package wsinspector.ui.window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.concurrent.Task;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import wsinspector.dissect.Message;
import wsinspector.ui.inspect.InspectorPane;
import wsinspector.ui.live.ClientPane;
import wsinspector.ui.live.FrameBuilderPane;
import wsinspector.ui.live.LiveClient;
import wsinspector.ui.live.LiveServer;
import wsinspector.ui.live.LiveSession;
import wsinspector.ui.live.ServerPane;
import wsinspector.ui.live.StepPane;
import wsinspector.ui.I18n;
import wsinspector.ui.file.DropFiles;
import wsinspector.ui.file.FileCommands;
import wsinspector.ui.session.Conversation;
import wsinspector.ui.session.FxBatcher;
import wsinspector.ui.session.Session;
import wsinspector.ui.session.SessionFeed;
import wsinspector.ui.step.StepMode;
import wsinspector.ui.step.StepPanel;
import wsinspector.ui.timeline.ConversationCell;
import wsinspector.ui.timeline.ListFollower;
import wsinspector.ui.timeline.TimelineView;

/**
 * The one window: the client at the left, the server at the right, the timeline between them and
 * the inspector below; menus, shortcuts, opening and saving, zoom, theme, language and step mode.
 * The client, server and inspector panes live in their own packages and are put in the slots;
 * the file commands ({@link FileCommands}) and the dialogs ({@link WindowDialogs}) are parts it owns.
 */
public final class MainWindow {
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 800;
    /** The top band's share of the height (client | timeline | server); the inspector gets the rest. */
    static final double BAND_SHARE = 0.38;
    /** The band's share when the client and server are hidden: the timeline is wide, the inspector taller. */
    static final double FOCUS_BAND_SHARE = 0.30;
    /** The band's least height in the focus layout, in em: the chooser, the lifelines and three arrows. */
    static final double FOCUS_BAND_MIN_EM = 13.5;
    private static final double[] SIDES = {0.27, 0.73};

    private final I18n i18n;
    private final Session session;
    private final Zoom zoom = new Zoom();
    private final StepMode steps = new StepMode();
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");

    private final BorderPane root = new BorderPane();
    private final StackPane clientSlot = slot("client-slot");
    private final StackPane serverSlot = slot("server-slot");
    private final StackPane inspectorSlot = slot("inspector-slot");
    private final TimelineView timeline;
    private InspectorPane inspector;
    private LiveSession live;
    private FxBatcher batcher;
    private ClientPane clientPane;
    private ServerPane serverPane;
    private StepPane liveSteps;
    private FrameBuilderPane frameBuilder;
    private final BooleanProperty liveStepMode = new SimpleBooleanProperty(this, "liveStepMode");
    private final BooleanProperty frameBuilderShown = new SimpleBooleanProperty(this, "frameBuilderShown");
    private final StepPanel stepPanel;
    private final StatusBar status;
    private final SplitPane vertical = new SplitPane();
    private final SplitPane sides = new SplitPane();
    private VBox timelineColumn;
    private double[] sideDividers = SIDES.clone();
    private final BooleanProperty panesHidden = new SimpleBooleanProperty(this, "panesHidden");
    private final BooleanProperty tabsEnlarged = new SimpleBooleanProperty(this, "tabsEnlarged");
    private Stage stage;
    private Runnable onQuit;
    private final WindowDialogs dialogs;
    private final FileCommands files;

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
        this.timeline = new TimelineView(i18n, zoom.sizeProperty());
        this.stepPanel = new StepPanel(i18n, steps, () -> setStepMode(false));
        this.status = new StatusBar(i18n);
        this.dialogs = new WindowDialogs(i18n, root, zoom, () -> stage);
        this.files = new FileCommands(i18n, session, status, timeline, panesHidden, dialogs, () -> stage);
        buildLayout();
        wireSession();
        root.styleProperty().bind(Bindings.createStringBinding(zoom::rootStyle, zoom.sizeProperty()));
        dark.addListener((obs, old, now) -> (now ? Theme.DARK : Theme.LIGHT).apply());
        if (!deferPanes) {
            populateSlots();
        }
    }

    /**
     * Puts the inspector, the client and the server into their slots, once: the live session (echo
     * server, client, wire tap) starts here, and everything the tap records reaches the timeline.
     */
    public void populateSlots() {
        if (inspector != null) {
            return;
        }
        inspector = new InspectorPane(i18n);
        inspector.tabsEnlargedProperty().bindBidirectional(tabsEnlarged);
        inspectorSlot.getChildren().setAll(inspector);
        inspect(session.selected());
        live = new LiveSession();
        batcher = new FxBatcher();
        live.addTapListener(new SessionFeed(session, batcher, true));
        clientPane = new ClientPane(i18n, live);
        clientSlot.getChildren().setAll(clientPane);
        serverPane = new ServerPane(i18n, live);
        serverSlot.getChildren().setAll(serverPane);
        // Whatever starts live traffic brings the client and the server back into view.
        liveStepMode.addListener((obs, old, now) -> {
            if (now) {
                setStepMode(false);
                frameBuilderShown.set(false);
                panesHidden.set(false);
            }
            showClientSide();
        });
        frameBuilderShown.addListener((obs, old, now) -> {
            if (now) {
                liveStepMode.set(false);
                panesHidden.set(false);
            }
            showClientSide();
        });
        live.server().stateProperty().addListener((obs, old, now) -> {
            if (now == LiveServer.ServerState.STARTING || now == LiveServer.ServerState.RUNNING) {
                panesHidden.set(false);
            }
        });
        live.client().stateProperty().addListener((obs, old, now) -> {
            if (now == LiveClient.ClientState.CONNECTING || now == LiveClient.ClientState.OPEN) {
                panesHidden.set(false);
            }
        });
    }

    /**
     * The client's side shows the client, or the live stepper (which walks a new connection one step
     * at a time), or the frame builder (which sends frames made bit by bit, broken ones too).
     */
    private void showClientSide() {
        if (liveStepMode.get()) {
            if (liveSteps == null) {
                liveSteps = new StepPane(i18n, live);
            }
            clientSlot.getChildren().setAll(liveSteps);
            liveSteps.requestFocus();
        } else if (frameBuilderShown.get()) {
            if (frameBuilder == null) {
                frameBuilder = new FrameBuilderPane(i18n, live);
            }
            clientSlot.getChildren().setAll(frameBuilder);
        } else {
            clientSlot.getChildren().setAll(clientPane);
        }
    }

    /** Stops the live session (server, client, tap) and the batching; the window can then close. */
    public void close() {
        if (live != null) {
            live.close();
        }
        if (batcher != null) {
            batcher.close();
        }
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
        root.setTop(new AppMenus(i18n, this).bar());

        timelineColumn = new VBox(conversationBar(), timeline);
        timelineColumn.getStyleClass().add("timeline-column");
        VBox.setVgrow(timeline, Priority.ALWAYS);
        timelineColumn.setMinWidth(0);

        sides.getItems().setAll(clientSlot, timelineColumn, serverSlot);
        sides.setId("sides");
        sides.setDividerPositions(SIDES);
        sides.setMinHeight(0);
        vertical.getItems().setAll(sides, inspectorSlot);
        vertical.setId("upper-lower");
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setDividerPositions(BAND_SHARE);
        panesHidden.addListener((obs, old, now) -> showPanes(!now));
        // a smaller window keeps three arrows in the focus layout's band
        vertical.heightProperty().addListener((obs, old, now) -> {
            if (panesHidden.get() && !vertical.getItems().contains(stepPanel)) {
                vertical.setDividerPosition(0, Math.max(vertical.getDividerPositions()[0], focusBandShare()));
            }
        });
        root.setCenter(vertical);
        root.setBottom(status);
    }

    private Node conversationBar() {
        ComboBox<Conversation> chooser = new ComboBox<>(session.conversations());
        chooser.setId("conversation-chooser");
        chooser.valueProperty().bindBidirectional(session.currentProperty());
        chooser.setCellFactory(v -> new ConversationCell(i18n));
        chooser.setButtonCell(new ConversationCell(i18n));
        chooser.promptTextProperty().bind(i18n.bind("timeline.noConversation"));
        chooser.setMaxWidth(Double.MAX_VALUE);
        chooser.setMinWidth(0);
        HBox.setHgrow(chooser, Priority.ALWAYS);
        Label count = new Label();
        count.getStyleClass().add("message-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        Runnable render = () -> count.setText(i18n.t("timeline.count", timeline.messages().size()));
        new ListFollower<>(timeline.list().itemsProperty(), change -> render.run(), render);
        i18n.localeProperty().addListener((obs, old, now) -> render.run());
        HBox bar = new HBox(chooser, count);
        bar.getStyleClass().add("conversation-bar");
        return bar;
    }

    private void wireSession() {
        timeline.selectedProperty().bindBidirectional(session.selectedProperty());
        session.currentProperty().addListener((obs, old, now) -> {
            setStepMode(false);
            timeline.setMessages(now == null ? null : now.messages());
        });
        steps.currentProperty().addListener((obs, old, now) -> session.select(now));
        session.selectedProperty().addListener((obs, old, now) -> inspect(now));
        session.droppedProperty().addListener((obs, old, now) -> status.show("status.dropped", now));
    }

    /**
     * The focus layout for teaching from a capture: the client and server leave the band, the
     * timeline spans it and the inspector grows; back again, each divider where it was.
     */
    private void showPanes(boolean show) {
        boolean shown = sides.getItems().contains(clientSlot);
        if (show == shown) {
            return;
        }
        if (show) {
            sides.getItems().setAll(clientSlot, timelineColumn, serverSlot);
            sides.setDividerPositions(sideDividers);
        } else {
            sideDividers = sides.getDividerPositions().clone();
            sides.getItems().setAll(timelineColumn);
        }
        if (!vertical.getItems().contains(stepPanel)) {
            vertical.setDividerPositions(show ? Math.max(vertical.getDividerPositions()[0], BAND_SHARE)
                    : Math.min(vertical.getDividerPositions()[0], focusBandShare()));
        }
    }

    /** The focus layout's band: a share of the height, but never fewer than three arrows. */
    private double focusBandShare() {
        double h = vertical.getHeight();
        if (h <= 0) {
            return FOCUS_BAND_SHARE;
        }
        double least = FOCUS_BAND_MIN_EM * zoom.size() / h;
        return Math.min(BAND_SHARE, Math.max(FOCUS_BAND_SHARE, least));
    }

    /** The selection drives the inspector; the whole conversation gives it context (a response's request). */
    private void inspect(Message message) {
        Conversation c = session.current();
        if (inspector == null) {
            return;
        }
        if (message == null || c == null) {
            inspector.clear();
        } else {
            inspector.show(message, c.messages());
        }
    }

    /** Builds the scene: theme, stylesheet, shortcuts, step keys, drag-and-drop. */
    public Scene createScene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
        scene.getAccelerators().put(AppMenus.ZOOM_IN_EQUALS, zoom::zoomIn);
        scene.getAccelerators().put(AppMenus.ZOOM_IN_ADD, zoom::zoomIn);
        scene.getAccelerators().put(AppMenus.ZOOM_OUT_SUBTRACT, zoom::zoomOut);
        scene.getAccelerators().put(AppMenus.ZOOM_RESET_NUMPAD, zoom::reset);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::stepKeys);
        scene.setOnDragOver(e -> {
            if (DropFiles.accepts(e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of())) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean done = e.getDragboard().hasFiles() && dropFiles(e.getDragboard().getFiles());
            e.setDropCompleted(done);
            e.consume();
        });
        return scene;
    }

    /** Shows the window on a stage, the title following the language and the conversation. */
    public void install(Stage stage) {
        this.stage = stage;
        stage.titleProperty().bind(Bindings.createStringBinding(() -> {
            Conversation c = session.current();
            return c == null ? i18n.t("app.title") : i18n.t("app.title") + " — " + c.label(i18n);
        }, i18n.localeProperty(), session.currentProperty()));
        // never larger than the screen: on a 1024×768 projector the whole window must be on it
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setScene(createScene(Math.min(DEFAULT_WIDTH, screen.getWidth()), Math.min(DEFAULT_HEIGHT, screen.getHeight())));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
    }

    private void stepKeys(KeyEvent e) {
        if (!steps.isActive() || e.getTarget() instanceof TextInputControl) {
            return;
        }
        switch (e.getCode()) {
            case RIGHT, PAGE_DOWN, SPACE -> steps.next();
            case LEFT, PAGE_UP -> steps.back();
            case ESCAPE -> setStepMode(false);
            default -> {
                return;
            }
        }
        e.consume();
    }

    // ---- commands ------------------------------------------------------------------------------

    /** Opens a capture or dump in a background task; a new conversation when it has loaded. */
    public Task<?> open(Path file) {
        return files.open(file);
    }

    public void openWithChooser() {
        files.openWithChooser();
    }

    /** Opens the first file of a drop; false when none is a regular file. */
    boolean dropFiles(List<File> dropped) {
        return files.dropFiles(dropped);
    }

    /** Writes the conversation on screen as a hex dump; false (with a dialog) when it could not. */
    public boolean saveTo(Path file) {
        return files.saveTo(file);
    }

    public void saveWithChooser() {
        files.saveWithChooser();
    }

    public void quit() {
        if (onQuit != null) {
            onQuit.run();
        } else if (stage != null) {
            stage.close();
        }
    }

    /** What Quit does (the application exits the toolkit); by default the window closes. */
    public void setOnQuit(Runnable action) {
        this.onQuit = action;
    }

    /** Turns step mode on over the conversation on screen (from its start) or off. */
    public void setStepMode(boolean on) {
        if (on == steps.isActive()) {
            return;
        }
        if (on) {
            liveStepMode.set(false);
        }
        Conversation c = session.current();
        if (on && c != null) {
            steps.start(c.messages());
            timeline.setMessages(steps.shown());
            session.select(null);
        } else {
            steps.stop();
            timeline.setMessages(c == null ? null : c.messages());
        }
        showStepPanel(steps.isActive());
    }

    /** The step panel goes between the timeline and the inspector, with room for the lesson's text. */
    private void showStepPanel(boolean show) {
        boolean shown = vertical.getItems().contains(stepPanel);
        if (show && !shown) {
            double[] old = vertical.getDividerPositions();
            vertical.getItems().add(1, stepPanel);
            double top = old.length > 0 ? Math.min(old[0], 0.38) : 0.38;
            vertical.setDividerPositions(top, top + 0.2);
        } else if (!show && shown) {
            double top = vertical.getDividerPositions()[0];
            vertical.getItems().remove(stepPanel);
            vertical.setDividerPositions(Math.max(top, panesHidden.get() ? focusBandShare() : BAND_SHARE));
        }
    }

    public void showAbout() {
        dialogs.showAbout();
    }

    public void showShortcuts() {
        dialogs.showShortcuts();
    }

    // ---- parts, for the application, the other panes and tests -----------------------------------

    public BorderPane root() {
        return root;
    }

    public Session session() {
        return session;
    }

    public I18n i18n() {
        return i18n;
    }

    public Zoom zoom() {
        return zoom;
    }

    public StepMode steps() {
        return steps;
    }

    /** Whether the client's side shows the live stepper (View menu, Shift+F5). */
    public BooleanProperty liveStepModeProperty() {
        return liveStepMode;
    }

    /**
     * Whether the client and server panes are hidden (View menu, Ctrl+H): on after opening a file,
     * off when the server starts or the client connects.
     */
    public BooleanProperty panesHiddenProperty() {
        return panesHidden;
    }

    /** Whether the client's side shows the frame builder (View menu, Ctrl+B). */
    public BooleanProperty frameBuilderProperty() {
        return frameBuilderShown;
    }

    /** The client pane, once the slots are populated. */
    public ClientPane clientPane() {
        return clientPane;
    }

    /** The server pane, once the slots are populated. */
    public ServerPane serverPane() {
        return serverPane;
    }

    /** The live session, once the slots are populated. */
    public LiveSession live() {
        return live;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public TimelineView timeline() {
        return timeline;
    }

    /** Where the client pane goes (left). */
    public StackPane clientSlot() {
        return clientSlot;
    }

    /** Where the server pane goes (right). */
    public StackPane serverSlot() {
        return serverSlot;
    }

    /** Whether the inspector's tabs fill it, hex and tree hidden (View menu, Ctrl+M, double-click on a tab). */
    public BooleanProperty tabsEnlargedProperty() {
        return tabsEnlarged;
    }

    public InspectorPane inspector() {
        return inspector;
    }

    /** Where the inspector goes (bottom). */
    public StackPane inspectorSlot() {
        return inspectorSlot;
    }

    /** Gives the inspector this share of the height, as a person dragging the divider would. */
    void setInspectorShare(double share) {
        double[] positions = vertical.getDividerPositions();
        vertical.setDividerPosition(positions.length - 1, 1 - share);
    }

    StepPanel stepPanel() {
        return stepPanel;
    }

    /** The last dialog shown (tests read its text). */
    Alert lastDialog() {
        return dialogs.lastDialog();
    }

    boolean isLoading() {
        return status.busy();
    }
}
