package wsinspector.ui.lesson;

import java.time.Duration;
import java.util.HashSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import wsinspector.dissect.Message;
import wsinspector.ui.live.Errors;
import wsinspector.ui.session.Conversation;
import wsinspector.ui.session.Session;

/**
 * A lesson being given, without controls: Next takes the next step (its action on the live session, then the
 * wait for the message it points at) and shows it only when that is done; Back and a jump to an earlier step show
 * what was taken again (the network cannot go back); a jump forward takes the steps in between, in order. Nothing
 * happens between steps, however long the lecturer stays on one. FX thread only.
 */
public final class LessonRun {

    /**
     * A step taken.
     *
     * @param index        its place in the lesson, from 0
     * @param conversation where its message is; null when it points at none
     * @param message      the message it points at, null when none (or none came: see the note)
     * @param note         what went wrong, or null
     */
    public record Shown(int index, LessonStep step, Conversation conversation, Message message, LessonNote note) {
    }

    private final Lesson lesson;
    private final LessonLive live;
    private final Session session;
    private final Duration answerTimeout;
    private final Executor fx;
    private final ObservableList<Shown> taken = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper cursor = new ReadOnlyIntegerWrapper(this, "cursor", -1);
    private final ReadOnlyObjectWrapper<Shown> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final BooleanBinding canNext;
    private final BooleanBinding canBack;
    /** The connection the lesson talks on: the conversation of the last message found. */
    private Conversation conversation;
    /** The step a jump is heading for. */
    private int target = -1;
    private boolean stopped;

    /**
     * @param answerTimeout how long a step waits for the message it points at before it is shown with a note
     * @param fx            runs the waiting's timeout on the FX thread
     */
    LessonRun(Lesson lesson, LessonLive live, Session session, Duration answerTimeout, Executor fx) {
        this.lesson = lesson;
        this.live = live;
        this.session = session;
        this.answerTimeout = answerTimeout;
        this.fx = fx;
        cursor.addListener((obs, old, now) -> current.set(now.intValue() < 0 ? null : taken.get(now.intValue())));
        canNext = Bindings.createBooleanBinding(() -> !busy.get() && cursor.get() < lesson.steps().size() - 1, busy, cursor);
        canBack = Bindings.createBooleanBinding(() -> !busy.get() && cursor.get() > 0, busy, cursor);
    }

    public Lesson lesson() {
        return lesson;
    }

    /** Shows the next step: one taken before (after Back), or a new one taken on the live session. */
    public void next() {
        goTo(cursor.get() + 1);
    }

    /** Shows the step before; the live session stays where it is. */
    public void back() {
        if (!busy.get() && cursor.get() > 0) {
            cursor.set(cursor.get() - 1);
        }
    }

    /** Shows step i (from 0): at once if it was taken, else after taking every step up to it, in order. */
    public void goTo(int i) {
        if (busy.get() || stopped || i < 0 || i >= lesson.steps().size()) {
            return;
        }
        if (i < taken.size()) {
            cursor.set(i);
            return;
        }
        target = i;
        take(taken.size());
    }

    /** Ends the lesson: a step under way is still finished on the network, but no more is shown. */
    public void stop() {
        stopped = true;
    }

    private void take(int index) {
        busy.set(true);
        LessonStep step = lesson.steps().get(index);
        Conversation before = conversation != null ? conversation : session.current();
        int from = before == null ? 0 : before.messages().size();
        java.util.Set<Conversation> known = new HashSet<>(session.conversations());
        CompletableFuture<?> action = step.action() == null ? CompletableFuture.completedFuture(null) : live.perform(step.action());
        action.whenComplete((ok, failure) -> fx.execute(() -> {
            if (failure != null) {
                taken(new Shown(index, step, null, null, failed(failure)));
                return;
            }
            if (step.pick() == null) {
                taken(new Shown(index, step, null, null, null));
                return;
            }
            boolean connect = step.action() instanceof LessonAction.Connect;
            MessageWatch.Scope scope = connect ? new MessageWatch.Scope(null, 0, known, true)
                    : new MessageWatch.Scope(before, step.action() == null ? 0 : from, known, false);
            MessageWatch.await(session, step.pick(), scope, answerTimeout, fx).thenAccept(found -> {
                if (found.none()) {
                    taken(new Shown(index, step, null, null, noAnswer(step)));
                } else {
                    conversation = found.conversation();
                    taken(new Shown(index, step, found.conversation(), found.message(), null));
                }
            });
        }));
    }

    private void taken(Shown shown) {
        if (stopped) {
            busy.set(false);
            return;
        }
        taken.add(shown);
        boolean more = shown.index() < target && shown.note() == null;
        if (more) {
            cursor.set(shown.index());
            take(shown.index() + 1);
        } else {
            busy.set(false);
            cursor.set(shown.index());
        }
    }

    private LessonNote noAnswer(LessonStep step) {
        MessagePick p = step.pick();
        String from = p.from() == null ? "note.from.any" : "note.from." + p.from();
        return LessonNote.of("note.noAnswer", answerTimeout.toSeconds(), p.kind(), new LessonNote.Word(from));
    }

    private static LessonNote failed(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && !(t instanceof LessonNote.Failure)) {
            t = t.getCause();
        }
        return t instanceof LessonNote.Failure f ? f.note() : LessonNote.of("note.failed", Errors.note(failure));
    }

    /** The steps taken so far, in order. */
    public ObservableList<Shown> taken() {
        return FXCollections.unmodifiableObservableList(taken);
    }

    /** The index of the step shown, -1 before the first. */
    public ReadOnlyIntegerProperty cursorProperty() {
        return cursor.getReadOnlyProperty();
    }

    /** The step shown, null before the first. */
    public ReadOnlyObjectProperty<Shown> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** Whether a step is being taken on the live session (Next and Back wait). */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canNextProperty() {
        return canNext;
    }

    public BooleanBinding canBackProperty() {
        return canBack;
    }
}
