package wsinspector.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Hixie75HandshakeTest {

    @Test
    void requestHasNoKeys() {
        byte[] request = Hixie75Handshake.buildRequest("example.com", "/demo", "http://example.com", "chat");
        assertEquals("GET /demo HTTP/1.1\r\n"
                + "Upgrade: WebSocket\r\n"
                + "Connection: Upgrade\r\n"
                + "Host: example.com\r\n"
                + "Origin: http://example.com\r\n"
                + "WebSocket-Protocol: chat\r\n"
                + "\r\n", new String(request, StandardCharsets.UTF_8));
    }

    @Test
    void responseSaysWebSocketInTwoWords() {
        byte[] response = Hixie75Handshake.buildResponse("http://example.com", "ws://example.com/demo", null);
        assertEquals("HTTP/1.1 101 Web Socket Protocol Handshake\r\n"
                + "Upgrade: WebSocket\r\n"
                + "Connection: Upgrade\r\n"
                + "WebSocket-Origin: http://example.com\r\n"
                + "WebSocket-Location: ws://example.com/demo\r\n"
                + "\r\n", new String(response, StandardCharsets.UTF_8));
    }

    @Test
    void requestWithoutKeysIsDraft75() {
        assertEquals(LegacyVersion.HIXIE75, LegacyVersion.ofRequest(Bytes.headers(Map.of("Upgrade", "WebSocket"))));
    }

    @Test
    void requestWithAKeyIsDraft76() {
        assertEquals(LegacyVersion.HIXIE76,
                LegacyVersion.ofRequest(Bytes.headers(Map.of("sec-websocket-key2", "1 2"))));
    }
}
