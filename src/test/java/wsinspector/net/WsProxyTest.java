package wsinspector.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import wsinspector.dissect.Direction;

/** The JDK client through the proxy to the echo server: both directions recorded, byte for byte what the server saw. */
@Timeout(30)
class WsProxyTest {
    private WireTap tap;
    private final TapRecording recording = new TapRecording();
    private EchoServer server;
    private WsProxy proxy;
    private int serverPort;
    private URI viaProxy;

    @BeforeEach
    void start() throws Exception {
        tap = new WireTap(100_000);
        tap.addListener(recording);
        server = new EchoServer(EchoServerOptions.defaults(), tap);
        serverPort = server.start().getPort();
        proxy = new WsProxy("127.0.0.1", 0, URI.create("ws://127.0.0.1:" + serverPort + "/"), tap);
        InetSocketAddress at = proxy.start();
        viaProxy = URI.create("ws://127.0.0.1:" + at.getPort() + "/chat?room=1");
    }

    @AfterEach
    void stop() {
        proxy.close();
        server.close();
        tap.close();
    }

    @Test
    void forwardsBothWaysAndRecordsWhatTheServerSawAndSent() throws Exception {
        try (JdkClient client = JdkClient.connect(viaProxy)) {
            client.ws.sendText("through the proxy", true).get(10, TimeUnit.SECONDS);
            assertEquals("through the proxy", client.nextText());
            client.ws.sendBinary(ByteBuffer.wrap(new byte[100_000]), true).get(10, TimeUnit.SECONDS);
            assertArrayEquals(new byte[100_000], client.nextBinary());
            client.ws.sendClose(1000, "").get(10, TimeUnit.SECONDS);
            assertEquals(1000, client.closeCode.get(10, TimeUnit.SECONDS));
        }
        TapEvent.Closed atServer = recording.awaitClosed(Source.SERVER, 1);
        TapEvent.Closed atProxy = recording.awaitClosed(Source.PROXY, 1);
        for (Direction d : Direction.values()) {
            assertArrayEquals(recording.bytes(atServer.source(), atServer.connection(), d), recording.bytes(atProxy.source(), atProxy.connection(), d), d.code());
        }
        String request = new String(recording.bytes(atProxy.source(), atProxy.connection(), Direction.CLIENT_TO_SERVER), StandardCharsets.ISO_8859_1);
        assertTrue(request.startsWith("GET /chat?room=1 HTTP/1.1\r\n"), "the path passes unchanged: " + request);
        assertTrue(request.contains("\r\nHost: 127.0.0.1:" + serverPort + "\r\n"), "the Host is the target's: " + request);
    }

    @Test
    void rewritesOnlyTheHostValue() {
        byte[] head = "GET / HTTP/1.1\r\nHost: localhost:9000\r\nX-A: b\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        var parsed = ((wsinspector.protocol.HttpHeadParser.ParseResult.Complete)
                wsinspector.protocol.HttpHeadParser.parse(head, 0, head.length)).head();
        assertEquals("GET / HTTP/1.1\r\nHost: echo.example:8080\r\nX-A: b\r\n\r\n",
                new String(WsProxy.rewriteHost(parsed, head, "echo.example:8080"), StandardCharsets.ISO_8859_1));
    }
}
