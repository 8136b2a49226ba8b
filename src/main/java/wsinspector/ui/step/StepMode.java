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
 * The conversation may keep growing (a live one): the total follows it. Plain model; FX thread only.
 */
public final class StepMode {
    private final ObservableList<Message> shown = FXCollections.observableArrayList();
    private final ObservableList<Message> shownReadOnly = FXCollections.unmodifiableObservableList(shown);
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper(this, "position");
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total");
    private final ReadOnlyObjectWrapper<Message> current = new ReadOnlyObjectWrapper<>(this, "current");
    private ObservableList<Message> source = FXCollections.emptyObservableList();

    /** Starts at step 0 over these messages. */
    public void start(ObservableList<Message> messages) {
        source = messages;
        total.bind(Bindings.size(messages));
        shown.clear();
        position.set(0);
        current.set(null);
        active.set(true);
    }

    public void stop() {
        active.set(false);
        total.unbind();
        total.set(0);
        shown.clear();
        position.set(0);
        current.set(null);
        source = FXCollections.emptyObservableList();
    }

    /** Shows the next message; false at the end. */
    public boolean next() {
        int p = position.get();
        if (!active.get() || p >= source.size()) {
            return false;
        }
        Message m = source.get(p);
        shown.add(m);
        current.set(m);
        position.set(p + 1);
        return true;
    }

    /** Takes the last step back; false at the start. */
    public boolean back() {
        int p = position.get();
        if (!active.get() || p == 0) {
            return false;
        }
        shown.remove(p - 1);
        current.set(p - 1 == 0 ? null : shown.get(p - 2));
        position.set(p - 1);
        return true;
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

    /** The lesson texts (keys without {@code .title}/{@code .explain}) for the step shown. */
    public List<String> lessonKeys() {
        Message m = current.get();
        return m == null ? List.of(Lessons.CONNECT) : Lessons.forMessage(m);
    }

    /** {@code 3 / 12}. */
    public String counter() {
        return position.get() + " / " + total.get();
    }
}
