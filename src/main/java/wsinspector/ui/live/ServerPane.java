package wsinspector.ui.live;

import static wsinspector.ui.live.Widgets.button;
import static wsinspector.ui.live.Widgets.check;
import static wsinspector.ui.live.Widgets.field;
import static wsinspector.ui.live.Widgets.label;
import static wsinspector.ui.live.Widgets.section;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import wsinspector.protocol.CloseCode;
import wsinspector.ui.I18n;

/**
 * The echo server: its port (0 = any) and the options a lesson turns, start/stop, its connections (client, state,
 * close code) and "Send ping to client", the course notes' case where the server pings and the client answers by
 * itself.
 */
public final class ServerPane extends BorderPane {
    /**
     * The connections' least height, in em: one of them, two lines, before the pane would scroll; the list takes the
     * room the pane has over. Two at least (6 em) did not leave the pane room for the rest once a client was in.
     */
    private static final double CONNECTIONS_LEAST_EM = 3.5;
    private final I18n i18n;
    private final ServerPaneModel model;
    private final LiveSession session;
    /** Kept: a bidirectional binding holds its ends weakly. */
    private final ObjectProperty<Integer> portObject;
    private final ObjectProperty<Integer> delayObject;
    private final ListView<ServerConnectionRow> list = new ListView<>();
    /** "Delay and pings", in the connections section but while a client is in (see {@link #gatherWhileConnected}). */
    private TitledPane liveMore;

    public ServerPane(I18n i18n, LiveSession session) {
        this(i18n, new ServerPaneModel(session));
    }

    ServerPane(I18n i18n, ServerPaneModel model) {
        this.i18n = i18n;
        this.model = model;
        this.session = model.session();
        this.portObject = model.portProperty().asObject();
        this.delayObject = model.delayMillisProperty().asObject();
        getStyleClass().addAll("live-pane", "live-server");
        getStylesheets().add(LiveStyles.URL);

        Label note = Widgets.noteLabel(i18n, session.server().noteProperty());
        note.setId("server-error");
        TitledPane settings = section(i18n, "live.server.settings", settings());
        settings.setId("server-settings");
        TitledPane proxy = section(i18n, "proxy.title", new ProxyPane(i18n, session.proxy()));
        proxy.setId("proxy-section");
        proxy.setExpanded(false); // a lesson with a real server opens it; the echo server's lessons need not see it
        TitledPane connections = section(i18n, "live.server.connections", connections());
        // The settings apply at start: they fold away while the server runs, so its connections stay in view; the
        // connections, none before the start, the other way round (both open would not fit the pane at 1280×800).
        Widgets.fold(connections, true);
        session.server().stateProperty().addListener((obs, old, now) -> {
            if (now == LiveServer.ServerState.RUNNING) {
                Widgets.fold(settings, true);
                Widgets.fold(connections, false);
            } else if (now == LiveServer.ServerState.STOPPED) {
                Widgets.fold(settings, false);
                Widgets.fold(connections, true);
            }
        });
        Label page = ClassroomAccess.pageAddresses(i18n, session.server());
        PaneColumn content = new PaneColumn(header(), startButtons(), page, note, settings, connections, proxy);
        content.stretch(list, connections, CONNECTIONS_LEAST_EM);
        gatherWhileConnected(content, List.of(page, settings, proxy));
        setCenter(content.scrolled());
    }

    /**
     * While a client is in, the pane shows the state, Stop and the connections with "Send ping to client"; the page's
     * address (the students have it by then), the settings (locked while the server runs), the proxy and "Delay and
     * pings" gather under one folded section at the foot, and go back in place once no client is in. Each in place,
     * their titles alone made the pane scroll at 1280×800 (613 px in 410: LivePanesFitTest).
     */
    private void gatherWhileConnected(PaneColumn content, List<Region> parts) {
        VBox gathered = new VBox(10);
        TitledPane more = Widgets.more(i18n, "live.server.connected.more", gathered);
        more.setId("server-connected-more");
        more.setMinHeight(Region.USE_PREF_SIZE);   // whole, like the column's other parts
        Widgets.showWhen(more, Bindings.isNotEmpty(gathered.getChildren()));
        content.getChildren().add(more);
        List<Region> all = new ArrayList<>(parts);
        all.add(liveMore);
        List<Integer> places = all.stream().map(p -> p.getParent().getChildrenUnmodifiable().indexOf(p)).toList();
        List<Pane> homes = all.stream().map(p -> (Pane) p.getParent()).toList();
        Runnable place = () -> {
            boolean in = list.getItems().stream()
                    .anyMatch(r -> r.status() == ServerConnectionRow.Status.OPEN);
            if (in == !gathered.getChildren().isEmpty()) {
                return;
            }
            if (in) {
                gathered.getChildren().setAll(all);
            } else {
                gathered.getChildren().clear();
                for (int i = 0; i < all.size(); i++) {   // in their first order: each goes back before the next
                    homes.get(i).getChildren().add(places.get(i), all.get(i));
                }
            }
        };
        // on the list's items: connections() hands out a new view each time, which holds its listeners weakly
        list.getItems().addListener((ListChangeListener<ServerConnectionRow>) c -> place.run());
        place.run();
    }

    public ServerPaneModel model() {
        return model;
    }

    private TitleRow header() {
        Label state = Widgets.statePill(i18n, model.stateProperty(), () -> switch (session.server().stateProperty().get()) {
            case STOPPED -> "live-state-idle";
            case STARTING, STOPPING -> "live-state-busy";
            case RUNNING -> "live-state-open";
        });
        state.setId("server-state");
        return Widgets.header(i18n, "live.server.title", state);
    }

    /** What applies at start: the port and the class at hand, the rest and the limits folded. */
    private VBox settings() {
        Form g = new Form();
        Spinner<Integer> port = new Spinner<>(0, 65535, 0, 1);
        port.setId("server-port");
        port.setEditable(true);
        port.setPrefWidth(130);
        port.getValueFactory().valueProperty().bindBidirectional(portObject);
        g.row(label(i18n, "live.server.port", "live-field"), withHint(port, "live.server.port.hint"));
        port.disableProperty().bind(model.stoppedProperty().not());

        ServerLimitsForm limitsForm = new ServerLimitsForm(i18n);
        TitledPane limits = Widgets.more(i18n, "live.server.limits", limitsForm.build(model.limits()));
        limits.setId("server-limits");
        for (Node n : limitsForm.controls()) {
            n.disableProperty().bind(model.stoppedProperty().not());   // they apply at start: locked while it runs
        }
        TitledPane more = Widgets.more(i18n, "live.server.more", moreSettings());
        more.setId("server-more");
        return new VBox(14, label(i18n, "live.server.settings.hint", "live-hint"), g,
                ClassroomAccess.openToClass(i18n, model), more, limits);
    }

    /** What a lesson seldom changes at start: subprotocols, Origins, the largest message, compression, the cap. */
    private VBox moreSettings() {
        Form g = new Form();
        TextField subprotocols = field(i18n, "live.server.subprotocols.prompt", model.subprotocolsProperty(),
                "server-subprotocols");
        g.row(label(i18n, "live.server.subprotocols", "live-field"), subprotocols);
        TextField origins = field(i18n, "live.server.origins.prompt", model.allowedOriginsProperty(), "server-origins");
        g.row(label(i18n, "live.server.origins", "live-field"),
                new VBox(6, origins, label(i18n, "live.server.origins.hint", "live-hint")));
        ComboBox<Long> max = new ComboBox<>();
        max.setId("server-max-message");
        max.getItems().addAll(ServerPaneModel.MESSAGE_LIMITS);
        max.valueProperty().bindBidirectional(model.maxMessageBytesProperty());
        Widgets.choices(i18n, max, ServerPane::size, v -> false);
        g.row(label(i18n, "live.server.maxMessage", "live-field"), withHint(max, "live.server.maxMessage.hint"));
        CheckBox deflate = check(i18n, "live.server.deflate");
        deflate.setId("server-deflate");
        deflate.selectedProperty().bindBidirectional(model.permessageDeflateProperty());
        g.row(deflate);
        // these apply at start: locked while the server runs
        for (Node n : List.of(subprotocols, origins, max, deflate)) {
            n.disableProperty().bind(model.stoppedProperty().not());
        }
        return new VBox(14, g, ClassroomAccess.cap(i18n, model));
    }

    /**
     * Start, or Stop while the server runs: one at a time, outside the folding settings so it is always at hand,
     * on one line where the two side by side would wrap in the narrow pane. "Send ping to client" stands beside Stop
     * while the server runs: under the connections it took a line the pane lacked at 1920×1080, and the folded
     * section's title scrolled out of view (LivePanesFitTest, S13).
     */
    private FlowPane startButtons() {
        Button start = button(i18n, "live.server.start", model::start, "accent", "live-big");
        start.setId("server-start");
        start.disableProperty().bind(model.stoppedProperty().not());
        Button stop = button(i18n, "live.server.stop", model::stop, "live-big");
        stop.setId("server-stop");
        stop.disableProperty().bind(model.runningProperty().not());
        BooleanBinding up = Bindings.createBooleanBinding(() -> session.server().stateProperty().get()
                == LiveServer.ServerState.RUNNING || session.server().stateProperty().get()
                == LiveServer.ServerState.STOPPING, session.server().stateProperty());
        Widgets.showWhen(start, up.not());
        Widgets.showWhen(stop, up);
        Button ping = button(i18n, "live.server.ping", model::ping);
        ping.setId("server-ping");
        ping.disableProperty().bind(model.runningProperty().not());
        Widgets.tooltip(i18n, ping, "live.server.ping.hint");   // on hover: three lines under it would not fit
        Widgets.showWhen(ping, up);
        return Widgets.buttons(start, stop, ping);
    }

    /** What changes the running server at once: the ping's data, the delay before each echo, answering pings. */
    private Form liveSettings() {
        Form g = new Form();
        TextField payload = field(i18n, null, model.pingPayloadProperty(), "server-ping-payload");
        payload.setPrefColumnCount(10);
        g.row(label(i18n, "live.server.ping.payload", "live-field"), payload);
        Spinner<Integer> delay = new Spinner<>(0, 60_000, 0, 100);
        delay.setId("server-delay");
        delay.setEditable(true);
        delay.setPrefWidth(130);
        delay.getValueFactory().valueProperty().bindBidirectional(delayObject);
        g.row(label(i18n, "live.server.delay", "live-field"), withHint(delay, "live.server.delay.hint"));
        CheckBox pings = check(i18n, "live.server.answerPings");
        pings.setId("server-answer-pings");
        pings.selectedProperty().bindBidirectional(model.answerPingsProperty());
        g.row(pings);
        return g;
    }

    private HBox withHint(Node control, String hintKey) {
        if (control instanceof Region r) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox h = new HBox(10, control, label(i18n, hintKey, "live-hint"));
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    /** 125 B, 1 KiB, 64 KiB, 1 MiB, 16 MiB. */
    static String size(long bytes) {
        if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) {
            return (bytes >> 20) + " MiB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return (bytes >> 10) + " KiB";
        }
        return bytes + " B";
    }

    private VBox connections() {
        list.setId("server-connections");
        list.setItems(session.server().connections());
        list.getStyleClass().add("live-connections");
        list.setPrefHeight(120);   // a few connections; the pane gives it the room it has over
        list.setPlaceholder(label(i18n, "live.server.connections.empty", "live-hint"));
        list.setCellFactory(v -> new ConnectionCell());
        model.selectedProperty().bind(list.getSelectionModel().selectedItemProperty());
        i18n.localeProperty().addListener((obs, old, now) -> list.refresh());

        liveMore = Widgets.more(i18n, "live.server.connections.more", liveSettings());
        liveMore.setId("server-connections-more");
        VBox.setVgrow(list, Priority.ALWAYS);
        return new VBox(12, list, liveMore);
    }

    /** A connection on two lines: who and how, then its state in its colour. */
    private final class ConnectionCell extends ListCell<ServerConnectionRow> {
        private final Label who = new Label();
        private final Label state = new Label();
        private final VBox box = new VBox(2, who, state);

        ConnectionCell() {
            who.getStyleClass().add("live-conn-who");
            who.setWrapText(true);
            state.setWrapText(true);
            state.getStyleClass().add("live-conn-state");
            setPrefWidth(0); // wrap to the list's width instead of widening it
        }

        /** As tall as the two lines wrapped at the list's width (a cell asks its graphic without a width). */
        @Override
        protected double computePrefHeight(double width) {
            double w = (width > 0 ? width : getWidth()) - snappedLeftInset() - snappedRightInset();
            if (getGraphic() == null || w <= 0) {
                return super.computePrefHeight(width);
            }
            return snappedTopInset() + box.prefHeight(w) + snappedBottomInset();
        }

        @Override
        protected void updateItem(ServerConnectionRow r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setGraphic(null);
                return;
            }
            who.setText(whoText(i18n, r));
            state.setText(stateText(i18n, r));
            state.getStyleClass().removeIf(c -> c.startsWith("live-conn-state-"));
            state.getStyleClass().add("live-conn-state-" + r.status());
            setGraphic(box);
        }
    }

    /** "#2  127.0.0.1:39308 · Chrome 120 on Linux · RFC 6455 · /chat", the browser in the reader's language. */
    static String whoText(I18n i18n, ServerConnectionRow r) {
        // «№2» in Russian, as the timeline and serve's log say; the protocol as the client pane names it, not the enum
        String who = whoText(i18n.t("live.server.col.id"),
                r.protocol().isEmpty() ? "" : i18n.t("live.server.protocol." + r.protocol()), r);
        if (r.browser() == null) {
            return who;
        }
        String browser = r.browser().system().isEmpty() ? r.browser().product()
                : i18n.t("net.browser", r.browser().product(), r.browser().system());
        int afterPeer = who.indexOf(r.peer()) + r.peer().length();
        return who.substring(0, afterPeer) + " · " + browser + who.substring(afterPeer);
    }

    /** "#2  127.0.0.1:39308 · RFC6455 · /chat". */
    static String whoText(ServerConnectionRow r) {
        return whoText("#", r.protocol(), r);
    }

    private static String whoText(String numberSign, String protocol, ServerConnectionRow r) {
        StringBuilder sb = new StringBuilder();
        if (r.id() >= 0) {
            sb.append(numberSign).append(r.id()).append("  ");
        }
        sb.append(r.peer());
        if (!protocol.isEmpty()) {
            sb.append(" · ").append(protocol);
        }
        if (!r.path().isEmpty()) {
            sb.append(" · ").append(r.path());
        }
        return sb.toString();
    }

    /** "open", "closed · 1000 Normal closure", "refused · HTTP 403 …". */
    static String stateText(I18n i18n, ServerConnectionRow r) {
        String status = i18n.t("live.server.status." + r.status());
        return switch (r.status()) {
            case OPEN -> status;
            case CLOSED -> status + " · " + (r.code() < 0 ? i18n.t("live.server.code.none")
                    : r.code() + " " + CloseCode.of(r.code()).map(c -> i18n.t("close." + c.code())).orElse(""))
                    + why(i18n, r);
            // no HTTP status when the client never sent a handshake to answer (it stayed silent, or left)
            case REFUSED -> status + (r.code() < 0 ? "" : " · " + i18n.t("live.server.code.http", String.valueOf(r.code())))
                    + why(i18n, r);
        };
    }

    /** " — why", in the reader's language; nothing when nothing says why. */
    private static String why(I18n i18n, ServerConnectionRow r) {
        return r.reason() == null ? "" : " — " + i18n.explanations().phrase(r.reason());
    }
}
