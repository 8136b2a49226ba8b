package wsinspector.ui.file;

import javafx.concurrent.Task;

/**
 * Where the file commands report to: the window's status line and its error dialogs. An interface
 * of this package, so that the window depends on the file commands and never the other way round.
 */
public interface FileFeedback {

    /** A status line by bundle key, re-rendered when the language changes. */
    void show(String messageKey, Object... args);

    /** A load's progress and its Cancel button, until the task ends. */
    void track(Task<?> task, String what);

    /** An error dialog: what failed (the header) and why, with what to do (the message). */
    void showError(String header, String message);
}
