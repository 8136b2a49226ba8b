package wsinspector.protocol;

/**
 * Which WebSocket handshake a head belongs to: RFC 6455, or one of the drafts that browsers spoke
 * before it (hixie-76 with its Key1/Key2/MD5 challenge, hixie-75 without any), or not WebSocket.
 */
public enum HandshakeKind {
    RFC6455, HIXIE76, HIXIE75, NOT_WEBSOCKET;

    /** Tells a request apart by its headers: Sec-WebSocket-Key1 is hixie-76, a bare Upgrade is hixie-75. */
    public static HandshakeKind ofRequest(HttpHead head) {
        if (head == null || !head.isRequest()) {
            return NOT_WEBSOCKET;
        }
        if (head.first("Sec-WebSocket-Key1").isPresent()) {
            return HIXIE76;
        }
        if (head.first("Sec-WebSocket-Key").isPresent() || head.first("Sec-WebSocket-Version").isPresent()) {
            return RFC6455;
        }
        return head.hasToken("Upgrade", "websocket") ? HIXIE75 : NOT_WEBSOCKET;
    }

    /** Tells a response apart by its reason phrase and its origin header (hixie drafts echo the origin). */
    public static HandshakeKind ofResponse(HttpHead head) {
        if (head == null || head.isRequest()) {
            return NOT_WEBSOCKET;
        }
        // The headers decide, not the reason phrase: servers reuse the drafts' phrases (Java-WebSocket
        // answers an RFC 6455 request with "101 Web Socket Protocol Handshake").
        if (head.first("Sec-WebSocket-Accept").isPresent()) {
            return RFC6455;
        }
        if (head.reason().equals("WebSocket Protocol Handshake") || head.first("Sec-WebSocket-Origin").isPresent()) {
            return HIXIE76;
        }
        if (head.reason().equals("Web Socket Protocol Handshake") || head.first("WebSocket-Origin").isPresent()) {
            return HIXIE75;
        }
        return RFC6455;
    }
}
