package wsinspector.ui.step;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import wsinspector.dissect.Message;

/**
 * Step mode over a conversation: Next and Back walk its messages one at a time, and only the
 * steps so far are shown. Step 0 is the start, before anything was sent (the lesson "Connecting").
 * A message with two lessons (the answer: the 101, then its accept key) is shown one lesson per
 * page, so each fits the screen in projector mode's large type: Next turns the page before it
 * sends the next message, Back turns it back. The conversation may keep growing (a live one): the
 * total follows it. Plain model; FX thread only.
 */
public final class StepMode {
    private final ObservableList<Message> shown = FXCollections.observableArrayList();
    private final ObservableList<Message> shownReadOnly = FXCollections.unmodifiableObservableList(shown);
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper(this, "position");
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total");
    private final ReadOnlyObjectWrapper<Message> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper(this, "page");
    private final ReadOnlyBooleanWrapper canNext = new ReadOnlyBooleanWrapper(this, "canNext");
    private final javafx.collections.ListChangeListener<Message> sourceChanged = c -> updateCanNext();
    private ObservableList<Message> source = FXCollections.emptyObservableList();

    /** Starts at step 0 over these messages. */
    public void start(ObservableList<Message> messages) {
        source.removeListener(sourceChanged);
        source = messages;
        total.bind(Bindings.size(messages));
        shown.clear();
        position.set(0);
        current.set(null);
        page.set(0);
        active.set(true);
        messages.addListener(sourceChanged);
        updateCanNext();
    }

    public void stop() {
        active.set(false);
        total.unbind();
        total.set(0);
        shown.clear();
        position.set(0);
        current.set(null);
        page.set(0);
        source.removeListener(sourceChanged);
        source = FXCollections.emptyObservableList();
        updateCanNext();
    }

    /** Turns to the message's next lesson, or shows the next message; false at the end. */
    public boolean next() {
        int p = position.get();
        if (!active.get()) {
            return false;
        }
        if (page.get() + 1 < pages()) {
            page.set(page.get() + 1);
            updateCanNext();
            return true;
        }
        if (p >= source.size()) {
            return false;
        }
        Message m = source.get(p);
        shown.add(m);
        page.set(0);
        current.set(m);
        position.set(p + 1);
        updateCanNext();
        return true;
    }

    /** Turns back to the message's previous lesson, or takes the last step back (to its last lesson); false at the start. */
    public boolean back() {
        int p = position.get();
        if (!active.get() || (p == 0 && page.get() == 0)) {
            return false;
        }
        if (page.get() > 0) {
            page.set(page.get() - 1);
            updateCanNext();
            return true;
        }
        shown.remove(p - 1);
        Message previous = p - 1 == 0 ? null : shown.get(p - 2);
        page.set(Math.max(0, lessonsOf(previous).size() - 1));
        current.set(previous);
        position.set(p - 1);
        updateCanNext();
        return true;
    }

    /** How many lessons (pages) the step shown has. */
    private int pages() {
        return lessonsOf(current.get()).size();
    }

    private static List<String> lessonsOf(Message m) {
        return m == null ? List.of(Lessons.CONNECT) : Lessons.forMessage(m);
    }

    private void updateCanNext() {
        canNext.set(active.get() && (page.get() + 1 < pages() || position.get() < source.size()));
    }

    /** The messages of the steps so far, for the timeline. */
    public ObservableList<Message> shown() {
        return shownReadOnly;
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public boolean isActive() {
        return active.get();
    }

    /** How many steps are shown (0 = the start). */
    public ReadOnlyIntegerProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** The message of the last step, null at the start. */
    public ReadOnlyObjectProperty<Message> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The lesson (key without {@code .title}/{@code .explain}) on the page shown; empty when the message has none. */
    public List<String> lessonKeys() {
        List<String> all = lessonsOf(current.get());
        return all.isEmpty() ? List.of() : List.of(all.get(Math.min(page.get(), all.size() - 1)));
    }

    /** Which of the step's lessons is shown (0 for the first). */
    public ReadOnlyIntegerProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    /** Whether Next has a lesson or a message to show. */
    public ReadOnlyBooleanProperty canNextProperty() {
        return canNext.getReadOnlyProperty();
    }

    /** {@code 3 / 12}. */
    public String counter() {
        return position.get() + " / " + total.get();
    }
}
