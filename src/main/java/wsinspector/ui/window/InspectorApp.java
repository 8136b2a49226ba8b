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
        I18n i18n = language(SavedLanguage.ofUser(), Locale.getDefault());
        StartupLog.mark("labels loaded");
        window = new MainWindow(i18n, new Session(), true);
        StartupLog.mark("window built");
        window.setOnQuit(Platform::exit);
        show(stage, window, Launcher.initialFile());
        StartupLog.mark("shown");
    }

    /**
     * Shows a window built with its panes deferred as the application does (tests start it the same way): the
     * window first, with the panes' titles and the file being opened said (its layout already that of a capture),
     * the heavy panes right after the first frame, then the file's reading.
     */
    static void show(Stage stage, MainWindow window, Path file) {
        window.install(stage);
        window.showStarting(file);
        StartupLog.onFirstFrame(stage.getScene());
        // the heavy panes come right after the first frame, so the window appears at once
        // and so does the file to open: its reading and dissection would compete with the first frame
        // for the two cores of a lecture laptop. The inspector and the live panes are built in two FX tasks, so
        // that a key pressed meanwhile (Ctrl+L, Ctrl+Q) is answered between them
        afterFirstFrame(stage.getScene(), () -> {
            window.populateInspector();
            StartupLog.mark("inspector built");
            Platform.runLater(() -> {
                window.populateSlots();
                StartupLog.mark("panes built");
                if (file != null) {
                    window.open(file);
                }
            });
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

    /**
     * The window's language, before anything is built, so that the first frame speaks it: the one chosen last time
     * (Ctrl+L), else the system's; each switch is remembered for the next start.
     */
    static I18n language(SavedLanguage saved, Locale system) {
        I18n i18n = new I18n(saved.initial(system));
        i18n.localeProperty().addListener((obs, old, now) -> saved.save(now));
        return i18n;
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
}
