package wsinspector.dissect;

import java.util.List;

import wsinspector.protocol.DeflateParameters;
import wsinspector.protocol.HandshakeKind;

/**
 * A dissected conversation: its messages in the order they completed.
 *
 * @param protocol the protocol its handshake (or first frame) showed, {@code null} if none was seen
 * @param deflate  the negotiated permessage-deflate parameters, {@code null} if not negotiated
 */
public record Transcript(List<Message> messages, HandshakeKind protocol, DeflateParameters deflate) {
    public Transcript {
        messages = List.copyOf(messages);
    }
}
