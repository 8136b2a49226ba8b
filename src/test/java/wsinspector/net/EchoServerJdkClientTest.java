package wsinspector.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The JDK's java.net.http.WebSocket client, a peer we did not write, against the echo server. */
@Timeout(30)
class EchoServerJdkClientTest {
    private EchoServer server;
    private URI uri;
    private JdkClient client;

    @BeforeEach
    void start() throws Exception {
        server = new EchoServer(EchoServerOptions.defaults().withSubprotocols(List.of("chat"))
                .withAllowedOrigins(List.of("http://lesson.example")), null);
        InetSocketAddress at = server.start();
        uri = URI.create("ws://127.0.0.1:" + at.getPort() + "/echo");
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        server.close();
    }

    @Test
    void echoesText() throws Exception {
        client = JdkClient.connect(uri);
        client.ws.sendText("Hello", true).get(10, TimeUnit.SECONDS);
        assertEquals("Hello", client.nextText());
    }

    @Test
    void echoesNonAsciiText() throws Exception {
        client = JdkClient.connect(uri);
        client.ws.sendText("κόσμε", true).get(10, TimeUnit.SECONDS);
        assertEquals("κόσμε", client.nextText());
    }

    @Test
    void echoesBinary() throws Exception {
        client = JdkClient.connect(uri);
        byte[] data = {0, 1, 2, (byte) 0xFF, (byte) 0x80};
        client.ws.sendBinary(ByteBuffer.wrap(data), true).get(10, TimeUnit.SECONDS);
        assertArrayEquals(data, client.nextBinary());
    }

    @Test
    void answersPingWithPongCarryingTheSamePayload() throws Exception {
        client = JdkClient.connect(uri);
        client.ws.sendPing(ByteBuffer.wrap(JdkClient.utf8("are you there?"))).get(10, TimeUnit.SECONDS);
        assertArrayEquals(JdkClient.utf8("are you there?"), client.pongs.poll(10, TimeUnit.SECONDS));
    }

    @Test
    void echoesAFragmentedMessageWhole() throws Exception {
        client = JdkClient.connect(uri);
        client.ws.sendText("Hel", false).get(10, TimeUnit.SECONDS);
        client.ws.sendText("lo, ", false).get(10, TimeUnit.SECONDS);
        client.ws.sendText("world", true).get(10, TimeUnit.SECONDS);
        assertEquals("Hello, world", client.nextText());
    }

    @Test
    void echoesOneMebibyte() throws Exception {
        client = JdkClient.connect(uri);
        byte[] data = new byte[1 << 20];
        new Random(6455).nextBytes(data);
        client.ws.sendBinary(ByteBuffer.wrap(data), true).get(10, TimeUnit.SECONDS);
        assertArrayEquals(data, client.nextBinary());
    }

    @Test
    void completesTheClosingHandshakeEchoingTheCode() throws Exception {
        client = JdkClient.connect(uri);
        client.ws.sendClose(4000, "bye").get(10, TimeUnit.SECONDS);
        assertEquals(4000, client.closeCode.get(10, TimeUnit.SECONDS));
    }

    @Test
    void choosesTheOfferedSubprotocolItSpeaks() throws Exception {
        client = JdkClient.connect(uri, b -> b.subprotocols("superchat", "chat"));
        assertEquals("chat", client.ws.getSubprotocol());
    }

    @Test
    void refusesAnOriginNotAllowedWith403() {
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> JdkClient.connect(uri, b -> b.header("Origin", "http://elsewhere.example")));
        WebSocketHandshakeException h = assertInstanceOf(WebSocketHandshakeException.class, e.getCause());
        assertEquals(403, h.getResponse().statusCode());
    }

    @Test
    void acceptsAnAllowedOrigin() throws Exception {
        client = JdkClient.connect(uri, b -> b.header("Origin", "http://lesson.example"));
        client.ws.sendText("hi", true).get(10, TimeUnit.SECONDS);
        assertEquals("hi", client.nextText());
    }
}
