package wsinspector.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import wsinspector.net.ClientOptions;
import wsinspector.net.EchoServerOptions;
import wsinspector.net.Source;

/** The session's recording rule against a server that is not ours (Java-WebSocket) and ours, without a window. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class LiveSessionTest {
    /** Stands in for the FX thread: one thread, in order. */
    private final ExecutorService fx = Executors.newSingleThreadExecutor();
    private final LiveSession session = new LiveSession(fx);
    private final Recorder recorder = new Recorder();
    private OtherEcho other;

    /** A WebSocket echo server that is not the project's. */
    private static final class OtherEcho extends WebSocketServer {
        final CountDownLatch started = new CountDownLatch(1);

        OtherEcho() {
            super(new InetSocketAddress("127.0.0.1", 0));
            setReuseAddr(true);
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            conn.send(message);
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {
        }

        @Override
        public void onStart() {
            started.countDown();
        }
    }

    @AfterEach
    void close() throws Exception {
        session.close();
        if (other != null) {
            other.stop(1000);
        }
        fx.shutdownNow();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < end, "timed out");
            Thread.sleep(10);
        }
    }

    @Test
    void eachConnectionIsRecordedOnceFromTheRightEnd() throws Exception {
        session.addTapListener(recorder);
        InetSocketAddress own = session.server().start(EchoServerOptions.defaults()).get(5, TimeUnit.SECONDS);
        other = new OtherEcho();
        other.start();
        assertTrue(other.started.await(5, TimeUnit.SECONDS));

        session.client().connect(ClientOptions.defaults(URI.create("ws://127.0.0.1:" + other.getPort() + "/"))).get(5, TimeUnit.SECONDS);
        session.client().sendText("Hi", 0, null).get(5, TimeUnit.SECONDS);
        await(() -> recorder.s2cHex().contains("81024869")); // Text "Hi" echoed by the other server
        assertEquals(List.of(Source.CLIENT), recorder.sources(), "a connection to another server: the client's view");

        session.client().connect(ClientOptions.defaults(URI.create(LiveServer.url(own)))).get(5, TimeUnit.SECONDS);
        session.client().sendText("Hi", 0, null).get(5, TimeUnit.SECONDS);
        await(() -> recorder.s2cText().split("Hi", -1).length >= 3);
        assertEquals(List.of(Source.CLIENT, Source.SERVER), recorder.sources(),
                "a connection to our own server: the server's view only");
    }

    @Test
    void sendingWithoutAConnectionIsANoteNotACrash() throws Exception {
        var sent = session.client().sendText("Hello", 0, null);
        await(sent::isDone);
        assertTrue(sent.isCompletedExceptionally());
        await(() -> session.client().noteProperty().get() != null);
        assertEquals("live.error.state", session.client().noteProperty().get().key());
    }

    @Test
    void aTakenPortIsExplained() throws Exception {
        InetSocketAddress own = session.server().start(EchoServerOptions.defaults()).get(5, TimeUnit.SECONDS);
        try (LiveSession second = new LiveSession(fx)) {
            var failed = second.server().start(EchoServerOptions.defaults().withPort(own.getPort()));
            await(failed::isDone);
            assertTrue(failed.isCompletedExceptionally());
            await(() -> second.server().noteProperty().get() != null);
            Note note = second.server().noteProperty().get();
            assertTrue(note.error());
            assertTrue(note.args().get(0).toString().toLowerCase().contains("address"), note.toString());
        }
    }
}
