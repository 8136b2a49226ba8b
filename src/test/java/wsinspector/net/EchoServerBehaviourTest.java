package wsinspector.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import wsinspector.protocol.Phrase;
import wsinspector.dissect.Direction;
import wsinspector.protocol.DecodedFrame;
import wsinspector.protocol.FrameDecoder;
import wsinspector.protocol.HandshakeKind;

/** The lesson knobs of the echo server: its pings, delay, shutdown and connection events (idle: PeerLanguageTest). */
@Timeout(30)
class EchoServerBehaviourTest {
    private WireTap tap;
    private final TapRecording recording = new TapRecording();
    private EchoServer server;
    private URI uri;
    private InetSocketAddress at;

    private void start(EchoServerOptions options) throws Exception {
        tap = new WireTap(10_000);
        tap.addListener(recording);
        server = new EchoServer(options, tap);
        at = server.start();
        uri = URI.create("ws://127.0.0.1:" + at.getPort() + "/knobs");
    }

    @AfterEach
    void stop() {
        server.close();
        tap.close();
    }

    @Test
    void aPingFromTheServerIsAnsweredByTheClientOnItsOwn() throws Exception {
        start(EchoServerOptions.defaults());
        try (JdkClient browserLike = JdkClient.connect(uri)) {
            long id = server.connections().get(0).id();
            server.ping(id, "heartbeat".getBytes(StandardCharsets.UTF_8));
            recording.await(events -> framesAfterHead(TapRecording.bytesUnlocked(events, id, Direction.CLIENT_TO_SERVER))
                    .stream().anyMatch(f -> f.header().opcode() == 0xA), "a pong from the client");
            DecodedFrame pong = framesAfterHead(recording.bytes(id, Direction.CLIENT_TO_SERVER)).get(0);
            assertEquals(0xA, pong.header().opcode());
            assertArrayEquals("heartbeat".getBytes(StandardCharsets.UTF_8), pong.unmaskedPayload());
        }
    }

    @Test
    void waitsTheDelayBeforeEachEcho() throws Exception {
        start(EchoServerOptions.defaults());
        server.setDelayMillis(300);
        try (JdkClient client = JdkClient.connect(uri)) {
            long before = System.nanoTime();
            client.ws.sendText("slowly", true).get(10, TimeUnit.SECONDS);
            assertEquals("slowly", client.nextText());
            assertTrue(System.nanoTime() - before >= TimeUnit.MILLISECONDS.toNanos(300));
        }
    }

    @Test
    void saysGoingAwayToItsClientsWhenItCloses() throws Exception {
        start(EchoServerOptions.defaults());
        try (JdkClient client = JdkClient.connect(uri)) {
            server.close();
            assertEquals(1001, client.closeCode.get(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void reportsConnectionsOpenedAndClosedWithTheirCloseCode() throws Exception {
        start(EchoServerOptions.defaults());
        LinkedBlockingQueue<String> events = new LinkedBlockingQueue<>();
        server.addConnectionListener(new ConnectionListener() {
            @Override
            public void opened(ConnectionInfo c) {
                events.add("opened " + c.kind() + " " + c.path());
            }

            @Override
            public void closed(ConnectionInfo c, int closeCode, Phrase reason) {
                events.add("closed " + closeCode + " " + WireText.of(reason));
            }
        });
        try (JdkClient client = JdkClient.connect(uri)) {
            assertEquals("opened RFC6455 /knobs", events.poll(10, TimeUnit.SECONDS));
            List<ConnectionInfo> open = server.connections();
            assertEquals(1, open.size());
            assertEquals(HandshakeKind.RFC6455, open.get(0).kind());
            client.ws.sendClose(4000, "done").get(10, TimeUnit.SECONDS);
            assertEquals("closed 4000 done", events.poll(10, TimeUnit.SECONDS));
        }
        assertEquals(List.of(), server.connections());
    }

    private static List<DecodedFrame> framesAfterHead(byte[] stream) {
        String s = new String(stream, StandardCharsets.ISO_8859_1);
        int end = s.indexOf("\r\n\r\n");
        List<DecodedFrame> frames = new ArrayList<>();
        if (end < 0) {
            return frames;
        }
        int start = end + 4;
        new FrameDecoder(frames::add).feed(stream, start, stream.length - start);
        return frames;
    }
}
