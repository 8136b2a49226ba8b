package wsinspector.ui.window;

import java.nio.file.Path;
import java.util.Locale;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import wsinspector.ui.I18n;
import wsinspector.ui.session.Session;

/** The JavaFX application: one {@link MainWindow} on the primary stage. */
public final class InspectorApp extends Application {
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        StartupLog.mark("toolkit up");
        Theme.LIGHT.apply();
        StartupLog.mark("theme loaded");
        I18n i18n = new I18n(initialLocale());
        StartupLog.mark("labels loaded");
        window = new MainWindow(i18n, new Session(), true);
        StartupLog.mark("window built");
        window.setOnQuit(Platform::exit);
        show(stage, window, Launcher.initialFile());
        StartupLog.mark("shown");
    }

    /**
     * Shows a window built with its panes deferred as the application does (tests start it the same way): the
     * window first, the heavy panes right after the first frame, then the file to open, if any.
     */
    static void show(Stage stage, MainWindow window, Path file) {
        window.install(stage);
        StartupLog.onFirstFrame(stage.getScene());
        // the heavy panes come right after the first frame, so the window appears at once
        // and so does the file to open: its reading and dissection would compete with the first frame
        // for the two cores of a lecture laptop
        afterFirstFrame(stage.getScene(), () -> {
            window.populateSlots();
            StartupLog.mark("panes built");
            if (file != null) {
                window.open(file);
            }
        });
        stage.show();
    }

    /** The echo server and the client stop with the window. */
    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }

    /** Runs an action on the FX thread once the first frame has been drawn. */
    private static void afterFirstFrame(javafx.scene.Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            // the frame is drawn at the end of this pulse; the action runs after it
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** Russian when the system speaks it, English otherwise. */
    private static Locale initialLocale() {
        return "ru".equals(Locale.getDefault().getLanguage()) ? I18n.RUSSIAN : I18n.ENGLISH;
    }
}
