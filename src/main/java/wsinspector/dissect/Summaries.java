package wsinspector.dissect;

import wsinspector.legacy.LegacyFrame;
import wsinspector.protocol.DecodedFrame;
import wsinspector.protocol.FrameHeader;
import wsinspector.protocol.AssembledMessage;
import wsinspector.protocol.Opcode;
import wsinspector.protocol.Phrase;

/**
 * One-line summaries of messages, in the manner of Wireshark's packet list ({@code Text [FIN] [MASKED] len=5
 * "Hello"}), as phrases: the command line makes them sentences in the reader's language ({@code summary.*} in the
 * explanation bundles); the window builds its own labels.
 */
public final class Summaries {
    private static final int QUOTE_LIMIT = 40;

    private Summaries() {
    }

    /** The message in one line: a frame's opcode, flags and length, a handshake's start line, why bytes were not decoded. */
    public static Phrase of(Message m) {
        if (m instanceof FrameMessage f) {
            return frame(f.frame(), f.completed());
        } else if (m instanceof LegacyFrameMessage l) {
            return legacy(l.frame());
        } else if (m instanceof HandshakeMessage h) {
            return Phrase.of("summary.literal", h.head().startLine());
        } else if (m instanceof UndecodedBytes u) {
            return Phrase.of("summary.undecoded", Phrase.of(u.reasonKey()), u.detail());
        } else if (m instanceof GapMessage g) {
            return Phrase.of("summary.gap", g.missingBytes());
        } else if (m instanceof ConnectionEventMessage e) {
            return Phrase.of("event." + e.event().code());
        }
        return Phrase.of("summary.literal", "");
    }

    static Phrase frame(DecodedFrame frame, AssembledMessage completed) {
        FrameHeader h = frame.header();
        if (h == null) {
            return Phrase.of("summary.incompleteHeader");
        }
        String text = completed != null && completed.text() != null ? " " + quote(completed.text(), QUOTE_LIMIT) : "";
        return Phrase.of("summary.frame", opcode(h.opcode()), flag(h.fin(), "fin"), flag(h.masked(), "masked"),
                flag(h.rsv1(), "rsv1"), Long.toUnsignedString(h.payloadLength()), flag(frame.truncated(), "truncated"),
                text);
    }

    static Phrase legacy(LegacyFrame f) {
        String kind = switch (f.kind()) {
            case TEXT_SENTINEL -> "text";
            case LENGTH_PREFIXED -> "binary";
            case CLOSE -> "close";
        };
        String text = f.text() == null ? "" : " " + quote(f.text(), QUOTE_LIMIT);
        return Phrase.of("summary.legacy", Phrase.of("summary.legacy." + kind), f.payloadLength(),
                flag(f.truncated(), "truncated"), text);
    }

    /** An opcode's name in the reader's language ({@code opcode.1}: Text, Текст), a reserved one with its number. */
    private static Phrase opcode(int opcode) {
        return Opcode.of(opcode).isPresent() ? Phrase.of("opcode." + opcode)
                : Phrase.of("summary.reservedOpcode", String.format("0x%X", opcode));
    }

    /** A flag such as {@code [FIN]} with the space before it, or nothing. */
    private static Object flag(boolean set, String name) {
        return set ? Phrase.of("summary.flag." + name) : "";
    }

    /** The English name of an opcode as Wireshark writes it, the JSON contract's {@code opcodeName}; reserved ones as {@code Reserved (0x3)}. */
    public static String opcodeName(int opcode) {
        return Opcode.of(opcode).map(Summaries::name).orElseGet(() -> String.format("Reserved (0x%X)", opcode));
    }

    private static String name(Opcode o) {
        return switch (o) {
            case CONTINUATION -> "Continuation";
            case TEXT -> "Text";
            case BINARY -> "Binary";
            case CLOSE -> "Close";
            case PING -> "Ping";
            case PONG -> "Pong";
        };
    }

    /**
     * What a label shows for a control character: the middle dot, as the hex view's text column (and Wireshark's) does.
     * Unicode's control pictures (␞, ␉) are in none of the fonts a Linux desktop has by default: the window drew them
     * as empty boxes (W7-6).
     */
    public static final char CONTROL_SHOWN = '\u00b7';

    /**
     * Quoted for a person's eyes in a one-line label (the timeline's arrows, the inspector's summary): a control
     * character (C0, DEL, C1) is {@link #CONTROL_SHOWN}, never a program's escape such as {@code \u001e} nor a glyph the
     * font lacks (W7-6: random bytes read as text showed «{\u001e�\t�c!=», then empty boxes).
     */
    public static String shown(String text, int limit) {
        StringBuilder sb = new StringBuilder("\"");
        int n = Math.min(text.length(), limit);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            sb.append(Character.isISOControl(c) ? CONTROL_SHOWN : c);
        }
        sb.append('"');
        if (text.length() > limit) {
            sb.append('…');
        }
        return sb.toString();
    }

    /** The text in double quotes, cut with an ellipsis past {@code limit} characters, control characters escaped. */
    public static String quote(String text, int limit) {
        StringBuilder sb = new StringBuilder("\"");
        int n = Math.min(text.length(), limit);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '"' -> sb.append("\\\"");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
        if (text.length() > limit) {
            sb.append('…');
        }
        return sb.toString();
    }
}
