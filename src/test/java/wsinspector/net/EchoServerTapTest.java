package wsinspector.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import wsinspector.dissect.Direction;
import wsinspector.protocol.FrameSpec;

/** The server's wire tap records exactly the bytes that crossed, and a slow tap listener never slows the echo. */
@Timeout(30)
class EchoServerTapTest {
    private WireTap tap;
    private EchoServer server;

    @AfterEach
    void stop() {
        server.close();
        tap.close();
    }

    @Test
    void recordsExactlyTheBytesThatCrossedInBothDirections() throws Exception {
        tap = new WireTap(10_000);
        TapRecording recording = new TapRecording();
        tap.addListener(recording);
        server = new EchoServer(EchoServerOptions.defaults(), tap);
        InetSocketAddress at = server.start();
        try (RawWs ws = RawWs.open(at)) {
            ws.sendHex("81 85 37 fa 21 3d 7f 9f 4d 51 58"); // masked text "Hello"
            assertEquals("Hello", ws.readFrame().text());
            ws.sendMasked(FrameSpec.close(1000, "done"));
            assertEquals(1000, ws.readUntilClose().closeCode());
            ws.readToEnd();
            TapEvent.Closed closed = recording.awaitClosed(Source.SERVER, 1);
            assertEquals(1000, closed.closeCode());
            assertEquals(wsinspector.protocol.Phrase.of("net.conn.reason", "done"), closed.reason());
            assertArrayEquals(ws.sent.toByteArray(), recording.bytes(closed.source(), closed.connection(), Direction.CLIENT_TO_SERVER));
            assertArrayEquals(ws.received.toByteArray(), recording.bytes(closed.source(), closed.connection(), Direction.SERVER_TO_CLIENT));
        }
        TapEvent first = recording.events().get(0);
        assertInstanceOf(TapEvent.Opened.class, first);
        assertEquals(Source.SERVER, ((TapEvent.Opened) first).source());
    }

    @Test
    void aSlowListenerDoesNotSlowTheEchoAndItsDropsAreCounted() throws Exception {
        tap = new WireTap(8);
        CountDownLatch release = new CountDownLatch(1);
        tap.addListener(batch -> {
            try {
                release.await(20, TimeUnit.SECONDS); // a listener stuck until the echo is done
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server = new EchoServer(EchoServerOptions.defaults(), tap);
        InetSocketAddress at = server.start();
        try (JdkClient client = JdkClient.connect(URI.create("ws://127.0.0.1:" + at.getPort() + "/"))) {
            for (int i = 0; i < 200; i++) {
                client.ws.sendText("message " + i, true).get(10, TimeUnit.SECONDS);
                assertEquals("message " + i, client.nextText());
            }
        } finally {
            release.countDown();
        }
        assertTrue(tap.dropped() > 0, "events were dropped, and counted");
    }
}
