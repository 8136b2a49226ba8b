package wsinspector.net;

import wsinspector.legacy.LegacyFrame;
import wsinspector.protocol.AssembledMessage;
import wsinspector.protocol.CloseBody;
import wsinspector.protocol.Opcode;

/** What a {@link BlockingReader} hands over: a whole data message, a control frame, or a legacy frame. */
sealed interface Incoming {

    /** A complete text or binary message (RFC 6455 §5.4), unmasked and inflated, as the core assembled it. */
    record Message(AssembledMessage message) implements Incoming {
        Opcode opcode() {
            return message.opcode();
        }

        byte[] payload() {
            return message.payload();
        }

        /** Whether it came compressed with permessage-deflate (RSV1 on its first frame). */
        boolean compressed() {
            return message.compressed();
        }
    }

    /** A close, ping or pong frame, already judged (for a close: its code and reason, RFC 6455 §5.5.1). */
    record Control(Opcode opcode, byte[] payload) implements Incoming {

        /** The close code, or 1005 when the close frame had no body (RFC 6455 §7.1.5). */
        int closeCode() {
            return CloseBody.of(payload).code();
        }

        String closeReason() {
            return CloseBody.of(payload).reason();
        }
    }

    /** A frame of hixie-75/76, valid; {@code ff 00} is the closing handshake of draft 76. */
    record Legacy(LegacyFrame frame) implements Incoming {
        boolean close() {
            return frame.kind() == LegacyFrame.Kind.CLOSE;
        }
    }
}
