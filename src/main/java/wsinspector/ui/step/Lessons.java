package wsinspector.ui.step;

import java.util.List;

import wsinspector.dissect.FrameMessage;
import wsinspector.dissect.HandshakeMessage;
import wsinspector.dissect.Message;
import wsinspector.protocol.FrameHeader;
import wsinspector.protocol.HandshakeKind;
import wsinspector.protocol.Opcode;

/**
 * Which part of the lesson (LESSON.md; the {@code lesson.*} texts of the explanations) a step of
 * step mode tells: the request, the answer and its accept key, masking, ping and pong, closing,
 * fragmentation, the legacy framing. Each key names a {@code .title} and an {@code .explain} text.
 */
public final class Lessons {
    public static final String CONNECT = "lesson.connect";

    private Lessons() {
    }

    /** The lesson keys for a message, most specific first; empty when no lesson fits. */
    public static List<String> forMessage(Message message) {
        if (message instanceof HandshakeMessage h) {
            if (isLegacy(h.protocol())) {
                return List.of("lesson.legacy");
            }
            return h.request() ? List.of("lesson.request") : List.of("lesson.response", "lesson.accept");
        }
        if (message instanceof FrameMessage f) {
            return forFrame(f.header());
        }
        return switch (message.kind()) {
            case LEGACY_FRAME -> List.of("lesson.legacy");
            default -> List.of();
        };
    }

    private static List<String> forFrame(FrameHeader h) {
        if (h == null) {
            return List.of();
        }
        int op = h.opcode();
        if (op == Opcode.PING.code() || op == Opcode.PONG.code()) {
            return List.of("lesson.pingpong");
        }
        if (op == Opcode.CLOSE.code()) {
            return List.of("lesson.close");
        }
        if (op == Opcode.CONTINUATION.code() || !h.fin()) {
            return List.of("lesson.fragmentation");
        }
        return h.masked() ? List.of("lesson.masking") : List.of("lesson.frames");
    }

    private static boolean isLegacy(HandshakeKind kind) {
        return kind == HandshakeKind.HIXIE75 || kind == HandshakeKind.HIXIE76;
    }
}
