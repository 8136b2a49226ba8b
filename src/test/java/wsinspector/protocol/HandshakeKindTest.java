package wsinspector.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static wsinspector.protocol.HandshakeTexts.RFC_REQUEST;
import static wsinspector.protocol.HandshakeTexts.RFC_RESPONSE;
import static wsinspector.protocol.HandshakeTexts.head;

import org.junit.jupiter.api.Test;

class HandshakeKindTest {

    /** The hixie-76 example request (draft-hixie-thewebsocketprotocol-76 §1.3), without its 8 key3 bytes. */
    static final String HIXIE76_REQUEST = "GET /demo HTTP/1.1\r\n"
            + "Host: example.com\r\n"
            + "Connection: Upgrade\r\n"
            + "Sec-WebSocket-Key2: 12998 5 Y3 1  .P00\r\n"
            + "Sec-WebSocket-Protocol: sample\r\n"
            + "Upgrade: WebSocket\r\n"
            + "Sec-WebSocket-Key1: 4 @1  46546xW%0l 1 5\r\n"
            + "Origin: http://example.com\r\n"
            + "\r\n";

    static final String HIXIE76_RESPONSE = "HTTP/1.1 101 WebSocket Protocol Handshake\r\n"
            + "Upgrade: WebSocket\r\n"
            + "Connection: Upgrade\r\n"
            + "Sec-WebSocket-Origin: http://example.com\r\n"
            + "Sec-WebSocket-Location: ws://example.com/demo\r\n"
            + "Sec-WebSocket-Protocol: sample\r\n"
            + "\r\n";

    static final String HIXIE75_REQUEST = "GET /demo HTTP/1.1\r\n"
            + "Upgrade: WebSocket\r\n"
            + "Connection: Upgrade\r\n"
            + "Host: example.com\r\n"
            + "Origin: http://example.com\r\n"
            + "\r\n";

    static final String HIXIE75_RESPONSE = "HTTP/1.1 101 Web Socket Protocol Handshake\r\n"
            + "Upgrade: WebSocket\r\n"
            + "Connection: Upgrade\r\n"
            + "WebSocket-Origin: http://example.com\r\n"
            + "WebSocket-Location: ws://example.com/demo\r\n"
            + "\r\n";

    @Test
    void rfc6455Request() {
        assertEquals(HandshakeKind.RFC6455, HandshakeKind.ofRequest(head(RFC_REQUEST)));
    }

    @Test
    void hixie76RequestByItsKey1() {
        assertEquals(HandshakeKind.HIXIE76, HandshakeKind.ofRequest(head(HIXIE76_REQUEST)));
    }

    @Test
    void hixie75RequestByUpgradeWithoutKeys() {
        assertEquals(HandshakeKind.HIXIE75, HandshakeKind.ofRequest(head(HIXIE75_REQUEST)));
    }

    @Test
    void plainHttpRequestIsNotWebSocket() {
        assertEquals(HandshakeKind.NOT_WEBSOCKET, HandshakeKind.ofRequest(head("GET / HTTP/1.1\r\nHost: a\r\n\r\n")));
    }

    @Test
    void responseIsNotARequest() {
        assertEquals(HandshakeKind.NOT_WEBSOCKET, HandshakeKind.ofRequest(head(RFC_RESPONSE)));
    }

    @Test
    void rfc6455Response() {
        assertEquals(HandshakeKind.RFC6455, HandshakeKind.ofResponse(head(RFC_RESPONSE)));
    }

    @Test
    void hixie76Response() {
        assertEquals(HandshakeKind.HIXIE76, HandshakeKind.ofResponse(head(HIXIE76_RESPONSE)));
    }

    @Test
    void hixie75Response() {
        assertEquals(HandshakeKind.HIXIE75, HandshakeKind.ofResponse(head(HIXIE75_RESPONSE)));
    }

    @Test
    void anAcceptKeyMakesAnRfc6455ResponseWhateverItsReasonPhrase() {
        // What Java-WebSocket 1.6.0 really answers to an RFC 6455 request.
        assertEquals(HandshakeKind.RFC6455, HandshakeKind.ofResponse(head("HTTP/1.1 101 Web Socket Protocol Handshake\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\nUpgrade: websocket\r\n\r\n")));
    }
}
