package wsinspector.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wsinspector.net.StepKind.CLOSE_TCP;
import static wsinspector.net.StepKind.OPEN_TCP;
import static wsinspector.net.StepKind.BUILD_REQUEST;
import static wsinspector.net.StepKind.RECEIVE_FRAME;
import static wsinspector.net.StepKind.RECEIVE_RESPONSE;
import static wsinspector.net.StepKind.SEND_FRAME;
import static wsinspector.net.StepKind.SEND_REQUEST;
import static wsinspector.net.StepKind.VERIFY_ACCEPT;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import wsinspector.dissect.Direction;
import wsinspector.protocol.FrameSpec;

/** The step mode walks a whole connection one step at a time, each step with its exact bytes. */
@Timeout(30)
class SteppedClientTest {
    private WireTap tap;
    private final TapRecording recording = new TapRecording();
    private EchoServer server;
    private URI uri;
    private SteppedClient stepped;

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
        if (stepped != null) {
            stepped.close();
        }
        server.close();
        tap.close();
    }

    private List<StepResult> walk() throws Exception {
        List<StepResult> results = new ArrayList<>();
        while (stepped.hasNext()) {
            results.add(stepped.next());
        }
        return results;
    }

    @Test
    void walksTheHandshakeAnEchoAndTheClosingHandshake() throws Exception {
        stepped = new SteppedClient(ClientOptions.defaults(uri).withFixedKey("dGhlIHNhbXBsZSBub25jZQ=="), tap, new Random(1));
        stepped.queueText("Hello").queueClose(1000, "");
        assertEquals(List.of(OPEN_TCP, BUILD_REQUEST, SEND_REQUEST, RECEIVE_RESPONSE, VERIFY_ACCEPT, SEND_FRAME,
                RECEIVE_FRAME, SEND_FRAME, RECEIVE_FRAME, CLOSE_TCP), stepped.plan());
        List<StepResult> r = walk();
        assertEquals(stepped.plan(), r.stream().map(StepResult::kind).toList());
        assertTrue(r.stream().allMatch(StepResult::ok), r.toString());
        assertEquals(java.util.Set.of(), stepped.cancelled());
        assertEquals(List.of("127.0.0.1:" + stepped.localAddress().orElseThrow().getPort(), "127.0.0.1:" + uri.getPort(), "tcp"),
                r.get(0).arguments());
        assertTrue(text(r.get(1)).contains("Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"));
        assertTrue(text(r.get(3)).startsWith("HTTP/1.1 101 Switching Protocols\r\n"));
        assertTrue(text(r.get(3)).contains("Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n"), text(r.get(3)));
        assertArrayEquals(hex("810548656c6c6f"), r.get(6).bytes()); // Hello, unmasked from the server
        assertArrayEquals(hex("880203e8"), r.get(8).bytes());       // close 1000
        assertNull(r.get(0).direction());
        assertEquals(Direction.SERVER_TO_CLIENT, r.get(6).direction());
    }

    @Test
    void itsBytesGoThroughTheWireTap() throws Exception {
        stepped = new SteppedClient(ClientOptions.defaults(uri), tap);
        stepped.queueText("tapped").queueClose(1000, "");
        List<StepResult> r = walk();
        TapEvent.Closed closed = recording.awaitClosed(Source.CLIENT, 1);
        assertEquals(1000, closed.closeCode());
        assertArrayEquals(join(r, SEND_REQUEST, SEND_FRAME), recording.bytes(closed.source(), closed.connection(), Direction.CLIENT_TO_SERVER));
        assertArrayEquals(join(r, RECEIVE_RESPONSE, RECEIVE_FRAME), recording.bytes(closed.source(), closed.connection(), Direction.SERVER_TO_CLIENT));
    }

    @Test
    void walksHixie76() throws Exception {
        stepped = new SteppedClient(ClientOptions.defaults(uri).withMode(ClientMode.HIXIE76), tap);
        stepped.queueText("Hello").queueClose(0, null);
        List<StepResult> r = walk();
        assertTrue(r.stream().allMatch(StepResult::ok), r.toString());
        assertEquals(VERIFY_ACCEPT, r.get(4).kind());
        assertArrayEquals(hex("0048656c6c6fff"), r.get(6).bytes());
        assertArrayEquals(hex("ff00"), r.get(8).bytes());
    }

    @Test
    void showsTheServersCloseWhenAStepSendsABrokenFrame() throws Exception {
        stepped = new SteppedClient(ClientOptions.defaults(uri), tap);
        stepped.queueFrame(FrameSpec.text("unmasked"));
        List<StepResult> r = walk();
        StepResult answer = r.get(6);
        assertEquals(RECEIVE_FRAME, answer.kind());
        assertEquals(StepOutcome.DONE, answer.outcome()); // the server's close is a well-formed frame
        byte[] b = answer.bytes();
        assertArrayEquals(hex("88"), java.util.Arrays.copyOf(b, 1));             // a close frame, FIN, unmasked
        assertArrayEquals(hex("03ea"), java.util.Arrays.copyOfRange(b, 2, 4)); // code 1002, then the reason
    }

    @Test
    void aWrongAcceptFailsTheVerifyStepAndOnlyTheCloseRemainsInAPlanOfTheSameLength() throws Exception {
        try (ServerSocket fake = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            CompletableFuture<Void> answering = CompletableFuture.runAsync(() -> answerWithWrongAccept(fake));
            stepped = new SteppedClient(ClientOptions.defaults(URI.create("ws://127.0.0.1:" + fake.getLocalPort() + "/")), tap);
            stepped.queueText("never sent").queueClose(1000, "");
            List<StepKind> plan = stepped.plan();
            List<StepResult> r = walk();
            assertEquals(List.of(OPEN_TCP, BUILD_REQUEST, SEND_REQUEST, RECEIVE_RESPONSE, VERIFY_ACCEPT, CLOSE_TCP),
                    r.stream().map(StepResult::kind).toList());
            assertEquals(StepOutcome.HANDSHAKE_FAILED, r.get(4).outcome());
            assertEquals(plan, stepped.plan());
            assertEquals(java.util.Set.of(5, 6, 7, 8), stepped.cancelled());
            answering.join();
        }
    }

    private static void answerWithWrongAccept(ServerSocket fake) {
        answer(fake, "Sec-WebSocket-Accept: AAAAAAAAAAAAAAAAAAAAAAAAAAA=\r\n\r\n", new byte[0]);
    }

    /** Reads the request head, answers 101 with this accept line (and the blank line), then {@code then}, in one write. */
    private static void answer(ServerSocket fake, String acceptLineAndEnd, byte[] then) {
        try (Socket s = fake.accept()) {
            InputStream in = s.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                head.write(in.read());
            }
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            answer.writeBytes(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + acceptLineAndEnd).getBytes(StandardCharsets.ISO_8859_1));
            answer.writeBytes(then);
            s.getOutputStream().write(answer.toByteArray());
            in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void eachReceiveStepTakesExactlyItsFrameAndRefusesAnEndlessOneAtItsHeader() throws Exception {
        // "Hi", then a frame announcing 2^63-1 bytes, in the same write as the response.
        List<StepResult> r = againstServerSending("81024869" + "827f7fffffffffffffff");
        assertEquals(List.of(OPEN_TCP, BUILD_REQUEST, SEND_REQUEST, RECEIVE_RESPONSE, VERIFY_ACCEPT, SEND_FRAME,
                RECEIVE_FRAME, SEND_FRAME, RECEIVE_FRAME), r.stream().map(StepResult::kind).toList());
        assertEquals(StepOutcome.DONE, r.get(4).outcome());
        assertArrayEquals(hex("81024869"), r.get(6).bytes());
        assertEquals(StepOutcome.DONE, r.get(6).outcome());
        assertArrayEquals(hex("827f7fffffffffffffff"), r.get(8).bytes());
        assertEquals(StepOutcome.FRAME_TOO_LONG, r.get(8).outcome());
        assertEquals(List.of("9223372036854775807"), r.get(8).arguments());
    }

    @Test
    void aTextOfBrokenUtf8IsAProtocolError() throws Exception {
        List<StepResult> r = againstServerSending("8102c0af"); // an overlong '/', RFC 6455 §8.1
        assertEquals(StepOutcome.PROTOCOL_ERROR, r.get(6).outcome());
        assertArrayEquals(hex("8102c0af"), r.get(6).bytes());
    }

    /** Walks two texts against a server that accepts the handshake and sends these bytes right after its answer. */
    private List<StepResult> againstServerSending(String framesHex) throws Exception {
        try (ServerSocket fake = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            CompletableFuture<Void> answering = CompletableFuture.runAsync(() -> answer(fake,
                    "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n", hex(framesHex)));
            stepped = new SteppedClient(ClientOptions.defaults(URI.create("ws://127.0.0.1:" + fake.getLocalPort() + "/"))
                    .withFixedKey("dGhlIHNhbXBsZSBub25jZQ=="), tap, new Random(1));
            stepped.queueText("a").queueText("b");
            List<StepResult> r = walk();
            stepped.close();
            answering.join();
            return r;
        }
    }

    private static byte[] join(List<StepResult> results, StepKind... kinds) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<StepKind> wanted = List.of(kinds);
        results.stream().filter(r -> wanted.contains(r.kind())).forEach(r -> out.writeBytes(r.bytes()));
        return out.toByteArray();
    }

    private static String text(StepResult r) {
        return new String(r.bytes(), StandardCharsets.ISO_8859_1);
    }

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }
}
