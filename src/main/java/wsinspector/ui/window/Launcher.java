package wsinspector.ui.window;

import java.nio.file.Path;

import javafx.application.Application;

/**
 * Starts the window. Not an {@link Application} itself, so a plain {@code java -jar} on the class
 * path can start JavaFX (TOOLCHAIN.md). Blocks until the window is closed.
 */
public final class Launcher {
    private static volatile Path initialFile;
    private static volatile long launchedNanos;

    private Launcher() {
    }

    /** Opens the window, with {@code fileOrNull} loaded when given; returns when the window has closed. */
    public static void launch(Path fileOrNull) {
        launchedNanos = System.nanoTime();
        initialFile = fileOrNull;
        Application.launch(InspectorApp.class);
    }

    static Path initialFile() {
        return initialFile;
    }

    static long launchedNanos() {
        return launchedNanos;
    }
}
