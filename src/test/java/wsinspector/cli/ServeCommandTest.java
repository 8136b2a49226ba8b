package wsinspector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;


/** {@code serve}: the listening line, a line per connection, exit 2 when the port is taken. */
@Timeout(30)
class ServeCommandTest {
    private static final Pattern LISTENING = Pattern.compile("listening on ws://127\\.0\\.0\\.1:(\\d+)/");
    private final ServeRun run = new ServeRun();
    private final LineQueue out = run.out;
    private final LineQueue err = run.err;

    @AfterEach
    void stop() throws InterruptedException {
        run.stop();
    }

    private CompletableFuture<Integer> serve(String... args) {
        return run.start(args);
    }

    @Test
    void printsTheListeningLineThenOneLinePerConnectionOpenedAndClosed() throws Exception {
        CompletableFuture<Integer> exit = serve("--port", "0", "--subprotocol", "chat");
        Matcher m = LISTENING.matcher(out.next());
        assertTrue(m.matches());
        URI uri = URI.create("ws://127.0.0.1:" + m.group(1) + "/lesson");
        CompletableFuture<Integer> closed = new CompletableFuture<>();
        WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("chat")
                .buildAsync(uri, new WebSocket.Listener() {
                    @Override
                    public java.util.concurrent.CompletionStage<?> onClose(WebSocket w, int code, String reason) {
                        closed.complete(code);
                        return null;
                    }
                }).get(10, TimeUnit.SECONDS);
        String opened = out.next();
        assertTrue(opened.matches("#\\d+ opened 127\\.0\\.0\\.1:\\d+ RFC 6455 /lesson subprotocol chat \\(Java-http-client \\d+\\)"),
                opened);
        ws.sendClose(1000, "bye").get(10, TimeUnit.SECONDS);
        assertEquals(1000, closed.get(10, TimeUnit.SECONDS));
        String closedLine = out.next();
        assertTrue(closedLine.matches("#\\d+ closed 1000 bye"), closedLine);
        run.interrupt();
        assertEquals(0, exit.get(10, TimeUnit.SECONDS));
    }

    @Test
    void openToTheNetworkItNamesTheStudentsAddressesAndCapsConnectionsPerAddress() throws Exception {
        serve("--host", "0.0.0.0", "--max-per-address", "1");
        Matcher m = Pattern.compile("listening on ws://0\\.0\\.0\\.0:(\\d+)/").matcher(out.next());
        assertTrue(m.matches());
        int port = Integer.parseInt(m.group(1));
        try (java.net.Socket first = new java.net.Socket("127.0.0.1", port);
             java.net.Socket second = new java.net.Socket("127.0.0.1", port)) {
            String answer = new String(second.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertTrue(answer.startsWith("HTTP/1.1 429 "), answer);
        }
        String line = out.next();
        while (line.startsWith("students open ")) { // as many as the machine has addresses beyond loopback
            assertTrue(line.matches("students open http://\\d+\\.\\d+\\.\\d+\\.\\d+:" + port + "/ in a browser"), line);
            line = out.next();
        }
        // the first connection's end (it never sent a handshake) may be told before the refusal
        String refusal = line.contains(" 429 ") ? line : out.next();
        assertTrue(refusal.matches("refused 127\\.0\\.0\\.1:\\d+ 429 more than 1 connections at once from this address.*"),
                refusal);
    }

    @Test
    void exitsWith2AndOneLineOnStderrWhenThePortIsInUse() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            CompletableFuture<Integer> exit = serve("--port", Integer.toString(taken.getLocalPort()));
            assertEquals(2, exit.get(10, TimeUnit.SECONDS));
            String line = err.next();
            assertTrue(line.startsWith("serve: cannot listen on 127.0.0.1:" + taken.getLocalPort()), line);
            assertEquals(null, err.lines.poll(), "one line");
            assertEquals(null, out.lines.poll(), "nothing on stdout");
        }
    }

    @Test
    void theLimitsAreOptionsAndABadOneIsOneLineAndExit2() throws Exception {
        CompletableFuture<Integer> exit = serve("--max-handshake", "10");
        assertEquals(2, exit.get(10, TimeUnit.SECONDS));
        String line = err.next();
        assertEquals("serve: --max-handshake must be 64 or more, not 10", line);
    }

    @Test
    void everyLimitOptionOutOfRangeIsOneLineAndExit2() throws Exception {
        // the server's own ranges, a timeout in seconds and the cap per address: each ends the same way
        List<List<String>> bad = List.of(List.of("--max-message", "0"), List.of("--handshake-timeout", "-1"),
                List.of("--max-per-address", "-1", "--lang", "ru"));
        List<String> said = List.of("serve: --max-message must be 1 or more, not 0",
                "serve: --handshake-timeout must be 0 (never) or more seconds, not -1",
                "serve: --max-per-address — не меньше 0, а не -1");
        for (int i = 0; i < bad.size(); i++) {
            assertEquals(2, serve(bad.get(i).toArray(String[]::new)).get(10, TimeUnit.SECONDS), bad.get(i).toString());
            assertEquals(said.get(i), err.next());
            assertEquals(null, err.lines.poll(), "one line");
            assertEquals(null, out.lines.poll(), "nothing on stdout");
        }
    }

    @Test
    void aHandshakeLongerThanMaxHandshakeIsAnswered431() throws Exception {
        serve("--max-handshake", "128", "--handshake-timeout", "0.5");
        Matcher m = LISTENING.matcher(out.next());
        assertTrue(m.matches());
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", Integer.parseInt(m.group(1)))) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(("GET / HTTP/1.1\r\nX-Long: " + "a".repeat(200) + "\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(s.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertTrue(answer.startsWith("HTTP/1.1 431 "), answer);
        }
        String refused = out.next();
        assertTrue(refused.startsWith("#1 refused 127.0.0.1:") && refused.contains(" 431 an opening handshake longer than 128"),
                refused);
    }
}
