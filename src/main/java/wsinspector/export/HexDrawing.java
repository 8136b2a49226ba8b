package wsinspector.export;

import java.util.ArrayList;
import java.util.List;

import wsinspector.dissect.Field;
import wsinspector.dissect.Hex;
import wsinspector.dissect.Message;

/**
 * A message's bytes as a hex dump, 16 to a line: the offset from the message's first byte, each byte on
 * its field's pale colour in its dark colour, and the bytes as characters. Long messages are cut after
 * {@link #MAX_BYTES}, with a line that says how many more there are.
 */
final class HexDrawing {
    static final int MAX_BYTES = 256;
    private static final int PER_LINE = 16;
    private static final double LINE = 30;
    private static final double CELL = 31;
    private static final double OFFSET_WIDTH = 64;
    private static final double GAP = 10;
    private static final TextStyle BYTE = TextStyle.mono(17).centred();
    private static final TextStyle DIM = TextStyle.mono(15).ink(Ink.MUTED);

    private HexDrawing() {
    }

    static Block.Drawing of(Message m, FieldColours colours, Words words) {
        byte[] wire = m.wire();
        int shown = Math.min(wire.length, MAX_BYTES);
        List<Shape> shapes = new ArrayList<>();
        double asciiX = OFFSET_WIDTH + PER_LINE * CELL + GAP + 24;
        int lines = (shown + PER_LINE - 1) / PER_LINE;
        for (int line = 0; line < lines; line++) {
            double top = line * LINE;
            double baseline = top + 21;
            shapes.add(new Shape.Text(0, baseline, String.format("%04x", line * PER_LINE), DIM));
            for (int col = 0; col < PER_LINE && line * PER_LINE + col < shown; col++) {
                int i = line * PER_LINE + col;
                double x = OFFSET_WIDTH + col * CELL + (col >= 8 ? GAP : 0);
                Field f = colours.fieldOfByte(i);
                shapes.add(new Shape.Rect(x, top + 2, CELL - 2, LINE - 4, f == null ? Ink.PANEL : colours.pale(f), null, 3));
                shapes.add(new Shape.Text(x + (CELL - 2) / 2, baseline, Hex.ofByte(wire[i]),
                        BYTE.ink(f == null ? Ink.TEXT : colours.dark(f))));
                shapes.add(new Shape.Text(asciiX + col * 11, baseline, character(wire[i]),
                        DIM.ink(f == null ? Ink.MUTED : colours.dark(f))));
            }
        }
        double height = lines * LINE;
        if (shown < m.length()) {
            shapes.add(new Shape.Text(0, height + 22, words.t("hex.more", m.length() - shown), PageComposer.BODY.ink(Ink.MUTED)));
            height += 30;
        }
        return new Block.Drawing(PageComposer.CONTENT, height + 4, shapes);
    }

    private static String character(byte b) {
        int c = b & 0xFF;
        return c > 0x20 && c < 0x7F ? Character.toString((char) c) : "·";
    }
}
