package wsinspector.export;

import java.util.ArrayList;
import java.util.List;

import wsinspector.dissect.FrameMessage;
import wsinspector.dissect.LegacyFrameMessage;
import wsinspector.dissect.Message;
import wsinspector.protocol.Problem;

/** The frame handout: the header bit by bit (RFC 6455 frames), the bytes in field colours, the fields explained. */
final class FrameSheet {
    private FrameSheet() {
    }

    static boolean fits(Message m) {
        return m instanceof FrameMessage f && f.header() != null || m instanceof LegacyFrameMessage;
    }

    static Handout make(ExportSource source, int number, Words words) {
        Message m = source.message(number);
        FieldColours colours = FieldColours.of(m);
        List<Block> blocks = new ArrayList<>();
        if (m instanceof FrameMessage f) {
            blocks.add(new Block.Heading(words.t("frame.bits")));
            blocks.add(BitDiagram.of(f, colours, words));
        }
        blocks.add(new Block.Heading(words.t("frame.bytes", m.length())));
        blocks.add(HexDrawing.of(m, colours, words));
        blocks.add(new Block.Heading(words.t("frame.fields")));
        blocks.add(FieldTable.of(m, colours, words, true));
        problems(m, words, blocks);
        return new Handout(words.t("frame.title", number, Subtitles.summary(m, words)),
                Subtitles.message(source, number, words), words.locale(), blocks);
    }

    /** The rules the message breaks, each in the reader's language; nothing when it breaks none. */
    static void problems(Message m, Words words, List<Block> blocks) {
        List<Problem> problems = m.problems();
        if (problems.isEmpty()) {
            return;
        }
        blocks.add(new Block.Heading(words.t("problems")));
        for (Problem p : problems) {
            blocks.add(Block.Paragraph.of("•  " + words.explanations().weighed(p)));
        }
    }
}
