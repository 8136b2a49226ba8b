package wsinspector.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import wsinspector.dissect.Direction;
import wsinspector.protocol.DecodedFrame;
import wsinspector.protocol.FrameDecoder;
import wsinspector.protocol.Opcode;

/** The client's automatic pong can be turned off while connected, and a seeded Random fixes every byte it sends. */
@Timeout(30)
class WsClientPongsAndMasksTest {
    private WireTap tap;
    private final TapRecording recording = new TapRecording();
    private EchoServer server;
    private URI uri;

    @BeforeEach
    void start() throws Exception {
        tap = new WireTap(10_000);
        tap.addListener(recording);
        server = new EchoServer(EchoServerOptions.defaults(), null);
        InetSocketAddress at = server.start();
        uri = URI.create("ws://127.0.0.1:" + at.getPort() + "/");
    }

    @AfterEach
    void stop() {
        server.close();
        tap.close();
    }

    @Test
    void withAutomaticPongsTurnedOffTheServersPingGoesUnanswered() throws Exception {
        Received received = new Received();
        try (WsClient client = WsClient.connect(ClientOptions.defaults(uri), tap, received)) {
            client.setAutoPong(false);
            server.pingAll("tick".getBytes(StandardCharsets.UTF_8));
            assertArrayEquals("tick".getBytes(StandardCharsets.UTF_8), received.pings.poll(10, TimeUnit.SECONDS));
            // a pong would have been written before the ping was reported: the next frame out is the text
            client.sendText("after", 0, null);
            assertEquals("after", received.messages.poll(10, TimeUnit.SECONDS).text());
            client.close(1000, "");
            received.close.get(10, TimeUnit.SECONDS);
        }
        TapEvent.Closed closed = recording.awaitClosed(Source.CLIENT, 1);
        List<DecodedFrame> sent = framesAfterHead(recording.bytes(closed.source(), closed.connection(), Direction.CLIENT_TO_SERVER));
        assertEquals(List.of(Opcode.TEXT.code(), Opcode.CLOSE.code()), sent.stream().map(f -> f.header().opcode()).toList());
    }

    @Test
    void aSeededRandomGivesTheSameKeyAndMasksEachRun() throws Exception {
        for (int run = 1; run <= 2; run++) {
            Received received = new Received();
            try (WsClient client = WsClient.connect(ClientOptions.defaults(uri), tap, received, new Random(7))) {
                client.sendText("Hello", 0, null);
                received.messages.poll(10, TimeUnit.SECONDS);
                client.close(1000, "");
                received.close.get(10, TimeUnit.SECONDS);
            }
            recording.awaitClosed(Source.CLIENT, run);
        }
        long first = recording.awaitClosed(Source.CLIENT, 1).connection();
        long second = recording.awaitClosed(Source.CLIENT, 2).connection();
        assertArrayEquals(recording.bytes(first, Direction.CLIENT_TO_SERVER), recording.bytes(second, Direction.CLIENT_TO_SERVER));
    }

    private static List<DecodedFrame> framesAfterHead(byte[] stream) {
        int start = new String(stream, StandardCharsets.ISO_8859_1).indexOf("\r\n\r\n") + 4;
        List<DecodedFrame> frames = new ArrayList<>();
        new FrameDecoder(frames::add).feed(stream, start, stream.length - start);
        return frames;
    }
}
