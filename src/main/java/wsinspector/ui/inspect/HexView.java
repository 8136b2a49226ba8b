package wsinspector.ui.inspect;

import java.util.function.LongConsumer;

import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;

import wsinspector.dissect.Field;
import wsinspector.dissect.Message;

/**
 * A read-only hex view of one message (RichTextFX): offset, 16 bytes a row, ASCII; every field's
 * bytes in their colour, the selected field's bytes lit up; a click on a byte reports its stream
 * offset. The styling itself is {@link HexStyler}'s pure function.
 */
public final class HexView {
    private final CodeArea area = new CodeArea();
    private final VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
    private HexLayout layout = new HexLayout(0);
    private HexStyler styler;
    private long base;

    /** @param onByte called with the stream offset of a clicked byte */
    public HexView(LongConsumer onByte) {
        area.setEditable(false);
        area.setWrapText(false);
        area.getStyleClass().add("hex-area");
        area.setOnMouseClicked(e -> {
            if (e.getButton() != MouseButton.PRIMARY || styler == null) {
                return;
            }
            var hit = area.hit(e.getX(), e.getY());
            int pos = hit.getCharacterIndex().orElse(hit.getInsertionIndex());
            int index = layout.byteAt(pos);
            if (index >= 0) {
                onByte.accept(base + index);
            }
        });
    }

    public Node node() {
        return scroll;
    }

    public CodeArea area() {
        return area;
    }

    public HexLayout layout() {
        return layout;
    }

    public HexStyler styler() {
        return styler;
    }

    /** Shows the bytes of a message (or of any field tree over bytes starting at {@code base}). */
    public void show(byte[] bytes, Field root, long streamBase, Field selected) {
        base = streamBase;
        layout = new HexLayout(bytes.length);
        styler = new HexStyler(layout, root, streamBase);
        area.replaceText(layout.text(bytes));
        select(selected);
        area.moveTo(0);
        area.requestFollowCaret();
    }

    public void show(Message m, Field selected) {
        show(m.wire(), m.root(), m.offset(), selected);
    }

    public void clear() {
        styler = null;
        layout = new HexLayout(0);
        area.clear();
    }

    /** Lights up the selected field's bytes and scrolls them into view. */
    public void select(Field selected) {
        if (styler == null || layout.textLength() == 0) {
            return;
        }
        area.setStyleSpans(0, styler.spans(selected));
        long[] range = styler.highlightRange(selected);
        if (range[1] > range[0]) {
            int first = (int) Math.max(0, range[0] - base);
            if (first < layout.length()) {
                area.showParagraphInViewport(first / HexLayout.BYTES_PER_ROW);
            }
        }
    }
}
