package wsinspector.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** hixie-76 and hixie-75 clients on the echo server's port, byte for byte, with the draft's own vectors. */
@Timeout(30)
class LegacyEchoTest {
    private EchoServer server;
    private InetSocketAddress at;

    @BeforeEach
    void start() throws Exception {
        server = new EchoServer(EchoServerOptions.defaults(), null);
        at = server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void answersTheDraft76ChallengeAndEchoesInLegacyFraming() throws Exception {
        try (RawWs ws = new RawWs(at)) {
            ws.send(("GET /demo HTTP/1.1\r\nHost: example.com\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key2: 12998 5 Y3 1  .P00\r\nSec-WebSocket-Protocol: sample\r\nUpgrade: WebSocket\r\n"
                    + "Sec-WebSocket-Key1: 4 @1  46546xW%0l 1 5\r\nOrigin: http://example.com\r\n\r\n^n:ds[4U")
                    .getBytes(StandardCharsets.ISO_8859_1)); // draft-hixie-76 §1.2
            String head = ws.readHead();
            assertTrue(head.startsWith("HTTP/1.1 101 WebSocket Protocol Handshake\r\n"), head);
            assertTrue(head.contains("Sec-WebSocket-Origin: http://example.com\r\n"), head);
            assertTrue(head.contains("Sec-WebSocket-Location: ws://example.com/demo\r\n"), head);
            assertEquals("8jKS'y:G*Co,Wxa-", new String(ws.readExactly(16), StandardCharsets.ISO_8859_1));
            ws.sendHex("00 48 65 6c 6c 6f ff"); // "Hello"
            assertArrayEquals(hex("0048656c6c6fff"), ws.readExactly(7));
            ws.sendHex("ff 00"); // closing handshake
            assertArrayEquals(hex("ff00"), ws.readExactly(2));
            assertEquals("", ws.readToEnd());
        }
    }

    @Test
    void speaksDraft75WithoutKeys() throws Exception {
        try (RawWs ws = new RawWs(at)) {
            ws.send(("GET /demo HTTP/1.1\r\nUpgrade: WebSocket\r\nConnection: Upgrade\r\nHost: example.com\r\n"
                    + "Origin: http://example.com\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            String head = ws.readHead();
            assertTrue(head.startsWith("HTTP/1.1 101 Web Socket Protocol Handshake\r\n"), head);
            assertTrue(head.contains("WebSocket-Location: ws://example.com/demo\r\n"), head);
            ws.sendHex("00 41 70 70 6c 65 20 3d 20 ef a3 bf ff"); // "Apple = " U+F8FF
            assertArrayEquals(hex("004170706c65203d20efa3bfff"), ws.readExactly(13));
            ws.sendHex("80 02 01 02"); // a length-prefixed frame
            assertArrayEquals(hex("80020102"), ws.readExactly(4));
        }
    }

    @Test
    void refusesADraft76RequestWhoseKeyHasNoSpaces() throws Exception {
        try (RawWs ws = new RawWs(at)) {
            ws.send(("GET / HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: WebSocket\r\nOrigin: http://x\r\n"
                    + "Sec-WebSocket-Key1: 12345\r\nSec-WebSocket-Key2: 1 2\r\n\r\n12345678").getBytes(StandardCharsets.ISO_8859_1));
            String answer = ws.readToEnd();
            assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
            assertTrue(answer.contains("legacy-key-no-spaces"), answer);
        }
    }

    @Test
    void endsADraft76ConnectionOnInvalidUtf8() throws Exception {
        try (RawWs ws = new RawWs(at)) {
            ws.send(("GET / HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: WebSocket\r\nOrigin: http://x\r\n"
                    + "Sec-WebSocket-Key1: 4 @1  46546xW%0l 1 5\r\nSec-WebSocket-Key2: 12998 5 Y3 1  .P00\r\n\r\n^n:ds[4U")
                    .getBytes(StandardCharsets.ISO_8859_1));
            ws.readHead();
            ws.readExactly(16);
            ws.sendHex("00 c0 80 ff");
            assertEquals("", ws.readToEnd(), "the drafts have no close codes: the server just closes");
        }
    }

    static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }
}
