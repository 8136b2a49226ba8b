package wsinspector.ui.live;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import wsinspector.dissect.Direction;
import wsinspector.dissect.FrameMessage;
import wsinspector.dissect.HandshakeMessage;
import wsinspector.dissect.Message;
import wsinspector.net.EchoServerOptions;
import wsinspector.protocol.Opcode;
import wsinspector.ui.session.Conversation;
import wsinspector.ui.session.FxBatcher;
import wsinspector.ui.session.Session;
import wsinspector.ui.session.SessionFeed;

/**
 * A real browser on the student page: Debian's Chromium, driven by playwright-core (src/test/node, installed by
 * {@code npm ci} there; {@code .ci/run} does it), sends text, binary, the ping request and a close; the window's
 * model (the session fed by the live session's tap, as the window feeds it) shows each of them, the ping Chromium
 * answered by itself included. Skipped, saying why, where node, Chromium or playwright-core is missing.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class StudentPageBrowserTest {
    private static final Path NODE_DIR = Path.of("src/test/node");
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

    /** Stands in for the FX thread: one thread, in order. */
    private final ExecutorService fx = Executors.newSingleThreadExecutor();
    private final LiveSession live = new LiveSession(fx);
    private final Session session = new Session();
    private final FxBatcher batcher = new FxBatcher(fx, FxBatcher.DEFAULT_INTERVAL);

    @BeforeAll
    static void browserAtHand() {
        assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM + " (apt-get install chromium, or set CHROMIUM)");
        assumeTrue(Files.isDirectory(NODE_DIR.resolve("node_modules/playwright-core")),
                "playwright-core is not installed: run npm ci in " + NODE_DIR);
        assumeTrue(runs("node", "--version"), "node is not on the PATH (apt-get install nodejs)");
    }

    @AfterEach
    void close() {
        live.close();
        batcher.close();
        fx.shutdownNow();
    }

    @Test
    void aStudentsChromiumConversationAppearsInTheWindowsModel() throws Exception {
        live.addTapListener(new SessionFeed(session, batcher, true));
        InetSocketAddress at = live.server().start(EchoServerOptions.defaults()).get(20, TimeUnit.SECONDS);

        JsonNode page = student("http://127.0.0.1:" + at.getPort() + "/", "ru");
        assertEquals("ru", page.get("lang").asText(), "the page in the browser's language");
        assertEquals("закрыто: код 4000", page.get("state").asText(), page.toString());

        Conversation c = closedConversation();
        List<Message> messages = onFx(() -> new ArrayList<>(c.messages()));
        HandshakeMessage request = (HandshakeMessage) messages.get(0);
        assertTrue(new String(request.wire(), StandardCharsets.ISO_8859_1).startsWith("GET /?student="), "its handshake");
        assertTrue(new String(request.wire(), StandardCharsets.ISO_8859_1).contains("Chrome/"), "from Chromium");
        List<FrameMessage> frames = messages.stream().filter(m -> m instanceof FrameMessage).map(m -> (FrameMessage) m).toList();
        assertTrue(has(frames, Direction.CLIENT_TO_SERVER, Opcode.TEXT, "Hello from Chromium".getBytes(StandardCharsets.UTF_8)), frames::toString);
        assertTrue(has(frames, Direction.SERVER_TO_CLIENT, Opcode.TEXT, "Hello from Chromium".getBytes(StandardCharsets.UTF_8)), frames::toString);
        byte[] binary = {1, 2, 3, (byte) 0xfe, (byte) 0xff};
        assertTrue(has(frames, Direction.CLIENT_TO_SERVER, Opcode.BINARY, binary), frames::toString);
        assertTrue(has(frames, Direction.SERVER_TO_CLIENT, Opcode.BINARY, binary), frames::toString);
        byte[] asked = "asked by the page".getBytes(StandardCharsets.US_ASCII);
        assertTrue(has(frames, Direction.SERVER_TO_CLIENT, Opcode.PING, asked), "the server's ping: " + frames);
        assertTrue(has(frames, Direction.CLIENT_TO_SERVER, Opcode.PONG, asked), "Chromium's own pong: " + frames);
        FrameMessage close = frames.stream().filter(f -> f.direction() == Direction.CLIENT_TO_SERVER
                && f.frame().header().opcode() == Opcode.CLOSE.code()).findFirst().orElseThrow();
        byte[] body = close.frame().unmaskedPayload();
        assertEquals(4000, ((body[0] & 0xff) << 8) | (body[1] & 0xff));
        assertEquals("bye", new String(body, 2, body.length - 2, StandardCharsets.UTF_8));

        List<ServerConnectionRow> rows = onFx(() -> new ArrayList<>(live.server().connections()));
        assertEquals(1, rows.size(), "the page's loads are not connections of the list: " + rows);
        assertEquals("Chrome", rows.get(0).browser().name(), rows.get(0)::toString);
        assertEquals("Linux", rows.get(0).browser().system(), rows.get(0)::toString);
        assertTrue(ServerPane.whoText(new wsinspector.ui.I18n(wsinspector.ui.I18n.RUSSIAN), rows.get(0))
                .matches("№\\d+  127\\.0\\.0\\.1:\\d+ · Chrome \\d+ на Linux · RFC 6455 · /\\?student=[0-9a-f]+"), rows.get(0)::toString);
    }

    /** A data or control frame of this kind with this (unmasked, inflated) payload. */
    private static boolean has(List<FrameMessage> frames, Direction d, Opcode opcode, byte[] payload) {
        for (FrameMessage f : frames) {
            if (f.direction() != d || f.frame().header().opcode() != opcode.code()) {
                continue;
            }
            byte[] seen = f.completed() != null ? f.completed().payload() : f.frame().unmaskedPayload();
            if (java.util.Arrays.equals(seen, payload)) {
                return true;
            }
        }
        return false;
    }

    private Conversation closedConversation() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            CompletableFuture<Conversation> closed = new CompletableFuture<>();
            fx.execute(() -> session.conversations().stream().filter(c -> !c.openProperty().get()).findFirst()
                    .ifPresentOrElse(closed::complete, () -> {
                        // wait for the next change of the list or of a conversation's state, on the model's thread
                        session.conversations().forEach(c -> c.openProperty().addListener((o, was, now) -> closed.complete(c)));
                    }));
            try {
                return closed.get(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                break;
            }
        }
        throw new AssertionError("no conversation ended within 20 s: " + onFx(() -> new ArrayList<>(session.conversations())));
    }

    private <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return fx.submit(read).get(10, TimeUnit.SECONDS);
    }

    /** Runs the node script; its one line of JSON is what the student's page showed. */
    private static JsonNode student(String url, String language) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("node", "student-page.mjs", url, language)
                .directory(NODE_DIR.toFile()).redirectErrorStream(true).start();
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return e.toString();
            }
        });
        if (!p.waitFor(150, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the browser script did not end within 150 s: " + output.getNow(""));
        }
        String out = output.join();
        assertEquals(0, p.exitValue(), "the browser script failed:\n" + out);
        String last = out.strip().lines().reduce((a, b) -> b).orElse("");
        return new ObjectMapper().readTree(last);
    }

    private static boolean runs(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
