package wsinspector.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wsinspector.net.StepKind.CLOSE_TCP;
import static wsinspector.net.StepKind.SEND_REQUEST;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import wsinspector.protocol.Phrase;

/**
 * A lecturer may stay on one step for minutes: the echo server waits for the application's own step-mode client
 * past its handshake timeout, while any other silent client is still closed (the slowloris defence); a server that
 * does not wait shows as a step of the lesson, and the plan keeps its length.
 */
@Timeout(30)
class PatientWithOwnClientTest {
    /** Short, so that holding a step past it costs a test a fraction of a second. */
    private static final Duration HANDSHAKE_TIMEOUT = Duration.ofMillis(300);

    private final Set<InetSocketAddress> own = ConcurrentHashMap.newKeySet();
    private final BlockingQueue<String> refusals = new LinkedBlockingQueue<>();
    private EchoServer server;
    private SteppedClient stepped;

    private URI start(boolean patient) throws Exception {
        return start(patient, EchoServerOptions.defaults().withHandshakeTimeout(HANDSHAKE_TIMEOUT));
    }

    private URI start(boolean patient, EchoServerOptions options) throws Exception {
        server = new EchoServer(options, null);
        if (patient) {
            server.waitPatientlyFor(own::contains);
        }
        server.addConnectionListener(new ConnectionListener() {
            @Override
            public void refused(String peer, int status, Phrase reason) {
                refusals.add(peer + " " + status + " " + WireText.of(reason));
            }
        });
        InetSocketAddress at = server.start();
        return URI.create("ws://127.0.0.1:" + at.getPort() + "/chat");
    }

    @AfterEach
    void stop() {
        if (stepped != null) {
            stepped.close();
        }
        server.close();
    }

    /**
     * Opens TCP and builds the request, then holds there until a silent client connected after us was closed.
     *
     * @return the other refusals seen meanwhile
     */
    private List<String> holdPastTheHandshakeTimeout(URI uri) throws Exception {
        stepped.next(); // OPEN_TCP
        stepped.localAddress().ifPresent(own::add);
        stepped.next(); // BUILD_REQUEST
        List<String> others = new java.util.ArrayList<>();
        try (Socket silent = new Socket(uri.getHost(), uri.getPort())) {
            String silentPeer = "127.0.0.1:" + silent.getLocalPort() + " ";
            while (true) {
                String refusal = refusals.poll(10, TimeUnit.SECONDS);
                assertTrue(refusal != null, "the silent client was not refused: " + others);
                if (refusal.startsWith(silentPeer)) {
                    assertTrue(refusal.endsWith("no opening handshake within 300 ms"), refusal);
                    return others;
                }
                others.add(refusal);
            }
        }
    }

    @Test
    void theOwnClientHeldPastTheHandshakeTimeoutStillShakesHandsAndEchoes() throws Exception {
        URI uri = start(true);
        stepped = new SteppedClient(ClientOptions.defaults(uri), null, new Random(3));
        stepped.queueText("Hello").queueClose(1000, "");
        assertEquals(List.of(), holdPastTheHandshakeTimeout(uri)); // the silent client alone was refused
        while (stepped.hasNext()) {
            StepResult r = stepped.next();
            assertTrue(r.ok(), r.toString());
        }
        assertEquals(Set.of(), stepped.cancelled());
        assertEquals(10, stepped.position());
        assertTrue(refusals.isEmpty(), refusals.toString());
    }

    @Test
    void aServerThatDoesNotWaitShowsAsALessonStepAndThePlanKeepsItsLength() throws Exception {
        URI uri = start(false);
        stepped = new SteppedClient(ClientOptions.defaults(uri), null, new Random(3));
        stepped.queueText("Hello").queueClose(1000, "");
        List<StepKind> plan = stepped.plan();
        // our own connection was refused too (just before the silent one, or just after)
        List<String> others = new java.util.ArrayList<>(holdPastTheHandshakeTimeout(uri));
        if (others.isEmpty()) {
            others.add(String.valueOf(refusals.poll(10, TimeUnit.SECONDS)));
        }
        assertEquals(1, others.size(), others.toString());
        assertTrue(others.get(0).startsWith("127.0.0.1:" + stepped.localAddress().orElseThrow().getPort() + " "),
                others.toString());

        StepResult send = stepped.next();
        assertEquals(SEND_REQUEST, send.kind());
        assertEquals(StepOutcome.SERVER_CLOSED_BEFORE_REQUEST, send.outcome());
        assertEquals(0, send.bytes().length); // nothing was sent
        assertEquals(plan, stepped.plan());
        assertEquals(Set.of(3, 4, 5, 6, 7, 8), stepped.cancelled());
        assertEquals(CLOSE_TCP, stepped.next().kind());
        assertEquals(10, stepped.position());
        assertTrue(!stepped.hasNext());
    }

    @Test
    void anotherSilentClientIsStillClosedWhileTheOwnOneWaits() throws Exception {
        URI uri = start(true);
        stepped = new SteppedClient(ClientOptions.defaults(uri), null, new Random(3));
        assertEquals(List.of(), holdPastTheHandshakeTimeout(uri)); // the silent client was refused, not ours
        assertEquals(SEND_REQUEST, stepped.plan().get(stepped.position()));
        assertTrue(stepped.next().ok());
    }

    @Test
    void theOwnClientIsNotClosedForIdlingBetweenSteps() throws Exception {
        URI uri = start(true, EchoServerOptions.defaults().withIdleTimeout(Duration.ofMillis(300)));
        stepped = new SteppedClient(ClientOptions.defaults(uri), null, new Random(3));
        stepped.queueText("still there").queueClose(1000, "");
        stepped.next(); // OPEN_TCP
        stepped.localAddress().ifPresent(own::add);
        for (int i = 1; i < 5; i++) {
            assertTrue(stepped.next().ok()); // the handshake: the connection is open
        }
        // another client, opened after ours, is closed for idling: ours has idled as long
        try (RawWs other = RawWs.open(new InetSocketAddress(uri.getHost(), uri.getPort()))) {
            assertEquals(1001, other.readFrame().closeCode());
        }
        assertTrue(stepped.next().ok()); // SEND_FRAME
        StepResult echo = stepped.next();
        assertEquals(StepKind.RECEIVE_FRAME, echo.kind());
        assertEquals("810b" + java.util.HexFormat.of().formatHex("still there".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                java.util.HexFormat.of().formatHex(echo.bytes()), "the echo, not the server's 1001 close");
    }
}
