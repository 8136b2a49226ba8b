package wsinspector.legacy;

/** The opening handshake of draft-hixie-thewebsocketprotocol-75 (§4.1, §5.1): no keys, no body. */
public final class Hixie75Handshake {

    /** The status line a draft 75 server sends; note "Web Socket" in two words. */
    public static final String STATUS_LINE = "HTTP/1.1 101 Web Socket Protocol Handshake";

    private Hixie75Handshake() {
    }

    /** The client's request; {@code protocolOrNull} becomes a WebSocket-Protocol header. */
    public static byte[] buildRequest(String host, String path, String origin, String protocolOrNull) {
        return new HandshakeText("GET " + path + " HTTP/1.1")
                .header("Upgrade", "WebSocket")
                .header("Connection", "Upgrade")
                .header("Host", host)
                .header("Origin", origin)
                .optional("WebSocket-Protocol", protocolOrNull)
                .end(new byte[0]);
    }

    /** The server's response. */
    public static byte[] buildResponse(String origin, String location, String protocolOrNull) {
        return new HandshakeText(STATUS_LINE)
                .header("Upgrade", "WebSocket")
                .header("Connection", "Upgrade")
                .header("WebSocket-Origin", origin)
                .header("WebSocket-Location", location)
                .optional("WebSocket-Protocol", protocolOrNull)
                .end(new byte[0]);
    }
}
