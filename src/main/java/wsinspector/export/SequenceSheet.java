package wsinspector.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import wsinspector.dissect.Direction;
import wsinspector.dissect.FrameMessage;
import wsinspector.dissect.Message;
import wsinspector.protocol.Opcode;
import wsinspector.protocol.Problem;
import wsinspector.protocol.Rule;

/**
 * The sequence handout: the client's and the server's lifelines and one arrow per message, numbered as in
 * the timeline, with its summary above it, its problems counted in red and its time since the first message
 * when the source has times. Very long conversations are drawn up to {@link #MAX_MESSAGES}.
 */
final class SequenceSheet {
    static final int MAX_MESSAGES = 400;
    private static final double CLIENT_X = 170;
    private static final double SERVER_X = PageComposer.CONTENT - 170;
    private static final double BOX_W = 230;
    private static final double BOX_H = 56;
    private static final double TOP = BOX_H + 16;
    private static final double ROW = 38;
    private static final TextStyle LABEL = TextStyle.plain(15).centred();

    private SequenceSheet() {
    }

    static Handout make(ExportSource source, Words words) {
        List<Message> messages = source.messages();
        int shown = Math.min(messages.size(), MAX_MESSAGES);
        List<Shape> shapes = new ArrayList<>();
        double bottom = TOP + shown * ROW + 8;
        lifeline(shapes, CLIENT_X, words.t("sequence.client"), source.client(), bottom);
        lifeline(shapes, SERVER_X, words.t("sequence.server"), source.server(), bottom);
        long start = messages.stream().mapToLong(Message::timestampNanos).filter(t -> t > 0).findFirst().orElse(0);
        for (int i = 0; i < shown; i++) {
            arrow(shapes, i, messages.get(i), start, words);
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Drawing(PageComposer.CONTENT, bottom + 4, shapes));
        if (shown < messages.size()) {
            blocks.add(Block.Paragraph.of(words.t("sequence.more", messages.size() - shown)));
        }
        return new Handout(words.t("sequence.title", messages.size()), Subtitles.source(source, words),
                words.locale(), blocks);
    }

    private static void lifeline(List<Shape> shapes, double x, String title, String address, double bottom) {
        shapes.add(new Shape.Rect(x - BOX_W / 2, 0, BOX_W, BOX_H, Ink.PANEL, Ink.TEXT, 6));
        shapes.add(new Shape.Text(x, address == null ? 34 : 24, title, TextStyle.plain(18).asBold().centred()));
        if (address != null) {
            shapes.add(new Shape.Text(x, 45, address, Fonts.fit(address, TextStyle.mono(14).ink(Ink.MUTED).centred(), BOX_W - 10, 10)));
        }
        shapes.add(new Shape.Line(x, BOX_H, x, bottom, Ink.MUTED, 1.5, true, false));
    }

    private static void arrow(List<Shape> shapes, int index, Message m, long start, Words words) {
        double y = TOP + index * ROW + 26;
        boolean toServer = m.direction() == Direction.CLIENT_TO_SERVER;
        Ink ink = inkOf(m);
        double from = toServer ? CLIENT_X : SERVER_X;
        double to = toServer ? SERVER_X : CLIENT_X;
        shapes.add(new Shape.Line(from, y, to, y, ink, 2, m.kind() == Message.Kind.CONNECTION, true));
        shapes.add(new Shape.Text(36, y + 5, Integer.toString(index + 1), TextStyle.plain(15).asBold().ink(Ink.MUTED).endAligned()));
        double room = SERVER_X - CLIENT_X - 24;
        String label = Subtitles.summary(m, words);
        TextStyle style = Fonts.fit(label, LABEL.ink(ink == Ink.OTHER ? Ink.MUTED : Ink.TEXT), room, 12);
        while (Fonts.width(label, style) > room && label.length() > 2) {
            label = label.substring(0, label.length() - 2) + "…";
        }
        shapes.add(new Shape.Text((CLIENT_X + SERVER_X) / 2, y - 8, label, style));
        int problems = m.problems().size();
        if (problems > 0) { // in the heaviest weight's colour and sign, as the window's badge: a remark is no red ⚠
            Rule.Severity heaviest = m.problems().stream().map(Problem::severity).max(Comparator.naturalOrder()).orElseThrow();
            String mark = heaviest == Rule.Severity.INFO ? "ℹ " : "⚠ ";
            shapes.add(new Shape.Text(CLIENT_X - 14, y + 5, mark + problems,
                    TextStyle.plain(15).asBold().ink(Ink.of(heaviest)).endAligned()));
        }
        if (start > 0 && m.timestampNanos() > 0) {
            String time = String.format(Locale.ROOT, "+%.3f %s", (m.timestampNanos() - start) / 1e9, words.t("sequence.seconds"));
            shapes.add(new Shape.Text(SERVER_X + 14, y + 5, time, TextStyle.plain(13).ink(Ink.MUTED)));
        }
    }

    private static Ink inkOf(Message m) {
        return switch (m.kind()) {
            case HANDSHAKE_REQUEST, HANDSHAKE_RESPONSE -> Ink.HANDSHAKE;
            case LEGACY_FRAME -> Ink.LEGACY;
            case UNDECODED, GAP, CONNECTION -> Ink.OTHER;
            case FRAME -> frameInk((FrameMessage) m);
        };
    }

    private static Ink frameInk(FrameMessage f) {
        if (f.header() == null) {
            return Ink.OTHER;
        }
        int opcode = f.header().opcode();
        return opcode == Opcode.CLOSE.code() ? Ink.CLOSE : Opcode.isControl(opcode) ? Ink.CONTROL : Ink.DATA;
    }
}
