package wsinspector.dissect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import wsinspector.capture.Capture;
import wsinspector.capture.CaptureReader;

/**
 * W8-2: ordinary HTTP (a page fetched, nothing of WebSocket in its head) is no WebSocket conversation, not a handshake
 * that breaks four rules; a WebSocket handshake that lacks some of its headers stays a broken handshake.
 */
class WebSocketLikenessTest {
    @Test
    void aRealHttpCaptureIsOrdinaryHttp() throws Exception {
        // curl fetching a file from python3 -m http.server, captured by tshark (see the packets' README)
        Capture capture = CaptureReader.read(Path.of("src/test/resources/wsinspector/capture/packets/plain-http.pcapng"),
                CaptureReader.Options.defaults());
        List<Message> messages = new ArrayList<>();
        Dissector dissector = new Dissector(messages::add);
        capture.connections().get(0).pieces().forEach(p -> p.feed(dissector));
        dissector.finish();

        WebSocketLikeness judged = WebSocketLikeness.of(messages);

        assertFalse(judged.looksLikeWebSocket());
        assertEquals("GET /index.txt HTTP/1.1", judged.plainHttp());
    }

    @Test
    void anAnswerAloneThatSaysNothingOfWebSocketIsOrdinaryHttp() {
        WebSocketLikeness judged = judge(Direction.SERVER_TO_CLIENT, "HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n"
                + "Content-Length: 6\r\n\r\nhello\n");

        assertEquals("HTTP/1.0 200 OK", judged.plainHttp());
    }

    @Test
    void aHandshakeWithoutUpgradeStaysABrokenHandshake() {
        WebSocketLikeness judged = judge(Direction.CLIENT_TO_SERVER, "GET /chat HTTP/1.1\r\nHost: mai.ru\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");

        assertTrue(judged.looksLikeWebSocket());
        assertNull(judged.plainHttp());
    }

    @Test
    void aRefusalNamingTheVersionsItSpeaksIsAWebSocketAnswer() {
        assertNull(judge(Direction.SERVER_TO_CLIENT, "HTTP/1.1 426 Upgrade Required\r\nSec-WebSocket-Version: 13\r\n\r\n")
                .plainHttp());
    }

    @Test
    void hixieHandshakesAreWebSocket() {
        assertNull(judge(Direction.CLIENT_TO_SERVER, "GET /demo HTTP/1.1\r\nHost: example.com\r\nConnection: Upgrade\r\n"
                + "Upgrade: WebSocket\r\nOrigin: http://example.com\r\n\r\n").plainHttp());
    }

    private static WebSocketLikeness judge(Direction direction, String http) {
        return WebSocketLikeness.of(Dissector.dissect(List.of(Chunk.of(direction, http.getBytes(StandardCharsets.US_ASCII))))
                .messages());
    }
}
