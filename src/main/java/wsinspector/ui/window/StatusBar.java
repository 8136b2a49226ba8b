package wsinspector.ui.window;

import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import wsinspector.ui.I18n;
import wsinspector.ui.session.Conversation;

/** The bottom line: what just happened, and the progress of a load with its Cancel button. */
public final class StatusBar extends HBox {
    private final I18n i18n;
    private final Label text = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button();
    /** The lines that name the conversation on screen, or the file just read (see {@link #showConversation}). */
    private static final java.util.Set<String> NAMING = java.util.Set.of("status.file", "status.live",
            "status.live.waiting", "live.status.closed", "load.done", "load.notice");
    private String key = "status.ready";
    private Object[] args = {};
    private Task<?> running;
    /** A file named before its reading starts (the window's first frame, see {@link #expect}). */
    private boolean expecting;
    private final javafx.beans.property.ReadOnlyStringWrapper reading = new javafx.beans.property.ReadOnlyStringWrapper(this, "reading");
    /** The conversation the line names, while it does: a live one's line changes when its connection closes. */
    private Conversation shown;
    private final javafx.beans.value.ChangeListener<Boolean> closed = (obs, was, open) -> liveLineAgain();
    /**
     * Whether the close of the live connection on screen is held back: the live stepper shows a step before the
     * connection's end (see {@link #holdCloseWhile}).
     */
    private javafx.beans.value.ObservableBooleanValue closeHeld = new javafx.beans.property.SimpleBooleanProperty();

    private final javafx.collections.ListChangeListener<Object> firstMessage = change -> {
        if (shown != null && !shown.messages().isEmpty()) {
            shown.messages().removeListener(this.firstMessage);
            if ("status.live.waiting".equals(key)) {
                show("status.live", shown.title());
            }
        }
    };

    StatusBar(I18n i18n) {
        this.i18n = i18n;
        getStyleClass().add("status-bar");
        text.setId("status-text");
        text.setMaxWidth(Double.MAX_VALUE);
        // a long sentence (events the window could not show, a file's notice) wraps onto a second line instead of
        // being cut with "…" at 1280 px
        text.setWrapText(true);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        // a notice longer than the line (what a file seems to be, and what to do) is read whole on hover
        javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();
        whole.setWrapText(true);
        whole.setMaxWidth(640);
        whole.textProperty().bind(text.textProperty());
        text.setTooltip(whole);
        cancel.setId("load-cancel");
        cancel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);   // «Отмена», never «...» beside a long line
        cancel.textProperty().bind(i18n.bind("load.cancel"));
        cancel.setOnAction(e -> {
            if (running != null) {
                running.cancel();
            }
        });
        setBusy(false);
        getChildren().addAll(text, progress, cancel);
        i18n.localeProperty().addListener((obs, old, now) -> render());
        render();
    }

    /**
     * While {@code held}, a live connection on screen is named open even once closed, and named closed again when
     * {@code held} ends: the live stepper's connection is closed by the echo server as soon as it has answered the
     * close frame, and the line said "closed" while the class was shown the client's close frame (W8-8).
     */
    void holdCloseWhile(javafx.beans.value.ObservableBooleanValue held) {
        closeHeld = held;
        held.addListener((obs, was, now) -> liveLineAgain());
    }

    /** The live conversation's line again, open or closed, when it names one now. */
    private void liveLineAgain() {
        if (shown != null && shown.origin() == Conversation.Origin.LIVE
                && ("status.live".equals(key) || "live.status.closed".equals(key))) {
            show(closedShown(shown) ? "live.status.closed" : "status.live", shown.title());
        }
    }

    /** Whether a live conversation is named closed: closed, and its close not held back. */
    private boolean closedShown(Conversation c) {
        return !c.openProperty().get() && !closeHeld.get();
    }

    /** Shows a message by key, re-rendered when the language changes. */
    public void show(String messageKey, Object... messageArgs) {
        this.key = messageKey;
        this.args = messageArgs;
        render();
    }

    /**
     * Names the conversation now on screen; a live one's line says "closed" once its connection has closed, in
     * either language (it said "live connection" long after the close before). Nothing while a load's progress
     * has the line.
     */
    void showConversation(Conversation now) {
        if (shown != null) {
            shown.openProperty().removeListener(closed);
            shown.messages().removeListener(firstMessage);
        }
        shown = now;
        if (now == null && !busy() && NAMING.contains(key)) {
            // nothing on screen now (a guided lesson's opening): the line named a capture or a live connection the
            // class no longer saw, under «Нет соединений» (W9-7); another sentence (a file was empty, the reason of
            // an error) stays
            show("status.ready");
        }
        if (now == null || busy()) {
            return;
        }
        boolean live = now.origin() == Conversation.Origin.LIVE;
        if (live && now.openProperty().get() && now.messages().isEmpty()) {
            // a live connection before its first message (the live stepper's, at its first steps) is named as the
            // selector names it, until its first bytes arrive; the line kept the file shown before
            show("status.live.waiting", new Object() {
                @Override
                public String toString() {
                    return now.label(i18n);
                }
            });
            now.messages().addListener(firstMessage);
        } else {
            show(!live ? "status.file" : closedShown(now) ? "live.status.closed" : "status.live", now.title());
        }
        if (live) {
            now.openProperty().addListener(closed);
        }
    }

    /**
     * Says that a file is about to be read, before its reading starts (the window's first frame, when the command line
     * names a file): its name, in the window's language, until {@link #track} takes over with the progress. No bar yet:
     * there is no progress to show, and an animated one would cost a loaded machine's processor frames.
     */
    void expect(String messageKey, Object... messageArgs) {
        expecting = true;
        show(messageKey, messageArgs);
    }

    /** The words of a file being read (or about to be), while it is; null otherwise. */
    javafx.beans.property.ReadOnlyStringProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    /** Shows a task's progress and Cancel until it ends. */
    public void track(Task<?> task, String what) {
        running = task;
        expecting = false;
        progress.progressProperty().bind(task.progressProperty());
        text.setText(what);
        reading.set(what);
        key = null;
        setBusy(true);
        task.runningProperty().addListener((obs, was, now) -> {
            // the task's state, not isDone(): the FX thread may learn of the end before its worker thread has finished
            if (!now && ended(task) && running == task) {
                running = null;
                reading.set(null);
                progress.progressProperty().unbind();
                setBusy(false);
            }
        });
    }

    private static boolean ended(Task<?> task) {
        Worker.State state = task.getState();
        return state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED;
    }

    boolean busy() {
        return running != null || expecting;
    }

    private void setBusy(boolean busy) {
        progress.setVisible(busy);
        progress.setManaged(busy);
        cancel.setVisible(busy);
        cancel.setManaged(busy);
    }

    private void render() {
        if (key != null) {
            text.setText(i18n.t(key, args));
            if (expecting) {
                reading.set(text.getText());
            }
        }
    }

    /**
     * As tall as the line wrapped at the width it has (the window asks its bottom for a height without a width, and a
     * wrapping label then counts one line): two lines where the sentence is longer than the window is wide.
     */
    @Override
    protected double computePrefHeight(double width) {
        double w = width > 0 ? width : getWidth();
        if (w <= 0) {
            return super.computePrefHeight(width);
        }
        double room = w - snappedLeftInset() - snappedRightInset();
        double others = 0;
        for (Node n : getManagedChildren()) {
            if (n != text) {
                others = Math.max(others, n.prefHeight(-1));
                room -= n.prefWidth(-1) + getSpacing();
            }
        }
        return snappedTopInset() + snappedBottomInset() + Math.max(others, text.prefHeight(Math.max(1, room)));
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }
}
