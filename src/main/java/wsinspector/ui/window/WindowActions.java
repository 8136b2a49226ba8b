package wsinspector.ui.window;

import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.stage.Stage;
import wsinspector.ui.file.FileCommands;

/**
 * What the window's menus and keys do beyond the modes: open and save files, quit, zoom, the dark theme,
 * the shortcuts and about dialogs. The menus talk to it as {@link WindowCommands}.
 */
final class WindowActions implements WindowCommands {
    private final FileCommands files;
    private final Zoom zoom;
    private final WindowDialogs dialogs;
    private final Supplier<Stage> stage;
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private Runnable onQuit;

    WindowActions(FileCommands files, Zoom zoom, WindowDialogs dialogs, Supplier<Stage> stage) {
        this.files = files;
        this.zoom = zoom;
        this.dialogs = dialogs;
        this.stage = stage;
        dark.addListener((obs, old, now) -> (now ? Theme.DARK : Theme.LIGHT).apply());
    }

    @Override
    public void openWithChooser() {
        files.openWithChooser();
    }

    @Override
    public void saveWithChooser() {
        files.saveWithChooser();
    }

    @Override
    public void quit() {
        if (onQuit != null) {
            onQuit.run();
        } else if (stage.get() != null) {
            stage.get().close();
        }
    }

    /** What Quit does (the application exits the toolkit); by default the window closes. */
    void setOnQuit(Runnable action) {
        this.onQuit = action;
    }

    @Override
    public void zoomIn() {
        zoom.zoomIn();
    }

    @Override
    public void zoomOut() {
        zoom.zoomOut();
    }

    @Override
    public void zoomReset() {
        zoom.reset();
    }

    @Override
    public BooleanProperty darkProperty() {
        return dark;
    }

    @Override
    public void showAbout() {
        dialogs.showAbout();
    }

    @Override
    public void showShortcuts() {
        dialogs.showShortcuts();
    }
}
