package wsinspector.ui.lesson;

import java.util.Objects;

import wsinspector.net.ClientMode;
import wsinspector.ui.live.ClientPaneModel;
import wsinspector.ui.live.LiveClient;

/**
 * The client pane's connection settings (URL, protocol, subprotocols, permessage-deflate, Origin, key) as the
 * lesson borrows them: a connect step writes its own there and connects with what the pane then says, so the
 * lecturer reads in the pane what goes on the wire. When the lesson ends with its connection closed, each field the
 * lesson set and nobody changed since gets back what the lecturer had there before (a field edited meanwhile keeps
 * the edit); while the lesson's connection is still open, the pane goes on describing it, so the fields stay.
 */
final class ClientFields {
    /** One moment's values of the settings. */
    private record Values(String url, ClientMode mode, String subprotocols, boolean deflate, String origin, String key) {
        static Values of(ClientPaneModel pane) {
            return new Values(pane.urlProperty().get(), pane.modeProperty().get(), pane.subprotocolsProperty().get(),
                    pane.permessageDeflateProperty().get(), pane.originProperty().get(), pane.keyProperty().get());
        }
    }

    private final ClientPaneModel pane;
    /** What the lecturer had before the lesson's first connect; null before it. */
    private Values before;
    /** What the lesson's last connect wrote. */
    private Values written;

    ClientFields(ClientPaneModel pane) {
        this.pane = pane;
    }

    /** Writes a connect step's settings into the pane (FX thread); the URL is the server's plus the step's path. */
    void write(String serverUrl, LessonAction.Connect c) {
        if (before == null) {
            before = Values.of(pane);
        }
        written = new Values(serverUrl.replaceAll("/$", "") + c.path(), c.legacy() ? ClientMode.HIXIE76 : ClientMode.RFC6455,
                String.join(", ", c.subprotocols()), false, c.origin() == null ? "" : c.origin(), c.key() == null ? "" : c.key());
        pane.urlProperty().set(written.url());
        pane.modeProperty().set(written.mode());
        pane.subprotocolsProperty().set(written.subprotocols());
        pane.permessageDeflateProperty().set(written.deflate());
        pane.originProperty().set(written.origin());
        pane.keyProperty().set(written.key());
    }

    /**
     * Gives the lecturer's settings back where the lesson's are still there (FX thread); nothing before a connect,
     * nor while the lesson's connection is open or opening.
     */
    void restore() {
        if (before == null) {
            return;
        }
        LiveClient.ClientState state = pane.session().client().stateProperty().get();
        if (state == LiveClient.ClientState.OPEN || state == LiveClient.ClientState.CONNECTING) {
            before = null;
            return;
        }
        Values now = Values.of(pane);
        if (Objects.equals(now.url(), written.url())) {
            String server = pane.session().server().urlProperty().get();
            boolean blank = before.url() == null || before.url().isBlank();
            // an empty field follows the server from its next start: while it runs, the pane shows its address
            pane.urlProperty().set(blank && server != null ? server : before.url());
        }
        if (now.mode() == written.mode()) {
            pane.modeProperty().set(before.mode());
        }
        if (Objects.equals(now.subprotocols(), written.subprotocols())) {
            pane.subprotocolsProperty().set(before.subprotocols());
        }
        if (now.deflate() == written.deflate()) {
            pane.permessageDeflateProperty().set(before.deflate());
        }
        if (Objects.equals(now.origin(), written.origin())) {
            pane.originProperty().set(before.origin());
        }
        if (Objects.equals(now.key(), written.key())) {
            pane.keyProperty().set(before.key());
        }
        before = null;
        written = null;
    }
}
