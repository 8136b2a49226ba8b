package wsinspector.dissect;

import java.util.List;

import wsinspector.protocol.DeflateParameters;
import wsinspector.protocol.HandshakeKind;

/**
 * A dissected conversation: its messages in the order they completed.
 *
 * @param protocol the protocol its handshake (or first frame) showed, {@code null} if none was seen
 * @param deflate  the negotiated permessage-deflate parameters, {@code null} if not negotiated
 * @param deflateInferred whether {@code deflate} was inferred (the client offered it, frames carry RSV1, and no
 *                        response was seen) rather than seen in the response
 */
public record Transcript(List<Message> messages, HandshakeKind protocol, DeflateParameters deflate,
                         boolean deflateInferred) {
    public Transcript {
        messages = List.copyOf(messages);
    }

    public Transcript(List<Message> messages, HandshakeKind protocol, DeflateParameters deflate) {
        this(messages, protocol, deflate, false);
    }
}
