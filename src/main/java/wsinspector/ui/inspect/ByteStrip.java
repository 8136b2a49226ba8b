package wsinspector.ui.inspect;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import wsinspector.dissect.Field;
import wsinspector.dissect.Hex;
import wsinspector.dissect.Message;

/**
 * A small message as a row of large byte boxes coloured by field (the comparison's hex view):
 * easier to read side by side than two 16-byte-wide hex panes. A click lights up the field's bytes.
 */
final class ByteStrip {
    /** Bytes shown before the strip ends with an ellipsis. */
    static final int LIMIT = 64;

    private final FlowPane pane = new FlowPane();
    private final List<Label> boxes = new ArrayList<>();
    private final HexStyler styler;
    private final Message message;

    ByteStrip(Message m) {
        message = m;
        pane.getStyleClass().add("byte-strip");
        HexLayout layout = new HexLayout(Math.min(m.length(), LIMIT));
        styler = new HexStyler(layout, m.root(), m.offset());
        byte[] wire = m.wire();
        for (int i = 0; i < layout.length(); i++) {
            Label b = new Label(Hex.ofByte(wire[i] & 0xFF));
            b.getStyleClass().add("strip-byte");
            b.getStyleClass().addAll(styler.classesOf(i, null));
            Field f = styler.fieldAt(i);
            b.setOnMouseClicked(e -> select(f));
            boxes.add(b);
            pane.getChildren().add(b);
        }
        if (m.length() > LIMIT) {
            Label more = new Label("…");
            more.getStyleClass().add("strip-more");
            pane.getChildren().add(more);
        }
    }

    Node node() {
        return pane;
    }

    HexStyler styler() {
        return styler;
    }

    /** The bytes shown, as {@code 00 48 65 6c 6c 6f ff}. */
    String text() {
        return String.join(" ", boxes.stream().map(Label::getText).toList());
    }

    void select(Field f) {
        long[] range = styler.highlightRange(f);
        for (int i = 0; i < boxes.size(); i++) {
            long at = message.offset() + i;
            Label b = boxes.get(i);
            b.getStyleClass().remove(HexStyler.SELECTED);
            if (at >= range[0] && at < range[1]) {
                b.getStyleClass().add(HexStyler.SELECTED);
            }
        }
    }
}
