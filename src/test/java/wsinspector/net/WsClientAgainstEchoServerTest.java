package wsinspector.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import wsinspector.dissect.Direction;
import wsinspector.protocol.DecodedFrame;
import wsinspector.protocol.FrameDecoder;
import wsinspector.protocol.FrameSpec;
import wsinspector.protocol.HandshakeKind;

/** The project's client and server together, through one wire tap: modes, raw bytes, pings both ways. */
@Timeout(30)
class WsClientAgainstEchoServerTest {
    private WireTap tap;
    private final TapRecording recording = new TapRecording();
    private EchoServer server;
    private URI uri;
    private WsClient client;
    private final Received received = new Received();

    @BeforeEach
    void start() throws Exception {
        tap = new WireTap(100_000);
        tap.addListener(recording);
        server = new EchoServer(EchoServerOptions.defaults().withSubprotocols(List.of("chat"))
                .withAllowedOrigins(List.of("http://lesson.example")), tap);
        InetSocketAddress at = server.start();
        uri = URI.create("ws://127.0.0.1:" + at.getPort() + "/lesson");
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        server.close();
        tap.close();
    }

    private WsClient connect(ClientOptions options) throws IOException {
        client = WsClient.connect(options, tap, received);
        return client;
    }

    @Test
    void bothEndsRecordTheSameBytesInBothDirections() throws Exception {
        connect(ClientOptions.defaults(uri));
        client.sendText("Hello", 0, null);
        received.next();
        client.close(1000, "done");
        received.closed();
        TapEvent.Closed clientClosed = recording.awaitClosed(Source.CLIENT, 1);
        TapEvent.Closed serverClosed = recording.awaitClosed(Source.SERVER, 1);
        assertEquals(1000, clientClosed.closeCode());
        assertEquals(1000, serverClosed.closeCode());
        for (Direction d : Direction.values()) {
            byte[] byClient = recording.bytes(clientClosed.source(), clientClosed.connection(), d);
            assertTrue(byClient.length > 0);
            assertArrayEquals(byClient, recording.bytes(serverClosed.source(), serverClosed.connection(), d), d.code());
        }
    }

    @Test
    void sendsTheFixedKeyAndGetsTheRfcsAcceptValue() throws Exception {
        connect(ClientOptions.defaults(uri).withFixedKey("dGhlIHNhbXBsZSBub25jZQ=="));
        client.close();
        TapEvent.Closed closed = recording.awaitClosed(Source.CLIENT, 1);
        String request = new String(recording.bytes(closed.source(), closed.connection(), Direction.CLIENT_TO_SERVER), StandardCharsets.ISO_8859_1);
        String response = new String(recording.bytes(closed.source(), closed.connection(), Direction.SERVER_TO_CLIENT), StandardCharsets.ISO_8859_1);
        assertTrue(request.contains("Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"), request);
        assertTrue(response.contains("Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n"), response); // RFC 6455 §1.3
    }

    @Test
    void negotiatesASubprotocol() throws Exception {
        connect(ClientOptions.defaults(uri).withSubprotocols(List.of("v2.chat", "chat")));
        assertEquals("chat", client.negotiatedSubprotocol());
    }

    @Test
    void explainsARefusedHandshake() {
        IOException e = assertThrows(IOException.class,
                () -> connect(ClientOptions.defaults(uri).withOrigin("http://elsewhere.example")));
        assertTrue(e.getMessage().contains("403") && e.getMessage().contains("http://elsewhere.example"), e.getMessage());
    }

    @Test
    void aRawUnmaskedFrameMakesTheServerClose1002() throws Exception {
        connect(ClientOptions.defaults(uri));
        client.sendRaw(new byte[] {(byte) 0x81, 0x05, 'H', 'e', 'l', 'l', 'o'}); // 81 05 48 65 6c 6c 6f, unmasked
        String close = received.closed();
        assertTrue(close.startsWith("1002 client-frame-unmasked (RFC 6455 §5.1)"), close);
        assertFalse(client.isOpen());
    }

    @Test
    void aFrameWithAReservedOpcodeMakesTheServerClose1002() throws Exception {
        connect(ClientOptions.defaults(uri));
        client.sendFrame(FrameSpec.of(0x7, new byte[0]).withMask(RawWs.KEY));
        assertTrue(received.closed().startsWith("1002 reserved-opcode"));
    }

    @Test
    void invalidUtf8SentRawMakesTheServerClose1007() throws Exception {
        connect(ClientOptions.defaults(uri));
        client.sendFrame(FrameSpec.of(0x1, new byte[] {(byte) 0xc0, (byte) 0x80}).withMask(RawWs.KEY)); // overlong NUL
        assertTrue(received.closed().startsWith("1007 text-invalid-utf8"));
    }

    @Test
    void answersTheServersPingByItselfAndTheServerSeesThePong() throws Exception {
        connect(ClientOptions.defaults(uri));
        long id = server.connections().get(0).id();
        server.ping(id, "tick".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals("tick".getBytes(StandardCharsets.UTF_8), received.pings.poll(10, TimeUnit.SECONDS));
        client.close();
        TapEvent.Closed closed = recording.awaitClosed(Source.SERVER, 1);
        List<DecodedFrame> fromClient = framesAfterHead(recording.bytes(closed.source(), closed.connection(), Direction.CLIENT_TO_SERVER));
        DecodedFrame pong = fromClient.get(0);
        assertEquals(0xA, pong.header().opcode());
        assertArrayEquals("tick".getBytes(StandardCharsets.UTF_8), pong.unmaskedPayload());
    }

    @Test
    void getsAPongForItsPing() throws Exception {
        connect(ClientOptions.defaults(uri));
        client.ping("ping".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals("ping".getBytes(StandardCharsets.UTF_8), received.pongs.poll(10, TimeUnit.SECONDS));
    }

    @Test
    void exchangesCompressedFragmentedMessagesWithTheEchoServer() throws Exception {
        connect(ClientOptions.defaults(uri).withPermessageDeflate(true));
        assertTrue(client.permessageDeflate());
        for (int i = 0; i < 3; i++) {
            client.sendText("κόσμε ".repeat(50) + i, 7, null);
            assertEquals("κόσμε ".repeat(50) + i, received.next().text());
        }
    }

    @Test
    void talksHixie76WithTheEchoServer() throws Exception {
        connect(ClientOptions.defaults(uri).withMode(ClientMode.HIXIE76).withOrigin("http://lesson.example"));
        assertEquals(HandshakeKind.HIXIE76, server.connections().get(0).kind());
        client.sendText("Apple = \uF8FF", 0, null);
        Received.Message m = received.next();
        assertEquals(1, m.opcode());
        assertEquals("Apple = \uF8FF", m.text());
        client.sendBinary(new byte[300], 0, null); // length 300 → 82 2c
        assertArrayEquals(new byte[300], received.next().payload());
        client.close(1000, "");
        assertTrue(received.closed().startsWith("1005"), "ff 00 answered with ff 00");
        TapEvent.Closed closed = recording.awaitClosed(Source.CLIENT, 1);
        byte[] fromServer = recording.bytes(closed.source(), closed.connection(), Direction.SERVER_TO_CLIENT);
        assertEquals((byte) 0xFF, fromServer[fromServer.length - 2]);
        assertEquals(0x00, fromServer[fromServer.length - 1]);
    }

    @Test
    void rejectsPingInHixie76Mode() throws Exception {
        connect(ClientOptions.defaults(uri).withMode(ClientMode.HIXIE76).withOrigin("http://lesson.example"));
        assertThrows(IllegalStateException.class, () -> client.ping(new byte[0]));
    }

    private static List<DecodedFrame> framesAfterHead(byte[] stream) {
        String s = new String(stream, StandardCharsets.ISO_8859_1);
        int start = s.indexOf("\r\n\r\n") + 4;
        List<DecodedFrame> frames = new ArrayList<>();
        FrameDecoder decoder = new FrameDecoder(frames::add);
        decoder.feed(stream, start, stream.length - start);
        return frames;
    }
}
