package wsinspector.net;

import wsinspector.protocol.CloseBody;
import wsinspector.protocol.Opcode;

/** What a {@link MessageReader} hands over: a whole data message, or a control frame. */
sealed interface Incoming {

    /**
     * A complete text or binary message (RFC 6455 §5.4), unmasked and inflated.
     *
     * @param compressed whether it came compressed with permessage-deflate (RSV1 on its first frame)
     * @param frames     how many data frames carried it
     */
    record Message(Opcode opcode, ByteBlocks payload, boolean compressed, int frames) implements Incoming {
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
}
