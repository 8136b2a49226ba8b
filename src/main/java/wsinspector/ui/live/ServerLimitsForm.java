package wsinspector.ui.live;

import static wsinspector.ui.live.Widgets.label;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import wsinspector.ui.I18n;

/**
 * The server pane's limits, one spinner each with what a client that passes it gets (a status or a close code):
 * the settings of {@link ServerLimitsModel}, locked while the server runs, as the other settings at start.
 */
final class ServerLimitsForm {
    /** Kept: a bidirectional binding holds its ends weakly. */
    private final List<ObjectProperty<Integer>> bound = new ArrayList<>();
    private final List<Node> controls = new ArrayList<>();
    private final I18n i18n;

    ServerLimitsForm(I18n i18n) {
        this.i18n = i18n;
    }

    VBox build(ServerLimitsModel m) {
        Form g = new Form();
        row(g, "handshakeTimeout", m.handshakeSecondsProperty(), 0, 3600, 1);
        row(g, "maxHead", m.maxHeadBytesProperty(), 64, 16384, 1024);
        row(g, "maxPending", m.maxPendingProperty(), 1, 100_000, 100);
        row(g, "maxConnections", m.maxConnectionsProperty(), 1, 100_000, 100);
        row(g, "idleTimeout", m.idleSecondsProperty(), 0, 86_400, 60);
        row(g, "maxFragments", m.maxFragmentsProperty(), 1, 1_000_000, 100);
        row(g, "maxInflated", m.maxInflatedKiBProperty(), 1, 1 << 20, 1024);
        row(g, "maxQueued", m.maxQueuedKiBProperty(), 1, 1 << 20, 1024);
        row(g, "stalledTimeout", m.stalledSecondsProperty(), 0, 3600, 5);
        return new VBox(14, label(i18n, "live.server.limits.hint", "live-hint"), g);
    }

    /** The spinners and fields, to lock while the server runs. */
    List<Node> controls() {
        return controls;
    }

    private void row(Form g, String name, IntegerProperty value, int min, int max, int step) {
        Spinner<Integer> s = new Spinner<>(min, max, value.get(), step);
        s.setId("server-limit-" + name);
        s.setEditable(true);
        s.setPrefWidth(130);
        ObjectProperty<Integer> object = value.asObject();
        bound.add(object);
        s.getValueFactory().valueProperty().bindBidirectional(object);
        controls.add(s);
        HBox h = new HBox(10, s, label(i18n, "live.server.limits." + name + ".hint", "live-hint"));
        h.setAlignment(Pos.CENTER_LEFT);
        g.row(label(i18n, "live.server.limits." + name, "live-field"), h);
    }
}
