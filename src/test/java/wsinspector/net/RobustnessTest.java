package wsinspector.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import wsinspector.protocol.FrameEncoder;
import wsinspector.protocol.FrameSpec;

/** Clients that misbehave disturb only themselves: another client's echo goes on, and the server never dies. */
@Timeout(60)
class RobustnessTest {
    private WireTap tap;
    private final TapRecording recording = new TapRecording();
    private EchoServer server;
    private InetSocketAddress at;
    private JdkClient good;

    @BeforeEach
    void start() throws Exception {
        tap = new WireTap(100_000);
        tap.addListener(recording);
        server = new EchoServer(EchoServerOptions.defaults(), tap);
        at = server.start();
        good = JdkClient.connect(URI.create("ws://127.0.0.1:" + at.getPort() + "/"));
    }

    @AfterEach
    void stop() {
        good.close();
        server.close();
        tap.close();
    }

    private void assertTheGoodClientStillEchoes(String text) throws Exception {
        good.ws.sendText(text, true).get(10, TimeUnit.SECONDS);
        assertEquals(text, good.nextText());
    }

    @Test
    void garbageInsteadOfAHandshakeIsAnswered400() throws Exception {
        byte[] garbage = new byte[5000];
        new Random(42).nextBytes(garbage);
        try (RawWs bad = new RawWs(at)) {
            bad.send(garbage);
            assertTheGoodClientStillEchoes("after garbage");
            assertTrue(bad.readToEnd().startsWith("HTTP/1.1 400 Bad Request"));
        }
        assertTheGoodClientStillEchoes("still here");
    }

    @Test
    void aClientVanishingInTheMiddleOfAFrameEndsOnlyItsOwnConnection() throws Exception {
        try (RawWs vanishing = RawWs.open(at)) {
            byte[] frame = FrameEncoder.encode(FrameSpec.binary(new byte[1000]).withMask(RawWs.KEY));
            vanishing.send(Arrays.copyOf(frame, 100)); // 892 bytes of the payload never come
            vanishing.socket.setSoLinger(true, 0);     // a reset, as when a laptop lid closes mid-lesson
        }
        TapEvent.Closed lost = recording.awaitClosed(Source.SERVER, 1);
        assertEquals(-1, lost.closeCode());
        assertTrue(lost.reason().key().startsWith("net.conn.lost"), lost.reason().toString());
        assertTheGoodClientStillEchoes("after the vanishing client");
        assertEquals(1, server.connections().size());
    }

    @Test
    void aClientThatNeverReadsHasItsReadingPausedAndIsClosedWith1008AfterTheTimeout() throws Exception {
        server.setWriteTimeout(Duration.ofSeconds(1));
        RawWs stuck = RawWs.open(at);
        stuck.socket.setReceiveBufferSize(4096);
        byte[] message = FrameEncoder.encode(FrameSpec.binary(new byte[1 << 20]).withMask(RawWs.KEY));
        CompletableFuture<Void> flooding = CompletableFuture.runAsync(() -> {
            try {
                for (int i = 0; i < 32; i++) { // 32 MiB of echoes that are never read
                    stuck.out.write(message);
                }
            } catch (IOException expected) {
                // the server closed the connection
            }
        });
        assertTheGoodClientStillEchoes("while another client does not read");
        server.pingAll(new byte[] {1}); // returns at once (the test's timeout would catch it), though one connection is stuck
        TapEvent.Closed closed = recording.awaitClosed(Source.SERVER, 1);
        assertEquals(1008, closed.closeCode());
        assertEquals("net.conn.not-reading", closed.reason().key(), closed.reason().toString());
        flooding.get(20, TimeUnit.SECONDS);
        stuck.close();
        assertTheGoodClientStillEchoes("after the stuck client was closed");
    }
}
