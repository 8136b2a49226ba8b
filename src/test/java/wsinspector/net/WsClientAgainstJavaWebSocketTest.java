package wsinspector.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The project's client against an echo server built with Java-WebSocket, which we did not write. */
@Timeout(30)
class WsClientAgainstJavaWebSocketTest {
    private JavaWebSocketEcho server;
    private WsClient client;
    private final Received received = new Received();

    private WireTap tap;
    private final TapRecording recording = new TapRecording();

    private void connect(boolean deflate) throws Exception {
        server = JavaWebSocketEcho.start(deflate);
        URI uri = URI.create("ws://127.0.0.1:" + server.getPort() + "/");
        tap = new WireTap(10_000);
        tap.addListener(recording);
        client = WsClient.connect(ClientOptions.defaults(uri).withPermessageDeflate(deflate), tap, received);
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
        if (tap != null) {
            tap.close();
        }
    }

    @Test
    void exchangesText() throws Exception {
        connect(false);
        client.sendText("Hello", 0, null);
        Received.Message m = received.next();
        assertEquals(1, m.opcode());
        assertEquals("Hello", m.text());
    }

    @Test
    void exchangesFragmentedTextMaskedWithAChosenKey() throws Exception {
        connect(false);
        client.sendText("a message in five-byte frames", 5, new byte[] {0x37, (byte) 0xfa, 0x21, 0x3d});
        assertEquals("a message in five-byte frames", received.next().text());
    }

    @Test
    void exchangesBinary() throws Exception {
        connect(false);
        byte[] data = new byte[70_000]; // a 64-bit length
        new Random(1).nextBytes(data);
        client.sendBinary(data, 0, null);
        Received.Message m = received.next();
        assertEquals(2, m.opcode());
        assertArrayEquals(data, m.payload());
    }

    @Test
    void getsAPongForAPing() throws Exception {
        connect(false);
        client.ping(new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2, 3}, received.pongs.poll(10, TimeUnit.SECONDS));
    }

    @Test
    void completesTheClosingHandshake() throws Exception {
        connect(false);
        client.close(4001, "lesson over");
        assertTrue(received.closed().startsWith("4001"), "the server echoed the code");
        assertEquals("4001 lesson over", server.closes.poll(10, TimeUnit.SECONDS));
        assertTrue(!client.isOpen());
    }

    @Test
    void negotiatesPermessageDeflateAndExchangesCompressedMessages() throws Exception {
        connect(true);
        assertTrue(client.permessageDeflate());
        String text = "compress me ".repeat(1000); // above the library's 1 KiB threshold: its echo is compressed too
        for (int i = 0; i < 3; i++) { // the shared window carries over between messages
            client.sendText(text + i, 0, null);
            assertEquals(text + i, echo().text());
        }
        // below the library's threshold: its echo goes back uncompressed. In one frame: Java-WebSocket 1.6.0 now and
        // then drops a fragmented compressed message without a word (S16, twice in CI); NettyDeflatePeerTest proves
        // that exchange against a peer that inflates it across continuation frames
        client.sendText("small", 0, null);
        assertEquals("small", echo().text());
        client.close();
        TapEvent.Closed closed = recording.awaitClosed(Source.CLIENT, 1);
        byte[] fromServer = recording.bytes(closed.source(), closed.connection(), wsinspector.dissect.Direction.SERVER_TO_CLIENT);
        String head = new String(fromServer, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(head.contains("permessage-deflate"), head);
        int firstFrame = head.indexOf("\r\n\r\n") + 4;
        assertEquals(0xC1, fromServer[firstFrame] & 0xFF, "FIN, RSV1 (compressed), text: the server compressed its echo");
    }

    /**
     * The next message, or a failure that shows the bytes both ways, the library's errors and closes and our client's
     * close: this exchange failed once in a whole CI run (17:19 UTC, 2026-11-30) with no error from our client, while
     * the library's errors on a connection went unheard. It did not fail again in about 2,500 runs in one JVM (alone,
     * under two busy loops, on one core at load 18) nor in 300 replays of the client's exact bytes split at random
     * (finding S16), so the next failure should say which side stopped. It failed again in a CI run on 2026-12-02 with
     * no error on either side and no echo from the library (see {@link #peerThreads}), on the fragmented «small»:
     * that exchange moved to Netty (NettyDeflatePeerTest), this one keeps what the library handles reliably.
     */
    private Received.Message echo() throws InterruptedException {
        try {
            return received.next();
        } catch (AssertionError e) {
            StringBuilder wire = new StringBuilder();
            for (TapEvent event : recording.events()) {
                if (event instanceof TapEvent.Bytes b) {
                    wire.append('\n').append(b.chunk().direction()).append(' ')
                            .append(java.util.HexFormat.of().formatHex(b.chunk().bytes()));
                }
            }
            throw new AssertionError(e.getMessage() + "; Java-WebSocket's errors: " + server.errors + ", closes: "
                    + server.closes + "; our client's close: " + received.close.getNow("none") + "; on the wire so far:"
                    + wire + "\nJava-WebSocket's threads:" + peerThreads(), e);
        }
    }

    /**
     * Where the library's threads stand (its selector and workers): the second failure (2026-12-02) showed our client's
     * bytes valid, and the library's own inflate steps replayed on them gave the message, so the stall is in its frame
     * or message path.
     */
    private static String peerThreads() {
        StringBuilder out = new StringBuilder();
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            if (thread.getName().startsWith("WebSocket")) {
                out.append('\n').append(thread.getName()).append(' ').append(thread.getState());
                for (StackTraceElement frame : stack) {
                    out.append("\n    at ").append(frame);
                }
            }
        });
        return out.toString();
    }
}
