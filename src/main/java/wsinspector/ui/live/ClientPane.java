package wsinspector.ui.live;

import static wsinspector.ui.live.Widgets.button;
import static wsinspector.ui.live.Widgets.check;
import static wsinspector.ui.live.Widgets.field;
import static wsinspector.ui.live.Widgets.label;
import static wsinspector.ui.live.Widgets.section;
import static wsinspector.ui.live.Widgets.showWhen;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import wsinspector.net.ClientMode;
import wsinspector.protocol.CloseCode;
import wsinspector.ui.I18n;
import wsinspector.ui.live.ClientPaneModel.Kind;
import wsinspector.ui.live.LiveClient.ClientState;

/**
 * The client: where it connects and how (URL, RFC 6455 or hixie-76, subprotocols, permessage-deflate, Origin, a
 * chosen Sec-WebSocket-Key, with the course notes' example one click away), what it sends (text, binary, ping,
 * pong, close; fragment size; masking key), its state and the conversation so far. Errors appear in the pane.
 */
public final class ClientPane extends BorderPane {
    /** The conversation's least height, in em: a few of its lines, before the pane would scroll. */
    private static final double LOG_LEAST_EM = 5;
    private final I18n i18n;
    private final ClientPaneModel model;
    private final LiveSession session;
    /** Kept: a bidirectional binding holds its ends weakly. */
    private final ObjectProperty<Integer> fragmentObject;

    public ClientPane(I18n i18n, LiveSession session) {
        this(i18n, new ClientPaneModel(session));
    }

    ClientPane(I18n i18n, ClientPaneModel model) {
        this.i18n = i18n;
        this.model = model;
        this.session = model.session();
        this.fragmentObject = model.fragmentSizeProperty().asObject();
        getStyleClass().addAll("live-pane", "live-client");
        getStylesheets().add(LiveStyles.URL);

        Label sessionNote = Widgets.noteLabel(i18n, session.client().noteProperty());
        sessionNote.setId("client-error");
        Label inputNote = Widgets.noteLabel(i18n, model.inputNoteProperty());
        inputNote.setId("client-input-error");
        TitledPane connection = section(i18n, "live.client.connection", connection());
        connection.setId("client-connection");
        TitledPane compose = section(i18n, "live.client.compose", composer());
        compose.setId("client-compose");
        // While the connection is open the class watches the composer, and the timeline shows the conversation: the
        // connection's settings (of no use until the next connection) and the client's own log leave the pane, and
        // come back unfolded when the connection ends; the composer, of no use before, the other way round. Folded
        // in place, their titles alone pushed "Send" under the fold at 1280×800 (LivePanesFitTest).
        Widgets.fold(compose, true);
        ListView<Note> log = log();
        TitledPane logSection = section(i18n, "live.client.log", log);
        Widgets.fold(logSection, true);   // empty until the first connection
        BooleanBinding open = Bindings.createBooleanBinding(() -> {
            ClientState s = session.client().stateProperty().get();
            return s == ClientState.OPEN || s == ClientState.CLOSING;
        }, session.client().stateProperty());
        showWhen(connection, open.not());
        showWhen(logSection, open.not());
        session.client().stateProperty().addListener((obs, old, now) -> {
            if (now == ClientState.OPEN) {
                Widgets.fold(compose, false);
            } else if (old == ClientState.OPEN || old == ClientState.CLOSING) {
                Widgets.fold(connection, false);
                Widgets.fold(logSection, false);
                Widgets.fold(compose, true);
            }
        });
        // the composer above the connection: open, it is what the lecturer uses, right under Disconnect
        PaneColumn content = new PaneColumn(header(), connectButtons(sendButton()), sessionNote, inputNote, compose, connection,
                logSection);
        content.stretch(log, logSection, LOG_LEAST_EM);
        setCenter(content.scrolled());
    }

    public ClientPaneModel model() {
        return model;
    }

    /** Shows the pane from its top: its title, its state and Connect. */
    public void scrollToTop() {
        if (getCenter() instanceof javafx.scene.control.ScrollPane scroll) {
            scroll.setVvalue(scroll.getVmin());
        }
    }

    private TitleRow header() {
        Label state = Widgets.statePill(i18n, model.stateProperty(), this::stateStyle);
        state.setId("client-state");
        return Widgets.header(i18n, "live.client.title", state);
    }

    private String stateStyle() {
        return switch (session.client().stateProperty().get()) {
            case IDLE -> "live-state-idle";
            case CONNECTING, CLOSING -> "live-state-busy";
            case OPEN -> "live-state-open";
            case CLOSED -> model.stateProperty().get().error() ? "live-state-failed" : "live-state-idle";
            case FAILED -> "live-state-failed";
        };
    }

    // --- connection -------------------------------------------------------------------------

    /** Where to connect and how: the URL and the protocol at hand, the rest of the handshake folded under "more". */
    private VBox connection() {
        Form g = new Form();
        TextField url = field(i18n, "live.client.url.prompt", model.urlProperty(), "client-url");
        url.getStyleClass().add("live-mono");
        url.setOnAction(e -> model.connect());
        g.row(label(i18n, "live.client.url", "live-field"), url);
        FlowPane modes = Widgets.pills(i18n, List.of(ClientMode.values()), "live.client.mode.", model.modeProperty(), "client-mode-");
        // which to choose, on hover: four lines of it under the pills would push the composer out of view
        modes.getChildren().forEach(b -> Widgets.tooltip(i18n, (Control) b, "live.client.mode.hint"));
        g.row(label(i18n, "live.client.mode", "live-field"), modes);
        Button notes = button(i18n, "live.client.courseNotes", model::courseNotesExample);
        notes.setId("client-course-notes");
        TitledPane more = Widgets.more(i18n, "live.client.more", handshakeSettings());
        more.setId("client-more");
        return new VBox(14, g, notes, more);
    }

    /** What a lesson seldom changes in the handshake: subprotocols, Origin, the key, compression. */
    private Form handshakeSettings() {
        Form g = new Form();
        g.row(label(i18n, "live.client.subprotocols", "live-field"),
                field(i18n, "live.client.subprotocols.prompt", model.subprotocolsProperty(), "client-subprotocols"));
        g.row(label(i18n, "live.client.origin", "live-field"),
                field(i18n, "live.client.origin.prompt", model.originProperty(), "client-origin"));
        TextField key = field(i18n, "live.client.key.prompt", model.keyProperty(), "client-key");
        key.getStyleClass().add("live-mono");
        Label keyHint = Widgets.noteLabel(i18n, model.keyHintProperty(), "live-hint");
        keyHint.setId("client-key-hint");
        g.row(label(i18n, "live.client.key", "live-field"), new VBox(6, key, keyHint));
        CheckBox deflate = check(i18n, "live.client.deflate");
        deflate.setId("client-deflate");
        deflate.selectedProperty().bindBidirectional(model.permessageDeflateProperty());
        g.row(deflate);
        return g;
    }

    /**
     * Connect, or Send and Disconnect while a connection is open: outside the folding sections so they are always at
     * hand. Send stands here, not beside what it sends: beside it, the payload and the close's reason were 145 px
     * wide in the 1280×800 pane and showed a lecture's message, or their hints, cut (W9-17).
     */
    private FlowPane connectButtons(Button send) {
        Button connect = button(i18n, "live.client.connect", model::connect, "accent", "live-big");
        connect.setId("client-connect");
        Button disconnect = button(i18n, "live.client.disconnect", model::disconnect, "live-big");
        disconnect.setId("client-disconnect");
        ObjectProperty<ClientState> s = new SimpleObjectProperty<>();
        s.bind(session.client().stateProperty());
        BooleanBinding connected = Bindings.createBooleanBinding(() -> s.get() == ClientState.OPEN
                || s.get() == ClientState.CLOSING, s);
        connect.disableProperty().bind(Bindings.createBooleanBinding(() -> s.get() == ClientState.CONNECTING, s));
        disconnect.disableProperty().bind(session.client().openProperty().not());
        showWhen(connect, connected.not());
        showWhen(disconnect, connected);
        showWhen(send, connected);
        // Send first, where Connect was: a double click on Connect sends the example again, it does not hang up
        return Widgets.buttons(connect, send, disconnect);
    }

    // --- composer ---------------------------------------------------------------------------

    private Button sendButton() {
        Button send = button(i18n, "live.client.send", model::send, "accent", "live-big");
        send.setId("client-send");
        send.disableProperty().bind(session.client().openProperty().not());
        Widgets.tooltip(i18n, send, "live.client.send.hint");
        return send;
    }

    private VBox composer() {
        Form g = new Form();
        FlowPane kinds = Widgets.pills(i18n, List.of(Kind.values()), "live.client.kind.", model.kindProperty(), "client-kind-");
        BooleanBinding hixie = Bindings.equal(model.modeProperty(), ClientMode.HIXIE76);
        Widgets.pill(kinds, Kind.PING).disableProperty().bind(hixie);
        Widgets.pill(kinds, Kind.PONG).disableProperty().bind(hixie);
        // the pills and the payload without labels above them: they name themselves (the payload by its prompt),
        // and two label lines cost the narrow pane the room "Send" needs
        g.row(kinds);

        BooleanBinding isClose = Bindings.equal(model.kindProperty(), Kind.CLOSE);
        TextArea payload = new TextArea();
        payload.setId("client-payload");
        payload.getStyleClass().add("live-mono");
        payload.setWrapText(true);
        payload.textProperty().bindBidirectional(model.payloadProperty());
        Runnable prompt = () -> payload.setPromptText(i18n.t("live.client.payload." + model.kindProperty().get()));
        model.kindProperty().addListener((obs, old, now) -> prompt.run());
        Widgets.onLocale(i18n, prompt);
        // the pane's width, wrapped over two lines: a lecture's sentence and the hints ("Данные пинга (текст, не
        // больше 125 байт)") whole; Ctrl+Enter sends (Enter is a new line of the message)
        payload.setPrefRowCount(2);
        payload.setMinHeight(Region.USE_PREF_SIZE);
        payload.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                e.consume();
                if (session.client().openProperty().get()) {
                    model.send();
                }
            }
        });
        g.row(payload);
        showWhen(payload, isClose.not());

        // the code and the reason name themselves (the code's items, the reason's hint), as the payload does
        ComboBox<Integer> code = new ComboBox<>();
        code.setId("client-close-code");
        code.getItems().addAll(ClientPaneModel.CLOSE_CODES);
        code.valueProperty().bindBidirectional(model.closeCodeProperty());
        Widgets.choices(i18n, code, c -> i18n.t("live.client.closeCode.item", String.valueOf(c),
                CloseCode.of(c).map(cc -> i18n.t("close." + c)).orElse(i18n.t("close.range." + CloseCode.range(c)))),
                c -> false);
        code.setMaxWidth(Double.MAX_VALUE);
        Widgets.tooltip(i18n, code, "live.client.closeCode");
        g.row(code);
        showWhen(code, isClose);
        TextField reason = field(i18n, "live.client.closeReason.prompt", model.closeReasonProperty(), "client-close-reason");
        reason.setOnAction(e -> {
            if (session.client().openProperty().get()) {
                model.send();
            }
        });
        g.row(reason);
        showWhen(reason, isClose);
        TitledPane more = Widgets.more(i18n, "live.client.compose.more", framing(hixie, isClose));
        more.setId("client-compose-more");
        // a close is one frame, never fragmented nor masked by choice, and pongs are moot once closing: the section
        // would hold only the pongs switch, and its room is what the close's code and reason take over the payload's
        showWhen(more, isClose.not());
        return new VBox(14, g, more);
    }

    /** How frames go out, which a lesson seldom changes: the fragment size, the masking key, pongs by themselves. */
    private Form framing(BooleanBinding hixie, BooleanBinding isClose) {
        Form g = new Form();
        BooleanBinding dataFrame = Bindings.createBooleanBinding(() -> model.kindProperty().get() == Kind.TEXT
                || model.kindProperty().get() == Kind.BINARY, model.kindProperty());
        Spinner<Integer> fragment = new Spinner<>(0, 1 << 20, 0, 1);
        fragment.setId("client-fragment");
        fragment.setEditable(true);
        fragment.setPrefWidth(130);
        fragment.setMinWidth(Spinner.USE_PREF_SIZE);
        fragment.getValueFactory().valueProperty().bindBidirectional(fragmentObject);
        Label fragmentHint = label(i18n, "live.client.fragment.hint", "live-hint");
        fragmentHint.setMinWidth(0);
        VBox fragmentRow = new VBox(6, fragment, fragmentHint);
        Label fragmentLabel = label(i18n, "live.client.fragment", "live-field");
        g.row(fragmentLabel, fragmentRow);
        showWhen(fragmentLabel, dataFrame);
        showWhen(fragmentRow, dataFrame);
        fragmentRow.disableProperty().bind(hixie);

        ToggleGroup masks = new ToggleGroup();
        RadioButton random = new RadioButton();
        Widgets.text(i18n, random.textProperty(), "live.client.mask.random");
        random.setToggleGroup(masks);
        random.setId("client-mask-random");
        random.setWrapText(true);
        RadioButton fixed = new RadioButton();
        Widgets.text(i18n, fixed.textProperty(), "live.client.mask.fixed");
        fixed.setToggleGroup(masks);
        fixed.setId("client-mask-fixed");
        random.setSelected(model.randomMaskProperty().get());
        fixed.setSelected(!model.randomMaskProperty().get());
        random.selectedProperty().addListener((obs, old, now) -> model.randomMaskProperty().set(now));
        model.randomMaskProperty().addListener((obs, old, now) -> (now ? random : fixed).setSelected(true));
        TextField key = field(i18n, null, model.maskKeyProperty(), "client-mask-key");
        key.getStyleClass().add("live-mono");
        key.setPrefColumnCount(11);
        key.disableProperty().bind(model.randomMaskProperty());
        HBox fixedRow = new HBox(10, fixed, key);
        fixedRow.setAlignment(Pos.CENTER_LEFT);
        VBox maskRow = new VBox(8, random, fixedRow);
        Label maskLabel = label(i18n, "live.client.mask", "live-field");
        g.row(maskLabel, maskRow);
        showWhen(maskLabel, isClose.not());
        showWhen(maskRow, isClose.not());
        maskRow.disableProperty().bind(hixie);
        // a switch that acts on an open connection, so it stays at hand while the connection's settings are away
        CheckBox pongs = check(i18n, "live.client.answerPings");
        pongs.setId("client-answer-pings");
        pongs.selectedProperty().bindBidirectional(model.answerPingsProperty());
        g.row(pongs);
        return g;
    }

    // --- conversation -----------------------------------------------------------------------

    private ListView<Note> log() {
        ListView<Note> list = new ListView<>(session.client().log());
        list.setId("client-log");
        list.getStyleClass().add("live-log");
        list.setPrefHeight(120);   // the least that shows a few lines; the pane gives it the room it has over
        Label empty = label(i18n, "live.client.log.empty", "live-hint");
        list.setPlaceholder(empty);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Note n, boolean isEmpty) {
                super.updateItem(n, isEmpty);
                setText(isEmpty || n == null ? null : Widgets.render(i18n, n));
            }
        });
        list.getItems().addListener((ListChangeListener<Note>) c ->
                wsinspector.ui.VirtualRows.reveal(list, list.getItems().size() - 1, list::scrollTo));
        i18n.localeProperty().addListener((obs, old, now) -> list.refresh());
        return list;
    }
}
