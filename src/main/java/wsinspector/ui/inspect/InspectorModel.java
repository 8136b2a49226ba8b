package wsinspector.ui.inspect;

import java.util.List;
import java.util.Optional;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import wsinspector.dissect.Field;
import wsinspector.dissect.HandshakeMessage;
import wsinspector.dissect.Message;

/**
 * What the inspector shows: one message, the conversation around it, and the selected field.
 * Plain Java (no controls), so that the linking of hex, tree, bits and lines is testable; every
 * view only observes these properties and calls these commands.
 */
public final class InspectorModel {
    private final ReadOnlyObjectWrapper<Message> message = new ReadOnlyObjectWrapper<>(this, "message");
    private final ReadOnlyObjectWrapper<Field> selectedField = new ReadOnlyObjectWrapper<>(this, "selectedField");
    private List<Message> conversation = List.of();
    /** How far into its conversation a request's answer is looked for once it came (see {@link #answerAmong}). */
    static final int ANSWER_WITHIN = 64;
    /** The answer to the request shown, come after it was shown; null before, or when shown with it. */
    private HandshakeMessage cameLater;

    public ReadOnlyObjectProperty<Message> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public Message message() {
        return message.get();
    }

    public List<Message> conversation() {
        return conversation;
    }

    public ReadOnlyObjectProperty<Field> selectedFieldProperty() {
        return selectedField.getReadOnlyProperty();
    }

    public Field selectedField() {
        return selectedField.get();
    }

    /** Shows a message; the selection starts on its first field (FIN, the request line, the type byte). */
    public void show(Message shown, List<Message> around) {
        cameLater = null;
        selectedField.set(null);
        conversation = around == null ? List.of() : List.copyOf(around);
        message.set(shown);
        if (shown != null) {
            selectedField.set(firstLeaf(shown.root()));
        }
    }

    public void clear() {
        cameLater = null;
        selectedField.set(null);
        conversation = List.of();
        message.set(null);
    }

    /** Selects a field of the shown message; a field of another message is ignored. */
    public void selectField(Field field) {
        Message m = message.get();
        if (m == null || field == null) {
            selectedField.set(null);
            return;
        }
        List<Field> path = HexStyler.pathTo(m.root(), field);
        if (!path.isEmpty()) {
            selectedField.set(path.get(path.size() - 1));
        }
    }

    /** Selects the deepest field holding the byte at this stream offset (a click in the hex view). */
    public void selectByte(long streamOffset) {
        Message m = message.get();
        if (m != null) {
            m.root().deepestAt(streamOffset).ifPresent(selectedField::set);
        }
    }

    /**
     * The other half of the shown handshake: the response to a request, or the request of a
     * response, from the conversation.
     */
    public Optional<HandshakeMessage> counterpart() {
        return cameLater != null ? Optional.of(cameLater) : counterpartIn(message.get(), conversation);
    }

    /** The other half of the handshake {@code shown} among {@code around}; empty when it is not a handshake. */
    static Optional<HandshakeMessage> counterpartIn(Message shown, List<Message> around) {
        if (!(shown instanceof HandshakeMessage half)) {
            return Optional.empty();
        }
        return around.stream()
                .filter(m -> m instanceof HandshakeMessage h && h.request() != half.request()
                        && h.direction() != half.direction())
                .map(HandshakeMessage.class::cast)
                .findFirst();
    }

    /**
     * The answer to the request shown among the first {@link #ANSWER_WITHIN} of {@code around}: a handshake opens its
     * conversation. Not the whole list: a big capture's timeline makes each message it is asked for (1,000,000 of
     * them dissected, 2.8 s, when a copy was asked for).
     */
    static Optional<HandshakeMessage> answerAmong(Message shown, List<Message> around) {
        if (!(shown instanceof HandshakeMessage half) || !half.request()) {
            return Optional.empty();
        }
        return counterpartIn(shown, around.subList(0, Math.min(ANSWER_WITHIN, around.size())));
    }

    /** The answer to the request shown, come after it was shown (see {@link #answerAmong}). */
    void answered(HandshakeMessage answer) {
        cameLater = answer;
    }

    static Field firstLeaf(Field root) {
        Field f = root;
        while (!f.children().isEmpty() && f.children().get(0).length() > 0) {
            f = f.children().get(0);
        }
        return f;
    }
}
