package wsinspector.ui.step;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;

/**
 * A paragraph that wraps at its spaces and, inside a word too long for a narrow line (the GUID 258EAFA5-E914-…,
 * Sec-WebSocket-Accept), after the word's dashes, as typesetters break it, and draws nothing that is not in its
 * text. JavaFX's own wrapping breaks only at white space and cuts a longer word anywhere («C5AB0DC8/5B11»); the hair
 * space put after each dash to give it a place to break showed on screen («258EAFA5- E914-…») and went into what a
 * student typed from it (W6-3). Here each word (with its space) is a piece of its own in a flow, a long word in pieces
 * ending at its dashes, so the flow breaks between them. The pieces inherit the paragraph's type and colour: the
 * style classes given are the paragraph's, as they were the label's.
 */
public final class Prose extends FlowPane {
    /** A word this long breaks after its dashes; a shorter one ("SHA-1", "base64-encoded") stays whole. */
    static final int LONG_WORD = 17;
    /** Each piece's style: the paragraph's colour (type is inherited anyway), nothing else of a label's own. */
    private static final String PIECE_STYLE = "-fx-text-fill: inherit; -fx-padding: 0;";
    private String text = "";

    /** An empty paragraph; its text comes later ({@link #setText}), its style classes with {@code getStyleClass()}. */
    public Prose() {
        getStyleClass().add("prose");
        setMinWidth(0);
        setMinHeight(USE_PREF_SIZE);   // never lower than its lines: a paragraph squeezed would lose its last ones
    }

    public Prose(String text, String... styleClasses) {
        this();
        getStyleClass().addAll(styleClasses);
        setText(text);
    }

    public void setText(String text) {
        this.text = text == null ? "" : text;
        List<Node> pieces = new ArrayList<>();
        for (String piece : pieces(this.text)) {
            Label l = new Label(piece);
            l.getStyleClass().add("prose-piece");
            l.setStyle(PIECE_STYLE);
            l.setMinWidth(USE_PREF_SIZE);   // a piece is never cut: the flow breaks before it instead
            pieces.add(l);
        }
        getChildren().setAll(pieces);
    }

    public String getText() {
        return text;
    }

    /** The text as it is drawn: its pieces in order. */
    public String drawn() {
        StringBuilder b = new StringBuilder();
        getChildren().forEach(n -> b.append(((Label) n).getText()));
        return b.toString();
    }

    /**
     * The pieces of {@code text}, which join to it exactly: each word with the spaces after it, a long word split after
     * each of its dashes.
     */
    static List<String> pieces(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            String word = text.substring(i, end);
            while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            String spaces = text.substring(i + word.length(), end);
            if (word.length() >= LONG_WORD && word.indexOf('-') >= 0) {
                String[] parts = word.split("(?<=-)");
                for (int p = 0; p < parts.length - 1; p++) {
                    out.add(parts[p]);
                }
                out.add(parts[parts.length - 1] + spaces);
            } else {
                out.add(word + spaces);
            }
            i = end;
        }
        return out;
    }

    /** As wide as its text on one line, where the place allows. */
    @Override
    protected double computePrefWidth(double height) {
        double w = snappedLeftInset() + snappedRightInset();
        for (Node n : getManagedChildren()) {
            w += n.prefWidth(-1);
        }
        return w;
    }
}
