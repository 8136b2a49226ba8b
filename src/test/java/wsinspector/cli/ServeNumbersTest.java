package wsinspector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code serve --lang ru} numbers its connections without gaps (W7-8): a refused handshake is a connection and is
 * told with its number, and a page load (the student page, plain HTTP) is not one and spends none. Before, a lecturer
 * read «№1 открыто», «отказ … 400 …», «№3 открыто».
 */
@Timeout(30)
class ServeNumbersTest {
    private static final Pattern LISTENING = Pattern.compile("слушаю ws://127\\.0\\.0\\.1:(\\d+)/.*");
    private final ServeRun run = new ServeRun();

    @AfterEach
    void stop() throws InterruptedException {
        run.stop();
    }

    @Test
    void aRefusalHasItsNumberAndAPageLoadSpendsNone() throws Exception {
        run.start("--lang", "ru", "--handshake-timeout", "5");
        String first = run.out.next();
        Matcher m = LISTENING.matcher(first);
        assertTrue(m.matches(), first);
        int port = Integer.parseInt(m.group(1));
        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create("ws://127.0.0.1:" + port + "/chat");
        WebSocket one = http.newWebSocketBuilder().buildAsync(uri, new WebSocket.Listener() { }).get(10, TimeUnit.SECONDS);
        assertTrue(next().matches("№1 открыто 127\\.0\\.0\\.1:\\d+ RFC 6455 /chat.*"));

        String page = exchange(port, "GET / HTTP/1.1\r\nHost: x\r\nAccept-Language: ru\r\n\r\n");
        assertTrue(page.startsWith("HTTP/1.1 200 "), page);
        String refusal = exchange(port, "GET /chat HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: short\r\n\r\n");
        assertTrue(refusal.startsWith("HTTP/1.1 400 "), refusal);
        String refused = next();
        assertTrue(refused.matches("№2 отказ 127\\.0\\.0\\.1:\\d+ 400 .+"), refused);

        WebSocket three = http.newWebSocketBuilder().buildAsync(uri, new WebSocket.Listener() { }).get(10, TimeUnit.SECONDS);
        String opened = next();
        assertTrue(opened.matches("№3 открыто 127\\.0\\.0\\.1:\\d+ RFC 6455 /chat.*"), opened);
        one.abort();
        three.abort();
    }

    /** The next line that is not a student address (their count depends on the machine). */
    private String next() throws InterruptedException {
        String line = run.out.next();
        while (line.startsWith("студенты открывают")) {
            line = run.out.next();
        }
        return line;
    }

    /** Sends {@code request} on a socket of its own; the whole answer, up to the server's closing. */
    private static String exchange(int port, String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theEnglishLogNumbersTheRefusalToo() throws Exception {
        run.start("--handshake-timeout", "5");
        Matcher m = Pattern.compile("listening on ws://127\\.0\\.0\\.1:(\\d+)/").matcher(run.out.next());
        assertTrue(m.matches());
        String refusal = exchange(Integer.parseInt(m.group(1)), "GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Version: 8\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n");
        assertTrue(refusal.startsWith("HTTP/1.1 426 "), refusal);
        String refused = run.out.next();
        assertEquals("#1 refused", refused.substring(0, "#1 refused".length()), refused);
    }
}
