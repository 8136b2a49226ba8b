package wsinspector.dissect;

import wsinspector.legacy.LegacyFrame;
import wsinspector.protocol.DecodedFrame;
import wsinspector.protocol.FrameHeader;
import wsinspector.protocol.AssembledMessage;
import wsinspector.protocol.Opcode;

/**
 * One-line, language-neutral summaries of messages, in the manner of Wireshark's packet list
 * ({@code Text [FIN] [MASKED] "Hello"}). The window builds its own localized labels; these serve
 * the command line and the root field's value.
 */
public final class Summaries {
    private static final int QUOTE_LIMIT = 40;

    private Summaries() {
    }

    static String frame(DecodedFrame frame, AssembledMessage completed) {
        FrameHeader h = frame.header();
        if (h == null) {
            return "incomplete header";
        }
        StringBuilder sb = new StringBuilder(opcodeName(h.opcode()));
        if (h.fin()) {
            sb.append(" [FIN]");
        }
        if (h.masked()) {
            sb.append(" [MASKED]");
        }
        if (h.rsv1()) {
            sb.append(" [RSV1]");
        }
        sb.append(" len=").append(Long.toUnsignedString(h.payloadLength()));
        if (frame.truncated()) {
            sb.append(" [TRUNCATED]");
        }
        if (completed != null && completed.text() != null) {
            sb.append(' ').append(quote(completed.text(), QUOTE_LIMIT));
        }
        return sb.toString();
    }

    static String legacy(LegacyFrame f) {
        String kind = switch (f.kind()) {
            case TEXT_SENTINEL -> "Text";
            case LENGTH_PREFIXED -> "Binary";
            case CLOSE -> "Close";
        };
        String text = f.text();
        String base = "Legacy " + kind + " len=" + f.payloadLength() + (f.truncated() ? " [TRUNCATED]" : "");
        return text == null ? base : base + " " + quote(text, QUOTE_LIMIT);
    }

    /** The English name of an opcode as Wireshark writes it; reserved ones as {@code Reserved (0x3)}. */
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
