package wsinspector.ui.step;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;

/**
 * A paragraph that wraps at its spaces and, inside a word too long for a narrow line (the GUID 258EAFA5-E914-…,
 * Sec-WebSocket-Accept), after the word's dashes, as typesetters break it, and draws nothing that is not in its
 * text. JavaFX's own wrapping breaks only at white space and cuts a longer word anywhere («C5AB0DC8/5B11»); the hair
 * space put after each dash to give it a place to break showed on screen («258EAFA5- E914-…») and went into what a
 * student typed from it (W6-3). Here each word (with its space) is a piece of its own in a flow, a long word in pieces
 * ending at its dashes, so the flow breaks between them. The style classes given ({@link #pieceStyle()}) are the
 * pieces', so each is typed and coloured as the label was, by the same rules relative to the same parent's type: on
 * the paragraph itself, a rule's "1.1em" counted twice. The paragraph carries "prose" and "prose-" plus each class,
 * for what is the box's ({@code -fx-vgap}, the room between lines). It lays its pieces out as a label lays out its
 * words: the spaces after a word are room before the next, none at a line's end.
 */
public final class Prose extends FlowPane {
    /** A word this long breaks after its dashes; a shorter one ("SHA-1", "base64-encoded") stays whole. */
    static final int LONG_WORD = 17;
    /** A piece's own box: none (a class's padding is the paragraph's, not each word's). */
    private static final String PIECE_STYLE = "-fx-padding: 0;";
    private static final String SPACE = "prose.space-width";
    /** A piece's property: the spaces that follow it in the text. */
    private static final String AFTER = "prose.after";
    private String text = "";
    private final ObservableList<String> pieceStyle = FXCollections.observableArrayList();

    /** An empty paragraph; its text comes later ({@link #setText}), its words' style classes with {@link #pieceStyle()}. */
    public Prose() {
        getStyleClass().add("prose");
        setMinWidth(0);
        setMinHeight(USE_PREF_SIZE);   // never lower than its lines: a paragraph squeezed would lose its last ones
        pieceStyle.addListener((ListChangeListener<String>) c -> {
            getChildren().forEach(n -> styled(n));
            getStyleClass().setAll("prose");
            pieceStyle.forEach(s -> getStyleClass().add("prose-" + s));
        });
    }

    public Prose(String text, String... styleClasses) {
        this();
        pieceStyle.addAll(styleClasses);
        setText(text);
    }

    /** The style classes of its words ("live-step-text", "live-problem"), as a label's would be. */
    public ObservableList<String> pieceStyle() {
        return pieceStyle;
    }

    private void styled(Node piece) {
        piece.getStyleClass().setAll("label", "prose-piece");
        piece.getStyleClass().addAll(pieceStyle);
    }

    public void setText(String text) {
        this.text = text == null ? "" : text;
        List<Node> pieces = new ArrayList<>();
        for (String piece : pieces(this.text)) {
            String ink = piece.stripTrailing();
            Label l = new Label(ink);   // the spaces after it are room in the layout, not text a line could hang out
            l.getProperties().put(AFTER, piece.substring(ink.length()));
            styled(l);
            l.setStyle(PIECE_STYLE);
            l.setMinWidth(USE_PREF_SIZE);   // a piece is never cut: the flow breaks before it instead
            pieces.add(l);
        }
        getChildren().setAll(pieces);
    }

    public String getText() {
        return text;
    }

    /** The text as it is drawn: its pieces in order, each with the spaces drawn after it. */
    public String drawn() {
        StringBuilder b = new StringBuilder();
        getChildren().forEach(n -> b.append(((Label) n).getText()).append(after(n)));
        return b.toString();
    }

    private static String after(Node piece) {
        return (String) piece.getProperties().getOrDefault(AFTER, "");
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

    /**
     * At a width, as tall as its lines there; asked without one, one line tall, as a wrapping label answers: the
     * window's layouts ask so and give the width after (a flow would answer at its default wrap length, 400 px, and
     * the handshake's lines took the height the timeline had beside the accept computation).
     */
    @Override
    protected double computePrefHeight(double width) {
        double h = 0;
        for (double[] row : rows(width < 0 ? Double.MAX_VALUE : width - snappedLeftInset() - snappedRightInset())) {
            h += row[1] + (h > 0 ? snapSpaceY(getVgap()) : 0);
        }
        return snappedTopInset() + h + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double y = snappedTopInset();
        List<Node> pieces = getManagedChildren();
        int next = 0;
        for (double[] row : rows(getWidth() - left - snappedRightInset())) {
            double x = left;
            for (int k = 0; k < (int) row[0]; k++) {
                Node n = pieces.get(next++);
                double w = snapSizeX(n.prefWidth(-1));
                n.resizeRelocate(snapPositionX(x), snapPositionY(y), w, snapSizeY(n.prefHeight(-1)));
                x += w + space((Label) n);
            }
            y += row[1] + snapSpaceY(getVgap());
        }
    }

    /**
     * The rows at this width, each as {pieces, height}: a piece goes on the row while it fits after the row's pieces
     * and their spaces (a line's last spaces take no room, as a label's); the first piece of a row always goes.
     */
    private List<double[]> rows(double width) {
        List<double[]> rows = new ArrayList<>();
        double x = 0;
        double[] row = null;
        List<Node> pieces = getManagedChildren();
        double word = 0;   // the width of the word a piece is in, from it to the word's end
        for (int k = 0; k < pieces.size(); k++) {
            Node n = pieces.get(k);
            double w = snapSizeX(n.prefWidth(-1));
            boolean wordStarts = k == 0 || !inWord(pieces.get(k - 1), k - 1, pieces.size());
            if (wordStarts) {
                word = w;
                for (int j = k; inWord(pieces.get(j), j, pieces.size()); j++) {
                    word += snapSizeX(pieces.get(j + 1).prefWidth(-1));
                }
            }
            // a long word goes whole to the next line where it fits there, and breaks after its dashes only where it
            // is wider than a line alone («Sec-WebSocket-» / «Accept» broke in the live step's narrow column, W7-10)
            boolean wordWhole = wordStarts && w < word && word <= width + 0.5 && x + word > width + 0.5;
            if (row == null || (row[0] > 0 && (x + w > width + 0.5 || wordWhole))) {
                row = new double[] {0, 0};
                rows.add(row);
                x = 0;
            }
            row[0]++;
            row[1] = Math.max(row[1], snapSizeY(n.prefHeight(-1)));
            x += w + space((Label) n);
        }
        return rows;
    }

    /** Whether the piece is part of a word that goes on in the next piece (it ends at a dash of a long word). */
    private static boolean inWord(Node piece, int index, int count) {
        return index < count - 1 && after(piece).isEmpty();
    }

    /** The width of the spaces after the piece, in its font (measured once per font: layouts ask often). */
    private static double space(Label piece) {
        String after = after(piece);
        if (after.isEmpty()) {
            return 0;
        }
        Object cached = piece.getProperties().get(SPACE);
        if (cached instanceof Object[] c && c[0].equals(piece.getFont())) {
            return (Double) c[1];
        }
        javafx.scene.text.Text t = new javafx.scene.text.Text(after);
        t.setFont(piece.getFont());
        double w = t.getLayoutBounds().getWidth();
        piece.getProperties().put(SPACE, new Object[] {piece.getFont(), w});
        return w;
    }

    /** As wide as its text on one line, where the place allows. */
    @Override
    protected double computePrefWidth(double height) {
        double w = 0;
        List<Node> pieces = getManagedChildren();
        for (int k = 0; k < pieces.size(); k++) {
            w += snapSizeX(pieces.get(k).prefWidth(-1)) + (k < pieces.size() - 1 ? space((Label) pieces.get(k)) : 0);
        }
        return snappedLeftInset() + w + snappedRightInset();
    }
}
