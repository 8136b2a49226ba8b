package wsinspector.ui.session;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import wsinspector.dissect.Message;
import wsinspector.dissect.MessageIndex;
import wsinspector.ui.I18n;

/**
 * One conversation of the session: a live connection or a loaded capture, with its dissected
 * messages in the order they completed. Touched on the FX thread only; producers hand messages
 * over through a {@link FxBatcher}.
 */
public final class Conversation {
    /** Where the bytes come from. */
    public enum Origin { LIVE, FILE }

    private final String title;
    private final Origin origin;
    private final String labelKey;
    private final Object[] labelArgs;
    private final ObservableList<Message> messages;
    private final ObservableList<Message> readOnly;
    /** A loaded file's messages, made on demand from it; null for a live connection (its list holds them). */
    private final MessageIndex index;
    private final ReadOnlyBooleanWrapper open;
    private OptionalLong timeOrigin = OptionalLong.empty();
    private boolean reconstructed;

    /**
     * @param title language-neutral name: the file name, or the peer address of a connection
     */
    public Conversation(String title, Origin origin) {
        this(title, origin, null);
    }

    /**
     * @param labelKey  the bundle key of the name shown in the window ({@code conversation.server}:
     *                  "Server #{0} · {1}"), or null to show the title as it is
     * @param labelArgs the key's arguments
     */
    public Conversation(String title, Origin origin, String labelKey, Object... labelArgs) {
        this(null, title, origin, labelKey, labelArgs);
    }

    private Conversation(MessageIndex index, String title, Origin origin, String labelKey, Object... labelArgs) {
        this.index = index;
        this.messages = index == null ? FXCollections.observableArrayList() : new IndexedMessages(index);
        this.readOnly = index == null ? FXCollections.unmodifiableObservableList(messages) : messages;
        this.title = Objects.requireNonNull(title, "title");
        this.origin = Objects.requireNonNull(origin, "origin");
        this.labelKey = labelKey;
        this.labelArgs = labelArgs.clone();
        this.open = new ReadOnlyBooleanWrapper(origin == Origin.LIVE);
    }

    /**
     * A loaded file's conversation: its messages are the rows of an index the loader fills ({@link #index()}) and
     * {@link #reveal}s, each made when it is shown.
     *
     * @param timeOrigin    what the timeline's relative times count from (the capture's first packet, in ns
     *                      since the epoch), empty when the file has no times (a dump)
     * @param reconstructed whether its bytes were rebuilt from messages (a HAR), not recorded
     */
    public static Conversation ofFile(String title, OptionalLong timeOrigin, boolean reconstructed) {
        return ofFile(title, timeOrigin, reconstructed, null);
    }

    /**
     * A loaded file's conversation named in the window by a bundle key ({@code load.stream}: the file, its stream and
     * endpoints), so that its name follows the language; {@code title} is its name where no reader is (a saved
     * file's comment).
     */
    public static Conversation ofFile(String title, OptionalLong timeOrigin, boolean reconstructed, String labelKey,
            Object... labelArgs) {
        Conversation c = new Conversation(new MessageIndex(), title, Origin.FILE, labelKey, labelArgs);
        c.timeOrigin = Objects.requireNonNull(timeOrigin, "timeOrigin");
        c.reconstructed = reconstructed;
        return c;
    }

    /** What relative times count from; empty when there are none to show (a live connection, a dump). */
    public OptionalLong timeOrigin() {
        return timeOrigin;
    }

    /** Whether its bytes are the frames its messages could have been (a HAR), not bytes that crossed a wire. */
    public boolean reconstructed() {
        return reconstructed;
    }

    public String title() {
        return title;
    }

    /** The name in the window's language. */
    public String label(I18n i18n) {
        return labelKey == null ? title : i18n.t(labelKey, labelArgs);
    }

    public Origin origin() {
        return origin;
    }

    /** The messages so far, read-only; grows while a live connection runs. */
    public ObservableList<Message> messages() {
        return readOnly;
    }

    /** Appends a batch in one list change (one timeline update, not one per message). A live conversation's. */
    public void append(List<Message> batch) {
        if (index != null) {
            throw new IllegalStateException("a loaded conversation shows its index's rows: reveal them");
        }
        if (!batch.isEmpty()) {
            messages.addAll(batch);
        }
    }

    /** A loaded file's index, which its loader fills (on its own thread); null for a live connection. */
    public MessageIndex index() {
        return index;
    }

    /** Shows the index's rows up to {@code count}, in one list change (a loaded file's; FX thread). */
    public void reveal(int count) {
        ((IndexedMessages) messages).showUpTo(count);
    }

    /** Whether a live connection is still open; always false for a file. */
    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public void markClosed() {
        open.set(false);
    }

    @Override
    public String toString() {
        return title;
    }
}
