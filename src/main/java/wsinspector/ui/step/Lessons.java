package wsinspector.ui.step;

import java.util.List;

import wsinspector.dissect.ConnectionEventMessage;
import wsinspector.dissect.FrameMessage;
import wsinspector.dissect.GapMessage;
import wsinspector.dissect.HandshakeMessage;
import wsinspector.dissect.LegacyFrameMessage;
import wsinspector.dissect.Message;
import wsinspector.legacy.LegacyFrame;
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
            if (h.protocol() == HandshakeKind.HIXIE76) {
                // the request carries the challenge (Key1, Key2, 8 bytes), the answer its MD5: each its own lesson,
                // not the old framing's paragraph that the frames tell (W9-5)
                return List.of(h.request() ? "lesson.challenge" : "lesson.legacy-answer");
            }
            if (isLegacy(h.protocol())) {
                return List.of("lesson.legacy");
            }
            return h.request() ? List.of("lesson.request") : List.of("lesson.response", "lesson.accept");
        }
        if (message instanceof FrameMessage f) {
            return forFrame(f.header());
        }
        if (message instanceof ConnectionEventMessage e) {
            // a capture's SYN, FIN and RST are steps too: without a lesson their page was a line of "0 bytes"
            return switch (e.event()) {
                case SYN, SYN_ACK -> List.of("lesson.tcp");
                case FIN -> List.of("lesson.close-tcp");
                case RST -> List.of("lesson.reset-tcp");
            };
        }
        if (message instanceof GapMessage) {
            return List.of("lesson.gap");
        }
        return switch (message.kind()) {
            case LEGACY_FRAME -> message instanceof LegacyFrameMessage l && l.frame().kind() == LegacyFrame.Kind.CLOSE
                    ? List.of("lesson.legacy-close") : List.of("lesson.legacy");
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
        String framing = h.masked() ? "lesson.masking" : "lesson.frames";
        // RSV1 on a message's first frame: permessage-deflate compressed it, which the lesson says before the framing
        return h.rsv1() && op != Opcode.CONTINUATION.code() ? List.of("lesson.deflate", framing) : List.of(framing);
    }

    private static boolean isLegacy(HandshakeKind kind) {
        return kind == HandshakeKind.HIXIE75 || kind == HandshakeKind.HIXIE76;
    }
}
