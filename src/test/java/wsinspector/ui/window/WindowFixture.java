package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.concurrent.Task;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.ui.I18n;
import wsinspector.ui.session.Session;

/** The window as the application builds it, on a TestFX stage. */
final class WindowFixture {
    private WindowFixture() {
    }

    static MainWindow show(Stage stage, double width, double height) {
        Theme.LIGHT.apply();
        MainWindow window = new MainWindow(new I18n(I18n.ENGLISH), new Session());
        window.install(stage);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.show();
        return window;
    }

    /**
     * Starts the window as the jar starts it ({@link InspectorApp#show}: the panes after the first frame, then the file
     * given on the command line), in English, and waits until the inspector shows the file's first message with its tabs.
     */
    static MainWindow startAsTheJar(Stage stage, Path file) throws Exception {
        MainWindow window = WaitForAsyncUtils.asyncFx(() -> {
            Theme.LIGHT.apply();
            MainWindow w = new MainWindow(new I18n(I18n.ENGLISH), new Session(), true);
            InspectorApp.show(stage, w, file);
            return w;
        }).get();
        // asked on the FX thread: a lookup from the test's thread walked children the FX thread was changing
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> window.inspector() != null
                && window.inspector().messageProperty().get() != null && window.inspector().lookup(".inspector-tabs") != null).get());
        return window;
    }

    /**
     * Opens a file through the window's open action and waits until it has loaded (or failed) and the inspector's first
     * view of it is whole.
     */
    static void open(MainWindow window, Path file) throws TimeoutException {
        Task<?>[] task = new Task<?>[1];
        WaitForAsyncUtils.asyncFx(() -> task[0] = window.open(file));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> task[0] != null && task[0].isDone());   // a busy shared machine
        // and until the inspector's first view is whole: the window shares its height by it once it is (the timeline's
        // band keeps its height while the view comes in parts, WindowLayout#holdWhile)
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> window.inspector() == null || !window.inspector().building()).get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(task[0].isDone());
    }

    /**
     * Saves the conversation on screen through the window's Save as and waits until the file is written (or failed).
     *
     * @return how the save ended
     */
    static javafx.concurrent.Worker.State save(MainWindow window, Path file) throws Exception {
        Task<Long> task = WaitForAsyncUtils.asyncFx(() -> window.saveTo(file)).get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(task::getState).get();
    }

    /** Closes the window and every dialog it left open over the test's stage (the stage itself stays for TestFX). */
    static void closeWithDialogs(Stage stage, MainWindow window) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            java.util.List.copyOf(javafx.stage.Window.getWindows()).stream().filter(w -> w != stage)
                    .forEach(javafx.stage.Window::hide);
            window.close();
        }).get();
    }
}
