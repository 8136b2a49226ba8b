package wsinspector.ui.live;

import static wsinspector.ui.live.Widgets.check;
import static wsinspector.ui.live.Widgets.label;

import java.net.InetSocketAddress;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.VBox;
import wsinspector.net.StudentAddresses;
import wsinspector.ui.I18n;

/**
 * The server pane's part for students' browsers: the opt-in to listen beyond loopback with its warning, the cap per
 * address, and, while the server runs, the address of the student page to write on the board.
 */
final class ClassroomAccess {
    private ClassroomAccess() {
    }

    /** "Open to the class" and, while it is ticked, what it opens. */
    static VBox openToClass(I18n i18n, ServerPaneModel model) {
        CheckBox open = check(i18n, "students.open");
        open.setId("server-open-to-class");
        open.selectedProperty().bindBidirectional(model.openToClassProperty());
        open.disableProperty().bind(model.stoppedProperty().not());
        Label warning = label(i18n, "students.open.warning", "live-hint", "live-warning");
        warning.setId("server-open-warning");
        Widgets.showWhen(warning, open.selectedProperty());
        return new VBox(8, open, warning);
    }

    /** The cap of connections per address, with what a student over it gets. */
    static VBox cap(I18n i18n, ServerPaneModel model) {
        Spinner<Integer> cap = new Spinner<>(0, 1000, model.maxPerAddressProperty().get(), 1);
        cap.setId("server-max-per-address");
        cap.setEditable(true);
        cap.setPrefWidth(110);
        cap.setMinWidth(110);
        ObjectProperty<Integer> capObject = model.maxPerAddressProperty().asObject();
        cap.getValueFactory().valueProperty().bindBidirectional(capObject);
        cap.getProperties().put(ClassroomAccess.class, capObject); // kept: a bidirectional binding holds its ends weakly
        Label name = label(i18n, "students.cap", "live-field");
        name.setMinWidth(0);
        Label hint = label(i18n, "students.cap.hint", "live-hint");
        hint.setMinWidth(0);
        // one under the other: beside the spinner the name wraps in the narrow pane
        return new VBox(4, name, cap, hint);
    }

    /** While the server runs: the page's address here, or the addresses students type when it is open to the class. */
    static Label pageAddresses(I18n i18n, LiveServer server) {
        Label l = new Label();
        l.setId("server-student-page");
        l.setWrapText(true);
        l.getStyleClass().add("live-info");
        Runnable render = () -> {
            InetSocketAddress at = server.addressProperty().get();
            l.setVisible(at != null);
            l.setManaged(at != null);
            l.setText(at == null ? "" : text(i18n, at));
        };
        server.addressProperty().addListener((obs, old, now) -> render.run());
        i18n.localeProperty().addListener((obs, old, now) -> render.run());
        render.run();
        return l;
    }

    static String text(I18n i18n, InetSocketAddress at) {
        if (at.getAddress().isLoopbackAddress()) {
            return i18n.t("students.page.local", "http://" + at.getAddress().getHostAddress() + ":" + at.getPort() + "/");
        }
        List<String> urls = StudentAddresses.pageUrls(at);
        return urls.isEmpty() ? i18n.t("students.page.none") : i18n.t("students.page.class", String.join("   ", urls));
    }
}
