package wsinspector.dissect;

import wsinspector.legacy.Challenge;
import wsinspector.legacy.Hixie76Handshake;
import wsinspector.protocol.AcceptComputation;
import wsinspector.protocol.HandshakeKind;
import wsinspector.protocol.HttpHead;

/**
 * An HTTP request or response of an opening handshake, with the hixie-76 key bytes after it.
 *
 * @param accept    the Sec-WebSocket-Accept computation (RFC 6455), when it could be done
 * @param challenge the hixie-76 Key1/Key2/key3 computation, when it could be done
 */
public record HandshakeMessage(Direction direction, long offset, byte[] wire, long timestampNanos,
                               boolean request, HttpHead head, HandshakeKind protocol,
                               AcceptComputation accept, Challenge challenge,
                               Field root) implements Message {
    @Override
    public Kind kind() {
        return request ? Kind.HANDSHAKE_REQUEST : Kind.HANDSHAKE_RESPONSE;
    }
}
