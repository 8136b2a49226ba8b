package wsinspector.ui.inspect;

import java.util.function.LongConsumer;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;

import wsinspector.dissect.Field;
import wsinspector.dissect.Message;

/**
 * A read-only hex view of one message (RichTextFX): offset, 16 bytes a row (8 when 16 do not fit
 * in the type size chosen for the room), ASCII; every field's bytes in their colour, the selected
 * field's bytes lit up; a click on a byte reports its stream offset. The styling itself is
 * {@link HexStyler}'s pure function.
 */
public final class HexView {
    /** Room for the padding and the vertical scroll bar, in characters. */
    private static final int SLACK_CHARS = 3;
    /**
     * How many rows the first rendering on screen shows for one pulse, before the rest: each row's first cell (its text
     * flow, its styles, its size measured) costs the FX thread; all of a big capture's first message's rows in one pulse
     * took 65-105 ms of its CPU under load, the longest task of the first screen (FX100).
     */
    static final int FIRST_ROWS = 2;

    private final CodeArea area = new CodeArea();
    private final VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
    /** Measures one character of the hex type (same CSS font), to decide between 16 and 8 bytes a row. */
    private final Text probe = new Text("0");
    private final StackPane box = new StackPane(scroll, probe);
    private HexLayout layout = new HexLayout(0);
    private HexStyler styler;
    private byte[] bytes = new byte[0];
    private Field root;
    private Field selected;
    private long base;
    private boolean fixedWidth;
    /** Whether rows were ever laid out on screen: then their cells exist, and the next ones cost little. */
    private boolean rowsMade;
    /** Whether only the first rows are shown, the rest coming after the next pulse. */
    private boolean partial;
    /** Counts renderings, so that the rest of one that was replaced is not shown. */
    private int rendering;

    /** @param onByte called with the stream offset of a clicked byte */
    public HexView(LongConsumer onByte) {
        area.setEditable(false);
        area.setWrapText(false);
        area.getStyleClass().add("hex-area");
        probe.getStyleClass().add("hex-probe");
        probe.setManaged(false);
        probe.setVisible(false);
        box.getStyleClass().add("hex-box");
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
        box.widthProperty().addListener((obs, old, now) -> rowsFor(now.doubleValue()));
        // the type known after the width (a box sized before its styles): 16 bytes chosen then scrolled sideways in a
        // box beside the live stepper's column
        probe.layoutBoundsProperty().addListener((obs, old, now) -> rowsFor(box.getWidth()));
    }

    /** Lays the bytes out again when another number a row fits this width. */
    private void rowsFor(double width) {
        if (!fixedWidth && root != null && bytesPerRowFor(width) != layout.bytesPerRow()) {
            Platform.runLater(this::render);
        }
    }

    public Node node() {
        return box;
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

    /** Always 16 bytes a row, whatever the width (for tests and fixed layouts). */
    void fixWidth() {
        fixedWidth = true;
    }

    /** Shows the bytes of a message (or of any field tree over bytes starting at {@code base}). */
    public void show(byte[] shown, Field tree, long streamBase, Field selectedField) {
        bytes = shown;
        root = tree;
        base = streamBase;
        selected = selectedField;
        render();
    }

    public void show(Message m, Field selectedField) {
        show(m.wire(), m.root(), m.offset(), selectedField);
    }

    private void render() {
        if (root == null) {
            return;
        }
        int perRow = fixedWidth ? HexLayout.BYTES_PER_ROW : bytesPerRowFor(box.getWidth());
        layout = new HexLayout(bytes.length, perRow);
        styler = new HexStyler(layout, root, base);
        String text = layout.text(bytes);
        int run = ++rendering;
        javafx.scene.Scene scene = area.getScene();
        boolean onScreen = scene != null && scene.getWindow() != null && scene.getWindow().isShowing();
        if (!rowsMade && onScreen && layout.rows() > FIRST_ROWS) {
            // the first rows for this pulse, the rest after it: their first cells never all in one pulse
            rowsMade = true;
            int cut = nthLineEnd(text, FIRST_ROWS);
            partial = true;
            area.replaceText(text.substring(0, cut));
            area.moveTo(0);
            area.setStyleSpans(0, styler.spans(selected).subView(0, cut));
            // the rest in an FX task behind those the same pulse lets go (the first view's layout of its step, which
            // would otherwise lay the rest's cells out at once): the pulse after them lays them out
            wsinspector.ui.AfterPulse.next(scene, () -> Platform.runLater(() -> {
                if (run == rendering) {
                    partial = false;
                    area.replaceText(text);
                    area.moveTo(0);
                    select(selected);
                }
            }));
            return;
        }
        rowsMade |= onScreen;
        partial = false;
        area.replaceText(text);
        area.moveTo(0);
        select(selected);
    }

    /** Where the text's first {@code n} lines end (before the line break after the n-th). */
    private static int nthLineEnd(String text, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            int next = text.indexOf('\n', at + 1);
            if (next < 0) {
                return text.length();
            }
            at = next;
        }
        return at;
    }

    /** Whether the view shows only its first rows for now, the rest after the next pulse (for tests). */
    boolean partial() {
        return partial;
    }

    /**
     * 16 when a row of 16 fits in this width in the current type, else 8 (or the message's fewer) when those fit, else
     * 4; 16 before the view has a size.
     */
    int bytesPerRowFor(double width) {
        double charWidth = probe.getLayoutBounds().getWidth();
        if (width <= 0 || charWidth <= 0) {
            return HexLayout.BYTES_PER_ROW;
        }
        if (rowPx(HexLayout.BYTES_PER_ROW) <= width) {
            return HexLayout.perRow(bytes.length, HexLayout.BYTES_PER_ROW);
        }
        int narrow = HexLayout.perRow(bytes.length, HexLayout.NARROW_BYTES_PER_ROW);
        if (narrow <= HexLayout.TIGHT_BYTES_PER_ROW || rowPx(narrow) <= width) {
            return narrow;
        }
        return HexLayout.TIGHT_BYTES_PER_ROW;
    }

    /** Gives the measure of the hex type its pending styles (a new type size), before {@link #rowHeight} is asked. */
    void applyTypeCss() {
        probe.applyCss();
    }

    /** The height of one row in the hex type (0 before the type is known). */
    double rowHeight() {
        return Math.ceil(probe.getLayoutBounds().getHeight()) + 3;
    }

    /** The hex's padding above and under its rows, in px (its rows never scroll sideways: no scroll bar under them). */
    double paddingHeight() {
        return Math.ceil(area.snappedTopInset() + area.snappedBottomInset()) + 1;
    }

    /** The width that holds a narrow row (8 bytes, or the message's fewer) of this message, with padding and scroll bar. */
    double narrowWidth() {
        return rowPx(HexLayout.perRow(bytes.length, HexLayout.NARROW_BYTES_PER_ROW));
    }

    /** The width that holds a tight row ({@link HexLayout#TIGHT_BYTES_PER_ROW} bytes) of this message, as narrowWidth. */
    double tightWidth() {
        return rowPx(Math.min(HexLayout.TIGHT_BYTES_PER_ROW, HexLayout.perRow(bytes.length, HexLayout.NARROW_BYTES_PER_ROW)));
    }

    /** A row of {@code perRow} bytes of this message in the hex type, with the slack for padding and scroll bar. */
    private double rowPx(int perRow) {
        return (HexLayout.rowWidth(bytes.length, perRow) + SLACK_CHARS) * probe.getLayoutBounds().getWidth();
    }

    public void clear() {
        rendering++;
        partial = false;
        styler = null;
        root = null;
        bytes = new byte[0];
        layout = new HexLayout(0);
        if (area.getLength() > 0) {
            area.clear();   // an empty area's clear is still a change through the whole document (20 ms cold)
        }
    }

    /** Lights up the selected field's bytes and scrolls them into view. */
    public void select(Field selectedField) {
        selected = selectedField;
        if (styler == null || layout.textLength() == 0 || partial) {
            return;   // a partial rendering's rest comes with the selection's styles
        }
        area.setStyleSpans(0, styler.spans(selectedField));
        long[] range = styler.highlightRange(selectedField);
        if (range[1] > range[0]) {
            int first = (int) Math.max(0, range[0] - base);
            if (first < layout.length()) {
                area.showParagraphInViewport(first / layout.bytesPerRow());
            }
        }
    }
}
