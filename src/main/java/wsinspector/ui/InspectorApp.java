package wsinspector.ui;

import java.nio.file.Path;
import java.util.Locale;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The JavaFX application: one {@link MainWindow} on the primary stage. */
public final class InspectorApp extends Application {
    @Override
    public void start(Stage stage) {
        Theme.LIGHT.apply();
        I18n i18n = new I18n(initialLocale());
        MainWindow window = new MainWindow(i18n, new Session());
        window.setOnQuit(Platform::exit);
        window.install(stage);
        StartupLog.onFirstFrame(stage.getScene(), Launcher.launchedNanos());
        stage.show();
        Path file = Launcher.initialFile();
        if (file != null) {
            window.open(file);
        }
    }

    /** Russian when the system speaks it, English otherwise. */
    private static Locale initialLocale() {
        return "ru".equals(Locale.getDefault().getLanguage()) ? I18n.RUSSIAN : I18n.ENGLISH;
    }
}
