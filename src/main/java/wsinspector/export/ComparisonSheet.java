package wsinspector.export;

import java.util.ArrayList;
import java.util.List;

import wsinspector.dissect.FrameMessage;
import wsinspector.dissect.FramingComparison;
import wsinspector.dissect.LegacyFrameMessage;
import wsinspector.dissect.Message;
import wsinspector.protocol.Opcode;

/**
 * The comparison handout: one data message in RFC 6455 framing and in the 2010 draft framing the course
 * notes teach (0x00 … 0xFF for text, 0x80 and a length for binary), each with its bytes and fields, then
 * what differs and why the old framing was replaced.
 */
final class ComparisonSheet {
    /** The reasons of {@code legacy.why.<reason>.title/explain} in the explanations, in the lesson's order. */
    private static final List<String> REASONS = List.of("length", "fragmentation", "control", "masking", "handshake");

    private ComparisonSheet() {
    }

    static boolean fits(Message m) {
        return FramingComparison.comparable(m);
    }

    static Handout make(ExportSource source, int number, Words words) {
        Message m = source.message(number);
        FramingComparison c = FramingComparison.forMessage(m).orElseThrow();
        List<Block> blocks = new ArrayList<>();
        if (m instanceof LegacyFrameMessage && c.rfc6455().header().masked()) {
            blocks.add(Block.Paragraph.of(words.t("comparison.exampleKey")));
        }
        side(blocks, words.t("comparison.rfc", c.rfc6455().length()), c.rfc6455(), words);
        side(blocks, words.t("comparison.draft", c.legacy().length()), c.legacy(), words);
        blocks.add(new Block.Heading(words.t("comparison.differs")));
        for (String line : differences(c, words)) {
            blocks.add(Block.Paragraph.of("•  " + line));
        }
        blocks.add(new Block.Heading(words.t("comparison.why")));
        for (String reason : REASONS) {
            blocks.add(Block.Paragraph.of("•  " + words.explanations().text("legacy.why." + reason + ".title") + ". "
                    + words.explanations().text("legacy.why." + reason + ".explain")));
        }
        return new Handout(words.t("comparison.title", number, Subtitles.summary(m, words)),
                Subtitles.message(source, number, words), words.locale(), blocks);
    }

    private static void side(List<Block> blocks, String title, Message m, Words words) {
        FieldColours colours = FieldColours.of(m);
        blocks.add(new Block.Heading(title));
        blocks.add(HexDrawing.of(m, colours, words));
        blocks.add(FieldTable.of(m, colours, words, false));
    }

    private static List<String> differences(FramingComparison c, Words words) {
        FrameMessage rfc = c.rfc6455();
        int payload = rfc.frame().payloadBytesPresent();
        boolean text = rfc.header().opcode() == Opcode.TEXT.code();
        return List.of(
                words.t("comparison.size", rfc.length(), rfc.length() - payload, c.legacy().length(),
                        c.legacy().length() - payload),
                words.t(text ? "comparison.lengthText" : "comparison.lengthBinary"),
                words.t(rfc.header().masked() ? "comparison.masked" : "comparison.unmasked"),
                words.t("comparison.type"));
    }
}
