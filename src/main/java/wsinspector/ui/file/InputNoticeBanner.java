package wsinspector.ui.file;

import java.util.List;
import java.util.Set;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import wsinspector.capture.packet.CaptureNotice;
import wsinspector.ui.I18n;
import wsinspector.ui.session.Conversation;

/**
 * Over the timeline, before any frame: what an opened input seems to be when it is no WebSocket conversation (a PNG,
 * a ZIP, bytes that make no sense as frames) or that it is empty, in the words {@code decode} prints first. The status
 * line says it too, but the eye is on the frames, whose verdicts ("no problems") would otherwise read as if the input
 * were a conversation. Shown while a conversation of that input is on screen (for an empty one, until another is).
 */
public final class InputNoticeBanner extends Label {
    /** The notice's looks. */
    public static final String STYLESHEET = InputNoticeBanner.class.getResource("input-notice.css").toExternalForm();

    private final I18n i18n;
    private final ObjectProperty<Conversation> current;
    /** What the input is: how it was read (unpacked from gzip), then what it is not (ordinary HTTP, a PNG). */
    private List<CaptureNotice> notices = List.of();
    private Set<Conversation> shownWith = Set.of();
    private Conversation emptyOver;
    private final javafx.beans.property.ReadOnlyBooleanWrapper notWebSocket =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "notWebSocket");

    InputNoticeBanner(I18n i18n, ObjectProperty<Conversation> current) {
        this.i18n = i18n;
        this.current = current;
        getStyleClass().add("input-notice");
        getStylesheets().add(STYLESHEET);
        setWrapText(true);
        setMinHeight(Region.USE_PREF_SIZE);
        setMaxWidth(Double.MAX_VALUE);
        current.addListener((obs, old, now) -> update());
        i18n.localeProperty().addListener((obs, old, now) -> update());
        update();
    }

    /** What a finished load found; shown when one of its notices says what the input is (not a notice of damage). */
    void loaded(List<CaptureNotice> found, List<Conversation> conversations) {
        // how the file was read (unpacked from gzip), then the first of what it is not (a PNG's signature says more
        // than that its bytes make no sense as frames)
        notices = java.util.stream.Stream.concat(
                found.stream().filter(n -> n.key().equals("capture.gzip")),
                found.stream().filter(n -> saysWhatItIs(n) && !n.key().equals("capture.gzip")).limit(1)).toList();
        shownWith = Set.copyOf(conversations);
        emptyOver = current.get();
        update();
    }

    /**
     * Whether the conversation on screen is of an input that is no WebSocket conversation (a PNG, random bytes): its
     * messages are bytes read as frames, and no verdict of theirs ("no problems") is to read as a frame's.
     */
    public javafx.beans.property.ReadOnlyBooleanProperty notWebSocketProperty() {
        return notWebSocket.getReadOnlyProperty();
    }

    /** A new input is on its way: the old one's notice goes. */
    void clear() {
        notices = List.of();
        shownWith = Set.of();
        update();
    }

    /**
     * The notices that say what the input is (no WebSocket conversation, nothing at all, a capture that was gzip-compressed),
     * rather than where it is damaged.
     */
    static boolean saysWhatItIs(CaptureNotice n) {
        return n.key().startsWith("signature.") || n.key().startsWith("not-websocket") || n.key().equals("plain-http")
                || n.key().equals("capture.empty") || n.key().equals("capture.gzip");
    }

    /**
     * The notices are written to follow "file: " in the status line and in {@code decode}'s listing, so they start in
     * lower case; standing alone over the timeline they are a sentence and start with a capital.
     */
    static String sentence(String notice) {
        return notice.isEmpty() ? notice
                : notice.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + notice.substring(1);
    }

    private void update() {
        Conversation now = current.get();
        boolean on = !notices.isEmpty() && (shownWith.isEmpty() ? now == emptyOver : shownWith.contains(now));
        setText(on ? String.join("\n", notices.stream().map(n -> sentence(i18n.explanations().phrase(n.phrase()))).toList())
                : "");
        setVisible(on);
        setManaged(on);
        // an empty file has no frames, and a capture unpacked from gzip is the capture's own: neither says "no frame"
        notWebSocket.set(on && notices.stream().anyMatch(n -> !n.key().equals("capture.empty")
                && !n.key().equals("capture.gzip")));
    }
}
