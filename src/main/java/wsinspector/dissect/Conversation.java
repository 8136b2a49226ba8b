package wsinspector.dissect;

import java.util.EnumMap;
import java.util.Map;

import wsinspector.legacy.Challenge;
import wsinspector.legacy.Hixie76Handshake;
import wsinspector.protocol.DeflateParameters;
import wsinspector.protocol.ExtensionOffer;
import wsinspector.protocol.FrameValidator.Role;
import wsinspector.protocol.HandshakeKind;
import wsinspector.protocol.HttpHead;
import wsinspector.protocol.FrameJudge;

/**
 * What one direction of a conversation learns that the other needs: the protocol the handshake
 * chose, the request (to check the accept key against), and the negotiated permessage-deflate.
 * Owned by one {@link Dissector}; not thread-safe.
 */
final class Conversation {
    private final long maxMessageBytes;
    private final Map<Direction, FrameJudge> judges = new EnumMap<>(Direction.class);
    private HandshakeKind protocol;
    private HttpHead request;
    private Challenge challenge;
    private DeflateParameters deflate;
    private boolean deflateOffered;
    private boolean responseSeen;
    private boolean deflateInferred;

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
        this.deflateOffered = ExtensionOffer.parseAll(head.all("Sec-WebSocket-Extensions")).stream()
                .anyMatch(offer -> offer.name().equalsIgnoreCase(DeflateParameters.EXTENSION_NAME));
    }

    /** A response was seen: what it negotiated is known, nothing is inferred any more. */
    void responseSeen() {
        this.responseSeen = true;
    }

    /**
     * A frame with RSV1 arrived while no extension is known. When the client offered
     * permessage-deflate and no response was seen (a one-direction dump of the client, or a capture
     * that starts after the handshake's answer), the server most likely accepted it (RFC 7692 §6:
     * RSV1 marks a compressed message). Frames are then inflated as under the defaults, which inflate
     * whatever window and context-takeover the peers agreed on. Returns whether it inferred so now.
     */
    boolean inferDeflate() {
        if (deflate != null || responseSeen || !deflateOffered) {
            return false;
        }
        deflate = DeflateParameters.DEFAULT;
        deflateInferred = true;
        judges.clear();   // recreated at the next frame with the inferred extension
        return true;
    }

    /** Whether permessage-deflate was inferred from RSV1 and the offer, not seen in a response. */
    boolean deflateInferred() {
        return deflateInferred;
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

    /** The frame judge of a direction, created at its first frame with what was negotiated by then. */
    FrameJudge judge(Direction direction) {
        FrameJudge j = judges.get(direction); // not computeIfAbsent: asked once per frame, its lambda is not free
        if (j == null) {
            j = new FrameJudge(role(direction), deflate, maxMessageBytes);
            judges.put(direction, j);
        }
        return j;
    }

    static Role role(Direction direction) {
        return direction == Direction.CLIENT_TO_SERVER ? Role.CLIENT : Role.SERVER;
    }
}
