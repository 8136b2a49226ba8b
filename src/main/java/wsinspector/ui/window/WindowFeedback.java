package wsinspector.ui.window;

import javafx.concurrent.Task;
import wsinspector.ui.file.FileFeedback;

/** The file commands' reports, to the window's status line and its dialogs. */
record WindowFeedback(StatusBar status, WindowDialogs dialogs) implements FileFeedback {

    @Override
    public void show(String messageKey, Object... args) {
        status.show(messageKey, args);
    }

    @Override
    public void track(Task<?> task, String what) {
        status.track(task, what);
    }

    @Override
    public void showError(String header, String message) {
        dialogs.showError(header, message);
    }
}
