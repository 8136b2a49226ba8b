package wsinspector.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import wsinspector.protocol.HttpHeadParser.ParseResult;

/** The JDK's own WebSocket client against our handshake bytes, on loopback. */
class JdkClientHandshakeTest {

    @Test
    @Timeout(10)
    void jdkClientRequestValidatesAndAcceptsOurResponse() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(8000);
            URI uri = URI.create("ws://127.0.0.1:" + server.getLocalPort() + "/chat");
            HttpClient client = HttpClient.newHttpClient();
            CompletableFuture<WebSocket> opened = client.newWebSocketBuilder()
                    .subprotocols("chat", "superchat")
                    .connectTimeout(Duration.ofSeconds(5))
                    .buildAsync(uri, new WebSocket.Listener() { });

            try (Socket peer = server.accept()) {
                peer.setSoTimeout(8000);
                HttpHead request = readHead(peer.getInputStream());

                assertEquals(HandshakeKind.RFC6455, HandshakeKind.ofRequest(request));
                assertEquals(List.of("chat", "superchat"), request.tokens("Sec-WebSocket-Protocol"));
                // The JDK client is not a browser, so it sends no Origin: that is the one (INFO) remark.
                List<Problem> problems = OpeningHandshake.validateRequest(request, 0);
                assertEquals(List.of(HandshakeRule.ORIGIN_MISSING), problems.stream().map(Problem::rule).toList());
                assertEquals(Rule.Severity.INFO, problems.get(0).rule().severity());

                String key = request.first("Sec-WebSocket-Key").orElseThrow();
                String chosen = SubprotocolNegotiation.choose(request.tokens("Sec-WebSocket-Protocol"), List.of("chat")).orElseThrow();
                peer.getOutputStream().write(OpeningHandshake.buildResponse(key, chosen, null));
                peer.getOutputStream().flush();

                // The JDK checks Sec-WebSocket-Accept and the subprotocol; it completes only if both are right.
                WebSocket ws = opened.get(8, TimeUnit.SECONDS);
                assertEquals("chat", ws.getSubprotocol());
                ws.abort();
            }
        }
    }

    @Test
    @Timeout(10)
    void jdkClientRejectsAWrongAccept() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(8000);
            URI uri = URI.create("ws://127.0.0.1:" + server.getLocalPort() + "/");
            CompletableFuture<WebSocket> opened = HttpClient.newHttpClient().newWebSocketBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .buildAsync(uri, new WebSocket.Listener() { });
            try (Socket peer = server.accept()) {
                peer.setSoTimeout(8000);
                readHead(peer.getInputStream());
                // Answer with the accept of another key (the RFC's): the client must refuse it.
                peer.getOutputStream().write(OpeningHandshake.buildResponse("dGhlIHNhbXBsZSBub25jZQ==", null, null));
                peer.getOutputStream().flush();
                Throwable failure = opened.handle((ws, t) -> t).get(8, TimeUnit.SECONDS);
                assertTrue(failure != null, "the JDK client accepted a wrong Sec-WebSocket-Accept");
            }
        }
    }

    /** Reads until the parser sees a whole head (the JDK sends no body). */
    private static HttpHead readHead(InputStream in) throws IOException {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        byte[] chunk = new byte[1024];
        while (true) {
            int n = in.read(chunk);
            if (n < 0) {
                throw new IOException("client closed before the end of its request: " + seen);
            }
            seen.write(chunk, 0, n);
            byte[] all = seen.toByteArray();
            ParseResult result = HttpHeadParser.parse(all, 0, all.length);
            if (!(result instanceof ParseResult.Incomplete)) {
                return assertInstanceOf(ParseResult.Complete.class, result, result.toString()).head();
            }
        }
    }
}
