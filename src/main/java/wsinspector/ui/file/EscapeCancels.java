package wsinspector.ui.file;

import javafx.concurrent.Task;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/** Esc cancels a load while it runs, wherever the focus is, as the status bar's Cancel button does. */
final class EscapeCancels {
    private EscapeCancels() {
    }

    /** @param stage the window's stage; without one (not shown yet) only the button cancels */
    static void whileRunning(Task<?> task, Stage stage) {
        Scene scene = stage == null ? null : stage.getScene();
        if (scene == null) {
            return;
        }
        EventHandler<KeyEvent> esc = e -> {
            if (e.getCode() == KeyCode.ESCAPE && task.isRunning()) {
                task.cancel();
                e.consume();
            }
        };
        scene.addEventFilter(KeyEvent.KEY_PRESSED, esc);
        task.runningProperty().addListener((obs, was, now) -> {
            if (!now && task.isDone()) {
                scene.removeEventFilter(KeyEvent.KEY_PRESSED, esc);
            }
        });
    }
}
