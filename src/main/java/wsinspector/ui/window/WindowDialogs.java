package wsinspector.ui.window;

import java.util.function.Supplier;

import javafx.scene.control.Alert;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import wsinspector.ui.I18n;

/**
 * The window's dialogs (errors, About, the shortcuts): owned by the stage, styled and zoomed like
 * the window so the back row can read them too.
 */
public final class WindowDialogs {
    private final I18n i18n;
    private final Region root;
    private final Zoom zoom;
    private final Supplier<Stage> stage;
    private Alert lastDialog;

    /** @param stage the window's stage, or null before it is installed */
    WindowDialogs(I18n i18n, Region root, Zoom zoom, Supplier<Stage> stage) {
        this.i18n = i18n;
        this.root = root;
        this.zoom = zoom;
        this.stage = stage;
    }

    void showAbout() {
        Alert a = dialog(Alert.AlertType.INFORMATION, "about.title", i18n.t("about.header"), i18n.t("about.text"));
        a.show();
    }

    void showShortcuts() {
        Alert a = dialog(Alert.AlertType.INFORMATION, "shortcuts.title", i18n.t("shortcuts.header"), null);
        a.getDialogPane().setContent(ShortcutsTable.create(i18n));
        // wide enough that each line says what its key does on one line, so the list fits the screen's height
        Stage owner = stage.get();
        double room = owner != null && owner.getWidth() > 0 ? owner.getWidth() * 0.9 : Double.MAX_VALUE;
        a.getDialogPane().setPrefWidth(Math.min(room, Math.max(1040, zoom.size() * 64)));
        // the dialog's window took the pane's least width (600 px), not this one: the Russian list wrapped and ran
        // 140 px off the bottom of a 1280×800 screen, its OK button with it
        a.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        a.show();
    }

    public void showError(String header, String message) {
        Alert a = dialog(Alert.AlertType.ERROR, "error.title", header, message);
        a.show();
    }

    private Alert dialog(Alert.AlertType type, String titleKey, String header, String content) {
        Alert a = new Alert(type);
        Stage owner = stage.get();
        if (owner != null) {
            a.initOwner(owner);
        }
        a.setTitle(i18n.t(titleKey));
        a.setHeaderText(header);
        a.setContentText(content);
        a.getDialogPane().getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
        a.getDialogPane().styleProperty().bind(root.styleProperty());
        a.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        a.getDialogPane().setPrefWidth(Math.max(520, zoom.size() * 36));
        lastDialog = a;
        return a;
    }

    /** The last dialog shown (tests read its text). */
    Alert lastDialog() {
        return lastDialog;
    }
}
