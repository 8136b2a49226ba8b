package wsinspector.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import wsinspector.dissect.FrameMessage;
import wsinspector.dissect.Hex;
import wsinspector.dissect.MaskingRows;
import wsinspector.dissect.Message;
import wsinspector.dissect.Summaries;
import wsinspector.protocol.FrameHeader;

/**
 * The masking handout (RFC 6455 §5.3): the key's four bytes, then the payload byte by byte in columns, the
 * byte on the wire, the key byte it is XORed with (coloured by its place in the key), the data byte, its
 * character.
 */
final class MaskingSheet {
    private static final int PER_BAND = 16;
    private static final double LABEL = 200;
    private static final double COLUMN = (PageComposer.CONTENT - LABEL) / PER_BAND;
    private static final double ROW = 30;
    private static final double BAND = 5 * ROW + 18;
    private static final TextStyle LABEL_TEXT = TextStyle.plain(15).asBold();
    private static final TextStyle CELL_TEXT = TextStyle.mono(17).centred();

    private MaskingSheet() {
    }

    static boolean fits(Message m) {
        return m instanceof FrameMessage f && f.header() != null && f.header().masked() && f.frame().payloadBytesPresent() > 0;
    }

    static Handout make(ExportSource source, int number, Words words) {
        FrameMessage m = (FrameMessage) source.message(number);
        FrameHeader h = m.header();
        MaskingRows rows = MaskingRows.of(m.wire(), m.frame().payloadOffsetInWire(), h.maskingKey());
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.Paragraph.of(words.t("masking.rule")));
        blocks.add(new Block.Heading(words.t("masking.key")));
        blocks.add(key(h.maskingKey(), words));
        blocks.add(new Block.Heading(words.t("masking.table", rows.rows().size())));
        blocks.add(table(rows, words));
        if (rows.remaining() > 0) {
            blocks.add(Block.Paragraph.of(words.t("masking.more", rows.remaining())));
        }
        byte[] plain = m.frame().unmaskedPayload();
        if (h.opcode() == 1 || m.completed() != null && m.completed().text() != null) {
            blocks.add(Block.Paragraph.of(words.t("masking.text",
                    Summaries.quote(new String(plain, StandardCharsets.UTF_8), 200))));
        }
        blocks.add(Block.Paragraph.of(words.t("masking.why")));
        return new Handout(words.t("masking.title", number, Subtitles.summary(m, words)),
                Subtitles.message(source, number, words), words.locale(), blocks);
    }

    private static Block.Drawing key(byte[] key, Words words) {
        List<Shape> shapes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            double x = i * 130;
            shapes.add(new Shape.Rect(x, 0, 118, 54, Ink.fieldBackground(i), Ink.field(i), 4));
            shapes.add(new Shape.Text(x + 59, 20, words.t("masking.keyByte", i), TextStyle.plain(13).ink(Ink.field(i)).centred()));
            shapes.add(new Shape.Text(x + 59, 45, Hex.ofByte(key[i]), CELL_TEXT.asBold().ink(Ink.field(i)).sized(20)));
        }
        return new Block.Drawing(PageComposer.CONTENT, 56, shapes);
    }

    private static Block.Drawing table(MaskingRows rows, Words words) {
        List<Shape> shapes = new ArrayList<>();
        List<MaskingRows.Row> all = rows.rows();
        int bands = (all.size() + PER_BAND - 1) / PER_BAND;
        String[] labels = {words.t("masking.row.index"), words.t("masking.row.wire"), words.t("masking.row.key"),
            words.t("masking.row.data"), words.t("masking.row.char")};
        for (int band = 0; band < bands; band++) {
            double top = band * BAND;
            for (int r = 0; r < labels.length; r++) {
                TextStyle style = Fonts.fit(labels[r], r == 0 ? LABEL_TEXT.ink(Ink.MUTED) : LABEL_TEXT, LABEL - 10, 11);
                shapes.add(new Shape.Text(0, top + r * ROW + 21, labels[r], style));
            }
            shapes.add(new Shape.Line(LABEL - 4, top + 3 * ROW, PageComposer.CONTENT, top + 3 * ROW, Ink.TEXT, 1.5, false, false));
            for (int col = 0; col < PER_BAND && band * PER_BAND + col < all.size(); col++) {
                column(shapes, all.get(band * PER_BAND + col), LABEL + col * COLUMN, top);
            }
        }
        return new Block.Drawing(PageComposer.CONTENT, bands * BAND, shapes);
    }

    private static void column(List<Shape> shapes, MaskingRows.Row row, double x, double top) {
        double cx = x + COLUMN / 2;
        Ink keyInk = Ink.field(row.keyIndex());
        shapes.add(new Shape.Text(cx, top + 21, Integer.toString(row.index()), TextStyle.plain(13).ink(Ink.MUTED).centred()));
        shapes.add(new Shape.Text(cx, top + ROW + 21, Hex.ofByte(row.masked()), CELL_TEXT));
        shapes.add(new Shape.Rect(x + 3, top + 2 * ROW + 3, COLUMN - 6, ROW - 6, Ink.fieldBackground(row.keyIndex()), null, 3));
        shapes.add(new Shape.Text(cx, top + 2 * ROW + 21, Hex.ofByte(row.key()), CELL_TEXT.ink(keyInk)));
        shapes.add(new Shape.Text(cx, top + 3 * ROW + 21, Hex.ofByte(row.plain()), CELL_TEXT.asBold()));
        shapes.add(new Shape.Text(cx, top + 4 * ROW + 21, row.character(), TextStyle.plain(17).asBold().ink(Ink.ACCENT).centred()));
    }
}
