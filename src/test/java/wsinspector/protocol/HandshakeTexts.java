package wsinspector.protocol;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;

/** Handshake heads used by several tests, and a parse helper. */
final class HandshakeTexts {

    /** The client request of RFC 6455 §1.2, byte for byte. */
    static final String RFC_REQUEST = "GET /chat HTTP/1.1\r\n"
            + "Host: server.example.com\r\n"
            + "Upgrade: websocket\r\n"
            + "Connection: Upgrade\r\n"
            + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
            + "Origin: http://example.com\r\n"
            + "Sec-WebSocket-Protocol: chat, superchat\r\n"
            + "Sec-WebSocket-Version: 13\r\n"
            + "\r\n";

    /** The server response of RFC 6455 §1.2, byte for byte. */
    static final String RFC_RESPONSE = "HTTP/1.1 101 Switching Protocols\r\n"
            + "Upgrade: websocket\r\n"
            + "Connection: Upgrade\r\n"
            + "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n"
            + "Sec-WebSocket-Protocol: chat\r\n"
            + "\r\n";

    private HandshakeTexts() {
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    static HttpHeadParser.ParseResult parse(String text) {
        byte[] b = bytes(text);
        return HttpHeadParser.parse(b, 0, b.length);
    }

    /** Parses a head that must be complete. */
    static HttpHead head(String text) {
        return assertInstanceOf(HttpHeadParser.ParseResult.Complete.class, parse(text)).head();
    }
}
