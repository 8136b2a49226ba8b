package wsinspector.ui.window;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.layout.StackPane;
import wsinspector.ui.I18n;
import wsinspector.ui.live.ClientPane;
import wsinspector.ui.live.ClientPaneModel;
import wsinspector.ui.live.FrameBuilderPane;
import wsinspector.ui.live.LiveClient;
import wsinspector.ui.live.LiveServer;
import wsinspector.ui.live.LiveSession;
import wsinspector.ui.live.PaneSkeleton;
import wsinspector.ui.live.ServerPane;
import wsinspector.ui.live.StepOnScreen;
import wsinspector.ui.live.StepPane;
import wsinspector.ui.session.FxBatcher;
import wsinspector.ui.session.Session;
import wsinspector.ui.session.SessionFeed;

/**
 * The live side of the window: the echo server, the client and the wire tap between them, and the
 * panes that drive them in the client's and the server's places. The client's place shows the
 * client, the live stepper or the frame builder, as the {@link Layout} says; the stepper and the
 * builder are built the first time they are asked for.
 */
public final class LiveSlots {
    private final I18n i18n;
    private final StackPane clientSlot;
    private final StackPane serverSlot;
    private final WindowModel modes;
    private LiveSession live;
    private FxBatcher batcher;
    private ClientPane clientPane;
    private ServerPane serverPane;
    private StepPane stepper;
    private FrameBuilderPane builder;
    private Layout.ClientSide showing = Layout.ClientSide.HIDDEN;
    /** Whether the live stepper took the client's place since the client pane last stood in it. */
    private boolean stepped;
    private Session session;
    /** Whether the inspector is on screen under the band (not in projector mode): the stepper's card leaves it the bytes. */
    private boolean inspectorBeside;
    /** Projector mode: the stepper's card across the width over the inspector, its buttons in a row (see StepPane). */
    private boolean cardOverInspector;
    private final ReadOnlyBooleanWrapper stepping = new ReadOnlyBooleanWrapper(this, "stepping");
    private final ReadOnlyBooleanWrapper endAhead = new ReadOnlyBooleanWrapper(this, "endAhead");
    private final javafx.beans.property.ReadOnlyObjectWrapper<Object> stepShown =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "stepShown");

    LiveSlots(I18n i18n, StackPane clientSlot, StackPane serverSlot, WindowModel modes) {
        this.i18n = i18n;
        this.clientSlot = clientSlot;
        this.serverSlot = serverSlot;
        this.modes = modes;
    }

    /** Starts the live session and puts the panes in place; its traffic reaches the session's timeline. */
    void populate(Session session, Layout layout) {
        if (live != null) {
            return;
        }
        this.session = session;
        live = new LiveSession();
        batcher = new FxBatcher();
        live.addTapListener(new SessionFeed(session, batcher, true));
        clientPane = new ClientPane(i18n, live);
        serverPane = new ServerPane(i18n, live);
        serverSlot.getChildren().setAll(serverPane);
        // the server's close reasons and refusals in the reader's language, as the server pane says the same event
        live.server().setPeerLanguage(i18n.locale());
        i18n.localeProperty().addListener((obs, old, now) -> live.server().setPeerLanguage(now));
        // whatever starts live traffic brings the client and the server back into view
        live.server().stateProperty().addListener((obs, old, now) -> {
            if (now == LiveServer.ServerState.STARTING || now == LiveServer.ServerState.RUNNING) {
                modes.liveTrafficStarted();
            }
        });
        live.client().stateProperty().addListener((obs, old, now) -> {
            if (now == LiveClient.ClientState.CONNECTING || now == LiveClient.ClientState.OPEN) {
                modes.liveTrafficStarted();
            }
        });
        showing = null;
        show(layout);
    }

    /** Before the panes are built (the window's first frame): their titles, and that they are starting. */
    void showStarting() {
        if (live == null) {
            clientSlot.getChildren().setAll(PaneSkeleton.client(i18n));
            serverSlot.getChildren().setAll(PaneSkeleton.server(i18n));
        }
    }

    /** Puts the pane the layout asks for in the client's place (nothing before the panes are built). */
    void show(Layout layout) {
        inspectorBeside = layout.inspector();
        cardOverInspector = layout.stepperCard();
        if (stepper != null) {
            stepper.inspectedProperty().set(inspectorBeside);
            stepper.setProjector(cardOverInspector);
        }
        show(layout.clientSide());
    }

    private void show(Layout.ClientSide side) {
        if (live == null || side == showing) {
            return;
        }
        showing = side;
        switch (side) {
            case LIVE_STEPPER -> {
                if (stepper == null) {
                    stepper = new StepPane(i18n, live);
                    stepper.inspectedProperty().set(inspectorBeside);
                    stepper.setProjector(cardOverInspector);
                    StepOnScreen.follow(stepper, session);
                    stepping.bind(Bindings.createBooleanBinding(() -> !stepper.stepper().planProperty().get().isEmpty(),
                            stepper.stepper().planProperty()));
                    endAhead.bind(stepper.stepper().endAheadProperty());
                    stepShown.bind(stepper.stepper().currentProperty());
                }
                startOverAfterTheEnd();
                stepped = true;
                clientSlot.getChildren().setAll(stepper);
                stepper.requestFocus();
                startTheServerForTheStepper();
            }
            case FRAME_BUILDER -> {
                if (builder == null) {
                    builder = new FrameBuilderPane(i18n, live);
                }
                clientSlot.getChildren().setAll(builder);
            }
            case CLIENT -> {
                clientSlot.getChildren().setAll(clientPane);
                if (stepped) {
                    stepped = false;
                    // back from live step mode the lecturer starts again from the client's title, state and Connect:
                    // it came back half-scrolled
                    clientPane.scrollToTop();
                }
            }
            case HIDDEN -> {
                // the slot leaves the band; what it held stays for its return
            }
        }
    }

    /**
     * A walk that reached its connection's end is over: Shift+F5 again after Esc starts a new one (it showed the last
     * step of the finished walk, W9-18), as «Start over» does. A walk left halfway is taken up where it was left.
     */
    private void startOverAfterTheEnd() {
        if (stepper.stepper().finishedProperty().get()) {
            stepper.stepper().restart();
        }
    }

    /**
     * Live step mode walks a connection to the window's own echo server: a lecturer who asks for it (Shift+F5) with
     * the server stopped means it to run, as it does when the server pane's Start was pressed (the stepper's "Next"
     * only said in red to start it). A URL of another server, typed, is left to itself.
     */
    private void startTheServerForTheStepper() {
        if (stepper.stepper().planProperty().get().isEmpty() && stepper.stepper().namesTheWindowsServer()
                && live.server().stateProperty().get() == LiveServer.ServerState.STOPPED) {
            serverPane.model().start();
        }
    }

    /** Stops the live session (server, client, tap) and the batching. */
    void close() {
        if (live != null) {
            live.close();
        }
        if (batcher != null) {
            batcher.close();
        }
    }

    /** The client pane, once the slots are populated. */
    public ClientPane clientPane() {
        return clientPane;
    }

    /** The client pane's settings and commands (and through them the live session), once the slots are populated. */
    public ClientPaneModel clientModel() {
        return clientPane == null ? null : clientPane.model();
    }

    /** The live step mode's pane (Shift+F5), once it has been shown; null before. */
    public StepPane stepPane() {
        return stepper;
    }

    /** Whether the live stepper is stepping a connection (its plan is made), until it restarts. */
    public ReadOnlyBooleanProperty steppingProperty() {
        return stepping.getReadOnlyProperty();
    }

    /** Whether the live stepper shows a step before its connection's end (see LiveStepper#endAheadProperty). */
    public ReadOnlyBooleanProperty endAheadProperty() {
        return endAhead.getReadOnlyProperty();
    }

    /** The live stepper's step on screen (its card's height follows it), null before the stepper is shown. */
    public javafx.beans.property.ReadOnlyObjectProperty<Object> stepShownProperty() {
        return stepShown.getReadOnlyProperty();
    }

    /** The server pane, once the slots are populated. */
    public ServerPane serverPane() {
        return serverPane;
    }

    /** The live session, once the slots are populated. */
    public LiveSession live() {
        return live;
    }
}
