package wsinspector.dissect;

import java.util.List;
import java.util.function.Supplier;

import wsinspector.legacy.Challenge;
import wsinspector.protocol.AcceptComputation;
import wsinspector.protocol.HandshakeKind;
import wsinspector.protocol.HttpHead;
import wsinspector.protocol.Problem;

/**
 * An HTTP request or response of an opening handshake, with the hixie-76 key bytes after it.
 *
 * @param accept    the Sec-WebSocket-Accept computation (RFC 6455), when it could be done
 * @param challenge the hixie-76 Key1/Key2/key3 computation, when it could be done
 * @param problems  the rules the handshake breaks
 * @param tree      builds the field tree on first use and keeps it
 */
public record HandshakeMessage(Direction direction, long offset, byte[] wire, long timestampNanos,
                               boolean request, HttpHead head, HandshakeKind protocol,
                               AcceptComputation accept, Challenge challenge,
                               List<Problem> problems, Supplier<Field> tree) implements Message {
    @Override
    public Field root() {
        return tree.get();
    }

    @Override
    public Kind kind() {
        return request ? Kind.HANDSHAKE_REQUEST : Kind.HANDSHAKE_RESPONSE;
    }
}
