package wsinspector.export;

import java.util.ArrayList;
import java.util.List;

import wsinspector.dissect.Field;
import wsinspector.dissect.FrameMessage;

/**
 * A frame's header drawn as RFC 6455 §5.2 draws it, 32 bits to a row, with this frame's bits: each field a
 * box in its colour with its name, its bits as 0 and 1, and its value under it. A field that runs over a row
 * end (the masking key after a 7-bit length) continues on the next row, as in the RFC. Bytes of the payload
 * that share the header's last row fill it.
 */
final class BitDiagram {
    private static final int BITS = 32;
    private static final double LEFT = 52;
    private static final double CELL = (PageComposer.CONTENT - LEFT) / BITS;
    private static final double RULER = 24;
    private static final double NAME = 30;
    private static final double BIT_BAND = 28;
    private static final double VALUE = 24;
    private static final double ROW = NAME + BIT_BAND + VALUE + 12;
    private static final TextStyle RULER_TEXT = TextStyle.plain(12).ink(Ink.MUTED).centred();
    private static final TextStyle NAME_TEXT = TextStyle.plain(14).asBold().centred();
    private static final TextStyle BIT_TEXT = TextStyle.mono(17).asBold().centred();
    private static final TextStyle VALUE_TEXT = TextStyle.plain(14).centred();

    private record Segment(Field field, int row, int from, int to, boolean continued) {
    }

    private BitDiagram() {
    }

    static Block.Drawing of(FrameMessage m, FieldColours colours, Words words) {
        int headerBytes = m.header().headerLength();
        int rows = (headerBytes + 3) / 4;
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Shape.Text(LEFT / 2 - 4, RULER - 8, words.t("bits.byte"), RULER_TEXT));
        for (int bit = 0; bit < BITS; bit++) {
            shapes.add(new Shape.Text(LEFT + bit * CELL + CELL / 2, RULER - 8, Integer.toString(bit), RULER_TEXT));
        }
        for (Segment s : segments(m, colours, rows)) {
            draw(shapes, m, s, colours, words);
        }
        for (int row = 0; row < rows; row++) {
            double top = RULER + row * ROW;
            shapes.add(new Shape.Text(LEFT / 2 - 4, top + NAME + BIT_BAND / 2 + 5, Integer.toString(row * 4),
                    RULER_TEXT.sized(14)));
        }
        return new Block.Drawing(PageComposer.CONTENT, RULER + rows * ROW, shapes);
    }

    /** Consecutive bits of one field within a row. */
    private static List<Segment> segments(FrameMessage m, FieldColours colours, int rows) {
        List<Field> header = m.root().find("frame.header").map(Field::children).orElse(List.of());
        List<Segment> out = new ArrayList<>();
        Field seenBefore = null;
        for (int row = 0; row < rows; row++) {
            Field current = null;
            int from = 0;
            for (int bit = 0; bit <= BITS; bit++) {
                Field f = bit == BITS ? null : fieldAt(m, header, row * BITS + bit);
                if (f != current || bit == BITS) {
                    if (current != null) {
                        out.add(new Segment(current, row, from, bit, from == 0 && current == seenBefore));
                    }
                    seenBefore = current != null ? current : seenBefore;
                    current = f;
                    from = bit;
                }
            }
        }
        return out;
    }

    private static Field fieldAt(FrameMessage m, List<Field> header, int position) {
        int b = position / 8;
        int bit = position % 8;
        for (Field f : header) {
            long first = f.offset() - m.offset();
            if (f.isBits() ? first == b && bit >= f.bitOffset() && bit < f.bitOffset() + f.bitLength()
                    : b >= first && b < first + f.length()) {
                return f;
            }
        }
        return b < m.wire().length ? m.root().deepestAt(m.offset() + b).orElse(null) : null;
    }

    private static void draw(List<Shape> shapes, FrameMessage m, Segment s, FieldColours colours, Words words) {
        Ink dark = colours.dark(s.field()) == null ? Ink.MUTED : colours.dark(s.field());
        Ink pale = colours.pale(s.field()) == null ? Ink.PANEL : colours.pale(s.field());
        double top = RULER + s.row() * ROW;
        double x = LEFT + s.from() * CELL;
        double width = (s.to() - s.from()) * CELL;
        shapes.add(new Shape.Rect(x + 1, top, width - 2, NAME + BIT_BAND, pale, dark, 3));
        String name = words.explanations().name(s.field()) + (s.continued() ? " " + words.t("bits.continued") : "");
        shapes.add(fitted(x + width / 2, top + 20, name, shortName(s.field(), words), NAME_TEXT.ink(dark), width - 3));
        for (int bit = s.from(); bit < s.to(); bit++) {
            int position = s.row() * BITS + bit;
            int value = (m.wire()[position / 8] >> (7 - position % 8)) & 1;
            double cx = LEFT + bit * CELL + CELL / 2;
            shapes.add(new Shape.Text(cx, top + NAME + 20, Integer.toString(value), BIT_TEXT.ink(dark)));
            if (bit > s.from()) {
                double lx = LEFT + bit * CELL;
                shapes.add(new Shape.Line(lx, top + NAME + 4, lx, top + NAME + BIT_BAND - 4, Ink.GRID, 1, false, false));
            }
        }
        if (!s.continued() && (s.field().bitLength() != 1) && s.field().key().startsWith("frame.")
                && !s.field().key().startsWith("frame.payload")) {
            String meaning = words.explanations().meaning(s.field());
            String value = meaning == null ? s.field().value() : s.field().value() + " = " + meaning;
            TextStyle style = Fonts.fit(value, VALUE_TEXT.ink(dark), width - 4, 11);
            if (Fonts.width(value, style) <= width - 4) {
                shapes.add(new Shape.Text(x + width / 2, top + NAME + BIT_BAND + 18, value, style));
            }
        }
    }

    /** The field's full name if it fits, else its short name (FIN, RSV1, MASK), else the RFC's one letter. */
    private static Shape.Text fitted(double cx, double y, String full, String shortName, TextStyle style, double width) {
        for (String candidate : new String[] {full, shortName}) {
            TextStyle s = Fonts.fit(candidate, style, width, 9);
            if (Fonts.width(candidate, s) <= width) {
                return new Shape.Text(cx, y, candidate, s);
            }
        }
        String letter = shortName.substring(0, 1);
        return new Shape.Text(cx, y, letter, style);
    }

    private static String shortName(Field f, Words words) {
        String key = "short." + f.key();
        return words.has(key) ? words.t(key) : words.explanations().name(f);
    }
}
