package wsinspector.ui.live;

import static wsinspector.ui.live.Widgets.button;
import static wsinspector.ui.live.Widgets.field;
import static wsinspector.ui.live.Widgets.label;

import java.net.URI;
import java.net.URISyntaxException;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import wsinspector.ui.I18n;

/**
 * The proxy in the window: a local port, a real server's ws:// or wss:// URL, start and stop. A page or client
 * pointed at the port talks to the real server through it, and the conversation is recorded and dissected live in
 * the timeline, as the client's and the server's are ({@link LiveProxy}).
 */
public final class ProxyPane extends VBox {
    private final LiveProxy proxy;
    private final IntegerProperty port = new SimpleIntegerProperty(0);
    private final StringProperty target = new SimpleStringProperty("");
    /** Kept: a bidirectional binding holds its ends weakly. */
    private final ObjectProperty<Integer> portObject = port.asObject();

    public ProxyPane(I18n i18n, LiveProxy proxy) {
        super(12);
        this.proxy = proxy;
        getStyleClass().add("live-proxy");
        var running = Bindings.createBooleanBinding(() -> proxy.stateProperty().get().running(), proxy.stateProperty());

        Form g = new Form();
        Spinner<Integer> portField = new Spinner<>(0, 65535, 0, 1);
        portField.setId("proxy-port");
        portField.setEditable(true);
        portField.setPrefWidth(130);
        portField.getValueFactory().valueProperty().bindBidirectional(portObject);
        g.row(label(i18n, "proxy.port", "live-field"), new VBox(6, portField, label(i18n, "proxy.port.hint", "live-hint")));
        TextField url = field(i18n, "proxy.target.prompt", target, "proxy-target");
        g.row(label(i18n, "proxy.target", "live-field"), url);
        portField.disableProperty().bind(running);
        url.disableProperty().bind(running);

        Button start = button(i18n, "proxy.start", this::start, "accent");
        start.setId("proxy-start");
        start.disableProperty().bind(running);
        Button stop = button(i18n, "proxy.stop", proxy::stop);
        stop.setId("proxy-stop");
        stop.disableProperty().bind(running.not());

        ObjectBinding<Note> state = Bindings.createObjectBinding(() -> {
            LiveProxy.State s = proxy.stateProperty().get();
            return s.running() ? Note.info("proxy.state.running", "ws://127.0.0.1:" + s.listening().getPort() + "/", s.target())
                    : Note.info("proxy.state.stopped");
        }, proxy.stateProperty());
        Label stateLine = Widgets.noteLabel(i18n, state);
        stateLine.setId("proxy-state");
        Label note = Widgets.noteLabel(i18n, proxy.noteProperty());
        note.setId("proxy-error");
        getChildren().addAll(g, Widgets.buttons(start, stop), stateLine, note, label(i18n, "proxy.hint", "live-hint"));
    }

    public IntegerProperty portProperty() {
        return port;
    }

    /** The real server's URL, ws:// or wss://. */
    public StringProperty targetProperty() {
        return target;
    }

    private void start() {
        String typed = target.get() == null ? "" : target.get().trim();
        URI uri;
        try {
            uri = new URI(typed);
        } catch (URISyntaxException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null
                || !("ws".equalsIgnoreCase(uri.getScheme()) || "wss".equalsIgnoreCase(uri.getScheme()))) {
            proxy.reportProblem(Note.error("proxy.error.url", typed));
            return;
        }
        proxy.start(Math.max(0, Math.min(65535, port.get())), uri);
    }
}
