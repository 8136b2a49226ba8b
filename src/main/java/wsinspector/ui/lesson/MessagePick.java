package wsinspector.ui.lesson;

import java.util.List;
import java.util.Locale;

import wsinspector.dissect.Direction;
import wsinspector.dissect.FrameMessage;
import wsinspector.dissect.HandshakeMessage;
import wsinspector.dissect.LegacyFrameMessage;
import wsinspector.dissect.Message;
import wsinspector.legacy.LegacyFrame;
import wsinspector.protocol.FrameHeader;
import wsinspector.protocol.Opcode;

/**
 * Which message of the live conversation a step points at: who sent it and what kind it is. The step
 * shows the newest message that fits (the one its action just made).
 *
 * @param from   "client", "server" or null for either
 * @param kind   one of {@link #KINDS}
 */
public record MessagePick(String from, String kind) {
    /** The kinds a lesson file may name. {@code frame} is any RFC 6455 frame, reserved opcodes included. */
    public static final List<String> KINDS = List.of("request", "response", "text", "binary", "continuation", "ping",
            "pong", "close", "frame", "legacy-text", "legacy-binary", "legacy-close");
    public static final List<String> SIDES = List.of("client", "server");

    public boolean matches(Message m) {
        if (from != null) {
            Direction wanted = from.equals("client") ? Direction.CLIENT_TO_SERVER : Direction.SERVER_TO_CLIENT;
            if (m.direction() != wanted) {
                return false;
            }
        }
        return kind.equals(kindOf(m));
    }

    /** Whether m fits this pick's kind, "frame" taking any RFC 6455 frame. */
    private String kindOf(Message m) {
        if (m instanceof HandshakeMessage h) {
            return h.request() ? "request" : "response";
        }
        if (m instanceof FrameMessage f && f.header() != null) {
            return kind.equals("frame") ? "frame" : opcodeKind(f.header());
        }
        if (m instanceof LegacyFrameMessage l) {
            LegacyFrame frame = l.frame();
            return switch (frame.kind()) {
                case TEXT_SENTINEL -> "legacy-text";
                case LENGTH_PREFIXED -> "legacy-binary";
                case CLOSE -> "legacy-close";
            };
        }
        return "";
    }

    private static String opcodeKind(FrameHeader h) {
        return Opcode.of(h.opcode()).map(o -> o.name().toLowerCase(Locale.ROOT)).orElse("frame");
    }
}
