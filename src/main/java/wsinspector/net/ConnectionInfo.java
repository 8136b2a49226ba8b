package wsinspector.net;

import wsinspector.protocol.HandshakeKind;

/**
 * One connection the echo server accepted, as its opening handshake settled it.
 *
 * @param id                the connection's id (the same as in the wire tap's events)
 * @param peer              the client's address, e.g. {@code 127.0.0.1:54321}
 * @param kind              RFC6455, HIXIE76 or HIXIE75
 * @param path              the request target, e.g. {@code /chat?room=1}
 * @param subprotocol       the subprotocol chosen, null if none
 * @param permessageDeflate whether permessage-deflate was negotiated
 * @param openedAtNanos     when the handshake completed, wall-clock nanoseconds since the epoch
 * @param userAgent         the request's User-Agent (which browser a student uses), null if it had none
 */
public record ConnectionInfo(long id, String peer, HandshakeKind kind, String path, String subprotocol,
                             boolean permessageDeflate, long openedAtNanos, String userAgent) {

    /** A connection whose User-Agent is not known. */
    public ConnectionInfo(long id, String peer, HandshakeKind kind, String path, String subprotocol,
                          boolean permessageDeflate, long openedAtNanos) {
        this(id, peer, kind, path, subprotocol, permessageDeflate, openedAtNanos, null);
    }

    /** The browser as a lecturer names it (Chrome 120 on Linux), if the User-Agent tells. */
    public java.util.Optional<BrowserName> browser() {
        return BrowserName.of(userAgent);
    }
}
