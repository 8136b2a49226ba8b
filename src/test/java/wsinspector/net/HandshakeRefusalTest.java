package wsinspector.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import wsinspector.protocol.Phrase;

/** The HTTP answers of the opening handshake when it goes wrong (RFC 6455 §4.2.1, §4.4). */
@Timeout(30)
class HandshakeRefusalTest {
    private EchoServer server;
    private InetSocketAddress at;
    private final List<String> refusals = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() throws Exception {
        server = new EchoServer(EchoServerOptions.defaults(), null);
        server.addConnectionListener(new ConnectionListener() {
            @Override
            public void refused(String peer, int status, Phrase reason) {
                refusals.add(status + " " + reason);
            }
        });
        at = server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String exchange(String request) throws Exception {
        try (RawWs ws = new RawWs(at)) {
            ws.send(request.getBytes(StandardCharsets.ISO_8859_1));
            return ws.readToEnd();
        }
    }

    @Test
    void answers426WithTheVersionItSpeaksToAnotherVersion() throws Exception {
        String answer = exchange("GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 8\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 426 Upgrade Required\r\n"), answer);
        assertTrue(answer.contains("Sec-WebSocket-Version: 13\r\n"), answer);
    }

    @Test
    void answers400NamingTheRuleForAnInvalidKey() throws Exception {
        String answer = exchange("GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: tooshort\r\nSec-WebSocket-Version: 13\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 400 Bad Request\r\n"), answer);
        assertTrue(answer.contains("request-key-invalid"), answer);
    }

    @Test
    void answers400ToGarbageInsteadOfAHandshake() throws Exception {
        String answer = exchange("\u0016\u0003\u0001 this is not HTTP\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 400 Bad Request\r\n"), answer);
        assertTrue(answer.contains("not an HTTP request head"), answer);
    }

    @Test
    void answersAPlainHttpRequestForAnotherPathWith404PointingAtTheStudentPage() throws Exception {
        String answer = exchange("GET /index.html HTTP/1.1\r\nHost: x\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 404 Not Found\r\n"), answer);
        assertTrue(answer.contains("The student page is at /."), "the answer tells a person what to do: " + answer);
    }

    @Test
    void tellsItsListenersAboutRefusals() throws Exception {
        exchange("POST / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
        assertEquals(1, refusals.size());
        assertTrue(refusals.get(0).startsWith("400 ") && refusals.get(0).contains("key=verdict.request-method-not-get"),
                "the refusal names the rule as data: " + refusals.get(0));
    }
}
