package wsinspector.ui.session;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import wsinspector.dissect.Message;

/**
 * What the window shows: the conversations (live connections and loaded files), the one on screen,
 * and the selected message, which drives the inspector. Plain model, no controls; FX thread only.
 */
public final class Session {
    private final ObservableList<Conversation> conversations = FXCollections.observableArrayList();
    private final ObjectProperty<Conversation> current = new SimpleObjectProperty<>(this, "current");
    private final ObjectProperty<Message> selected = new SimpleObjectProperty<>(this, "selected");
    private final javafx.beans.property.ReadOnlyLongWrapper dropped = new javafx.beans.property.ReadOnlyLongWrapper(this, "dropped");

    public Session() {
        current.addListener((obs, old, now) -> selected.set(null));
    }

    public ObservableList<Conversation> conversations() {
        return conversations;
    }

    /** Adds a conversation and puts it on screen. */
    public Conversation add(Conversation conversation) {
        conversations.add(conversation);
        current.set(conversation);
        return conversation;
    }

    /** Adds a conversation without changing what is on screen, unless nothing is. */
    public Conversation addInBackground(Conversation conversation) {
        conversations.add(conversation);
        if (current.get() == null) {
            current.set(conversation);
        }
        return conversation;
    }

    public ObjectProperty<Conversation> currentProperty() {
        return current;
    }

    public Conversation current() {
        return current.get();
    }

    public ObjectProperty<Message> selectedProperty() {
        return selected;
    }

    public Message selected() {
        return selected.get();
    }

    public void select(Message message) {
        selected.set(message);
    }

    /** How many wire-tap events were lost because the window could not keep up (never silently). */
    public javafx.beans.property.ReadOnlyLongProperty droppedProperty() {
        return dropped.getReadOnlyProperty();
    }

    public void addDropped(long count) {
        dropped.set(dropped.get() + count);
    }
}
