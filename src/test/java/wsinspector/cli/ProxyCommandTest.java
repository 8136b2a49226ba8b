package wsinspector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import picocli.CommandLine;
import wsinspector.net.EchoServer;
import wsinspector.net.EchoServerOptions;

/** {@code proxy}: a real conversation with the echo server through it, printed dissected as it happens. */
@Timeout(30)
class ProxyCommandTest {
    private static final Pattern LISTENING = Pattern.compile(".* ws://127\\.0\\.0\\.1:(\\d+)/, .*"); // in --lang
    private final LineQueue out = new LineQueue();
    private final LineQueue err = new LineQueue();
    private EchoServer echo;
    private int echoPort;
    private Thread proxying;

    @BeforeEach
    void startEcho() throws Exception {
        echo = new EchoServer(EchoServerOptions.defaults(), null);
        echoPort = echo.start().getPort();
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (proxying != null) {
            proxying.interrupt();
            proxying.join(5000);
        }
        echo.close();
    }

    @Test
    void printsTheConversationThroughItDissectedAsDecodeDoes() throws Exception {
        URI via = proxy("--listen", "0", "--to", target("/lesson"));
        converse(via);
        assertTrue(out.next().isEmpty());
        String opened = out.next();
        assertTrue(opened.matches("# connection 1 from 127\\.0\\.0\\.1:\\d+"), opened);
        List<String> lines = linesUntil("# connection 1 ended");
        String all = String.join("\n", lines);
        assertTrue(all.contains("c2s handshake"), all);
        assertTrue(all.contains("GET /lesson HTTP/1.1"), all);
        assertTrue(all.contains("s2c handshake"), all);
        assertTrue(all.matches("(?s).*c2s frame @\\d+, \\d+ bytes: Text \\[FIN\\] \\[MASKED\\] len=20 \"Hello, through proxy\".*"), all);
        assertTrue(all.matches("(?s).*s2c frame @\\d+, \\d+ bytes: Text \\[FIN\\] len=20 \"Hello, through proxy\".*"), all);
        assertTrue(all.contains("Binary"), all);
        assertTrue(all.contains("Close"), all);
    }

    @Test
    void theEndOfAConnectionIsSaidInTheChosenLanguage() throws Exception {
        URI via = proxy("--listen", "0", "--to", target("/"), "--lang", "ru");
        converse(via);
        String line;
        while (!(line = out.next()).startsWith("# соединение 1 закончилось")) {
            assertTrue(line.indexOf("Phrase[") < 0, line);
        }
        // it printed "…: Phrase[key=net.conn.reason, args=[the server closed the connection]]"
        assertTrue(line.matches("# соединение 1 закончилось, сообщений: 8: (сервер|клиент) завершил соединение"), line);
    }

    @Test
    void withJsonEachMessageIsAnObjectNamingItsConnection() throws Exception {
        URI via = proxy("--listen", "0", "--to", target("/"), "--json", "--lang", "ru");
        converse(via);
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> messages = new ArrayList<>();
        while (messages.size() < 8) { // two handshakes, text and binary both ways, the two closes
            messages.add(mapper.readTree(out.next()));
        }
        for (JsonNode m : messages) {
            assertEquals(1, m.get("conn").asInt(), m.toString());
        }
        assertEquals("handshake-request", messages.get(0).get("kind").asText());
        assertTrue(messages.stream().anyMatch(m -> m.path("text").asText().equals("Hello, through proxy")
                && m.get("dir").asText().equals("s2c")), messages::toString);
        assertTrue(err.next().startsWith("примечание: соединение 1 с 127.0.0.1:"), "notes on stderr, in --lang");
    }

    @Test
    void refusesATargetThatIsNoWebSocketUrlWithExit2AndOneLine() {
        CommandLine cmd = new CommandLine(new ProxyCommand());
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        assertEquals(2, cmd.execute("--listen", "0", "--to", "http://example.org/"));
        assertEquals(1, err.lines.size(), err.lines::toString);
        assertTrue(err.lines.peek().startsWith("proxy: --to must be a ws:// or wss:// URL"), err.lines::toString);
        err.lines.clear();
        assertEquals(2, cmd.execute("--listen", "0", "--to", "http://example.org/", "--lang", "ru"));
        assertEquals("proxy: --to — адрес ws:// или wss://, например ws://127.0.0.1:8080/chat, а не http://example.org/",
                err.lines.peek(), "in --lang's language");
    }

    private String target(String path) {
        return "ws://127.0.0.1:" + echoPort + path;
    }

    private URI proxy(String... args) throws Exception {
        CommandLine cmd = new CommandLine(new ProxyCommand());
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        proxying = new Thread(() -> cmd.execute(args), "proxy-under-test");
        proxying.setDaemon(true);
        proxying.start();
        Matcher m = LISTENING.matcher(err.next());
        assertTrue(m.matches());
        return URI.create("ws://127.0.0.1:" + m.group(1) + args[3].replaceFirst("ws://[^/]+", ""));
    }

    /** Text and binary, each echoed, then the closing handshake, by the JDK's client. */
    private static void converse(URI via) throws Exception {
        LinkedBlockingQueue<Object> got = new LinkedBlockingQueue<>();
        CompletableFuture<Integer> closed = new CompletableFuture<>();
        WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(via, new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                got.add(data.toString());
                w.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onBinary(WebSocket w, ByteBuffer data, boolean last) {
                got.add(data.remaining());
                w.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket w, int code, String reason) {
                closed.complete(code);
                return null;
            }
        }).get(10, TimeUnit.SECONDS);
        ws.sendText("Hello, through proxy", true).get(10, TimeUnit.SECONDS);
        assertEquals("Hello, through proxy", got.poll(10, TimeUnit.SECONDS));
        ws.sendBinary(ByteBuffer.wrap(new byte[] {1, 2, 3}), true).get(10, TimeUnit.SECONDS);
        assertEquals(3, got.poll(10, TimeUnit.SECONDS));
        ws.sendClose(1000, "done").get(10, TimeUnit.SECONDS);
        assertEquals(1000, closed.get(10, TimeUnit.SECONDS));
    }

    private List<String> linesUntil(String prefix) throws InterruptedException {
        List<String> lines = new ArrayList<>();
        String line;
        while (!(line = out.next()).startsWith(prefix)) {
            lines.add(line);
        }
        return lines;
    }
}
