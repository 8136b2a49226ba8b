package wsinspector.ui.live;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import wsinspector.ui.I18n;

/**
 * A live pane's place while the pane itself is being built: the window's first frame comes before the client and
 * server panes (on a loaded lecture laptop they take seconds), and showed two blank columns meanwhile. This shows the
 * pane's title and a "starting" state pill, in the window's language, drawn as the pane will draw them; the pane
 * replaces it as soon as it is built.
 */
public final class PaneSkeleton extends VBox {

    private PaneSkeleton(I18n i18n, String titleKey, String paneClass, String id) {
        setId(id);
        getStyleClass().addAll("live-pane", paneClass, "live-content", "pane-skeleton");
        getStylesheets().add(LiveStyles.URL);
        Label state = new Label();
        state.getStyleClass().addAll("live-state", "live-state-busy");
        state.textProperty().bind(i18n.bind("live.pane.starting"));
        getChildren().add(Widgets.header(i18n, titleKey, state));
    }

    /** The client's place before the client pane is built. */
    public static PaneSkeleton client(I18n i18n) {
        return new PaneSkeleton(i18n, "live.client.title", "live-client", "client-skeleton");
    }

    /** The server's place before the server pane is built. */
    public static PaneSkeleton server(I18n i18n) {
        return new PaneSkeleton(i18n, "live.server.title", "live-server", "server-skeleton");
    }
}
