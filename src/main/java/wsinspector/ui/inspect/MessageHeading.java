package wsinspector.ui.inspect;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import wsinspector.dissect.Message;
import wsinspector.ui.I18n;
import wsinspector.ui.SeverityLook;

/**
 * What the inspector's header says of the message shown: its direction, kind and size, its one-line summary, the
 * reconstructed badge of a HAR's messages and the verdict (errors, warnings and remarks counted apart, in the colour
 * of the heaviest). Laid out by {@link InspectorHeader}.
 */
final class MessageHeading {
    private final I18n i18n;
    private final Label title = new Label();
    private final Label summary = new Label();
    private final Label problemCount = new Label();
    /** A HAR's bytes are the frames its messages could have been: said in the header. */
    private final Label reconstructedBadge = new Label();
    private final InspectorHeader header;
    /**
     * Whether the input shown is no WebSocket conversation (the window's notice over the timeline says what it is):
     * then its "messages" are bytes read as frames, and the header says so instead of a verdict ("no problems").
     */
    private final javafx.beans.property.BooleanProperty notWebSocket =
            new javafx.beans.property.SimpleBooleanProperty(this, "notWebSocket");
    private Message shown;

    MessageHeading(I18n i18n) {
        this.i18n = i18n;
        title.getStyleClass().add("inspector-title");
        problemCount.getStyleClass().addAll("inspector-problem-count", "ok");
        summary.getStyleClass().add("inspector-summary");
        problemCount.setMinWidth(Region.USE_PREF_SIZE);
        summary.setMinWidth(0);
        summary.setWrapText(true);   // a long summary (a text's first words) takes a second line, not "…"
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.setMaxWidth(Double.MAX_VALUE);
        reconstructedBadge.getStyleClass().addAll("inspector-badge", "reconstructed");
        reconstructedBadge.setMinWidth(Region.USE_PREF_SIZE);
        header = new InspectorHeader(title, summary, reconstructedBadge, problemCount);
        notWebSocket.addListener((obs, was, now) -> {
            if (shown != null) {
                showCounts(shown);
            }
        });
    }

    javafx.beans.property.BooleanProperty notWebSocketProperty() {
        return notWebSocket;
    }

    InspectorHeader node() {
        return header;
    }

    /** Says what {@code m} is; {@code reconstructed}: its bytes were rebuilt from a HAR's messages. */
    void show(Message m, boolean reconstructed) {
        title.setText(Texts.direction(i18n, m.direction()) + "  ·  " + i18n.explanations().name(m.root())
                + " (" + Texts.bytes(i18n, m.length()) + ")");
        summary.setText(Texts.summary(i18n, m));
        shown = m;
        showCounts(m);
        markReconstructed(reconstructed);
    }

    /** No message: no header (it takes no height, see {@link InspectorHeader}). */
    void clear() {
        shown = null;
        title.setText("");
        summary.setText("");
        problemCount.setText("");
        markReconstructed(false);
    }

    /** The summary's line shows, or gives its height to the view a step talks about. */
    void showSummary(boolean shown) {
        summary.setVisible(shown);
        summary.setManaged(shown);
    }

    private void markReconstructed(boolean on) {
        reconstructedBadge.setText(on ? i18n.t("inspect.reconstructed.badge") : "");
        reconstructedBadge.setVisible(on);
        reconstructedBadge.setManaged(on);
    }

    /**
     * The verdict: errors, warnings and remarks counted apart, in the colour of the heaviest (the one colour the
     * message's timeline badge has too), or "no problems" in the success colour.
     */
    private void showCounts(Message m) {
        boolean undecoded = m instanceof wsinspector.dissect.UndecodedBytes;
        boolean noFrame = notWebSocket.get();
        // an HTTP head of an input that is no WebSocket (ordinary HTTP, W8-2) is no handshake, the rest no frame
        problemCount.setText(noFrame ? SeverityLook.WARNING.mark() + " " + i18n.t(
                m instanceof wsinspector.dissect.HandshakeMessage ? "inspect.problems.notAHandshake"
                        : "inspect.problems.notAFrame")
                : undecoded ? SeverityLook.ERROR.mark() + " " + i18n.t("inspect.problems.undecoded")
                : Texts.counts(i18n, m.problems()));
        SeverityLook heaviest = noFrame ? SeverityLook.WARNING : undecoded ? SeverityLook.ERROR
                : SeverityLook.heaviest(m.problems()).orElse(null);
        problemCount.getStyleClass().remove("ok");
        SeverityLook.apply(problemCount, heaviest);
        if (heaviest == null) {
            problemCount.getStyleClass().add("ok");
        }
    }
}
