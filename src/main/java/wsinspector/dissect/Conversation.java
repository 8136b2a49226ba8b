package wsinspector.dissect;

import java.util.EnumMap;
import java.util.Map;

import wsinspector.legacy.Challenge;
import wsinspector.legacy.Hixie76Handshake;
import wsinspector.protocol.DeflateParameters;
import wsinspector.protocol.FrameValidator.Role;
import wsinspector.protocol.HandshakeKind;
import wsinspector.protocol.HttpHead;
import wsinspector.protocol.MessageAssembler;

/**
 * What one direction of a conversation learns that the other needs: the protocol the handshake
 * chose, the request (to check the accept key against), and the negotiated permessage-deflate.
 * Owned by one {@link Dissector}; not thread-safe.
 */
final class Conversation {
    private final long maxMessageBytes;
    private final Map<Direction, MessageAssembler> assemblers = new EnumMap<>(Direction.class);
    private HandshakeKind protocol;
    private HttpHead request;
    private Challenge challenge;
    private DeflateParameters deflate;

    Conversation(long maxMessageBytes) {
        this.maxMessageBytes = maxMessageBytes;
    }

    /** The most bytes of one message (and of one frame) kept in memory. */
    long maxMessageBytes() {
        return maxMessageBytes;
    }

    HandshakeKind protocol() {
        return protocol;
    }

    void protocol(HandshakeKind kind) {
        if (kind != HandshakeKind.NOT_WEBSOCKET) {
            this.protocol = kind;
        }
    }

    boolean isLegacy() {
        return protocol == HandshakeKind.HIXIE75 || protocol == HandshakeKind.HIXIE76;
    }

    HttpHead request() {
        return request;
    }

    void request(HttpHead head, Challenge hixie) {
        this.request = head;
        this.challenge = hixie;
    }

    Challenge challenge() {
        return challenge;
    }

    DeflateParameters deflate() {
        return deflate;
    }

    void deflate(DeflateParameters negotiated) {
        this.deflate = negotiated;
    }

    /** The message assembler of a direction, created at its first frame with what was negotiated by then. */
    MessageAssembler assembler(Direction direction) {
        return assemblers.computeIfAbsent(direction, d -> new MessageAssembler(role(d), deflate, maxMessageBytes));
    }

    static Role role(Direction direction) {
        return direction == Direction.CLIENT_TO_SERVER ? Role.CLIENT : Role.SERVER;
    }
}
