package wsinspector.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import wsinspector.protocol.FrameSpec;
import wsinspector.protocol.Opcode;

/** The echo server's plain HTTP side: the student page in both languages, its ping request, 404 and 405. */
@Timeout(30)
class StudentPageTest {
    private WireTap tap;
    private TapRecording recording;
    private EchoServer server;
    private InetSocketAddress at;

    @BeforeEach
    void start() throws IOException {
        tap = new WireTap(10_000);
        recording = new TapRecording();
        tap.addListener(recording);
        server = new EchoServer(EchoServerOptions.defaults(), tap);
        at = server.start();
    }

    @AfterEach
    void stop() {
        server.close();
        tap.close();
    }

    @Test
    void servesThePageInEnglishByDefaultAndInRussianToARussianBrowser() throws Exception {
        String english = get("/", "Accept-Language: de-DE,de;q=0.9");
        assertTrue(english.startsWith("HTTP/1.1 200 OK\r\n"), english);
        assertTrue(english.contains("Content-Type: text/html; charset=utf-8\r\n"), english);
        assertTrue(english.contains("<html lang=\"en\">"), english);
        assertTrue(english.contains("Ask the server to ping me"), english);

        String russian = get("/", "Accept-Language: ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7");
        assertTrue(russian.contains("Content-Language: ru\r\n"), russian);
        assertTrue(russian.contains("<html lang=\"ru\">"), russian);
        assertTrue(russian.contains("Попросить сервер прислать мне пинг"), russian);
        assertFalse(russian.contains("${"), "every slot of the template is filled");

        assertTrue(get("/?lang=ru", "Accept-Language: en").contains("<html lang=\"ru\">"), "?lang= outranks the browser");
        assertTrue(get("/", "Accept-Language: ru;q=0.3, en;q=0.8").contains("<html lang=\"en\">"), "by q value");
    }

    @Test
    void thePageLoadsNothingFromAnywhere() throws Exception {
        String page = get("/", "Accept-Language: en");
        assertFalse(Pattern.compile("(src|href)=\"(?!data:)").matcher(page).find(), "no external resource: " + page);
        assertTrue(page.contains("Content-Security-Policy: default-src 'none'"), page);
        int length = Integer.parseInt(page.replaceAll("(?s).*Content-Length: (\\d+)\r\n.*", "$1"));
        assertEquals(length, page.substring(page.indexOf("\r\n\r\n") + 4).getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void otherPathsAre404AndOtherMethods405() throws Exception {
        String missing = get("/favicon.ico", "Accept-Language: ru");
        assertTrue(missing.startsWith("HTTP/1.1 404 Not Found\r\n"), missing);
        assertTrue(missing.contains("Здесь ничего нет: /favicon.ico"), missing);
        String post = exchange("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n");
        assertTrue(post.startsWith("HTTP/1.1 405 Method Not Allowed\r\n"), post);
        assertTrue(post.contains("Allow: GET\r\n"), post);
        String getPing = get("/ping?student=x", "Accept-Language: en");
        assertTrue(getPing.startsWith("HTTP/1.1 405 "), getPing);
        assertTrue(getPing.contains("Allow: POST\r\n"), getPing);
    }

    @Test
    void aPingRequestPingsThatPagesConnectionWhichAnswersWithAPong() throws Exception {
        try (RawWs page = openAs("/?student=ab12")) {
            String asked = exchange("POST /ping?student=ab12 HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n");
            assertTrue(asked.startsWith("HTTP/1.1 204 No Content\r\n"), asked);
            RawWs.Frame ping = page.readFrame();
            assertEquals(Opcode.PING.code(), ping.header().opcode());
            assertArrayEquals(PeerWords.ENGLISH.askedByThePage(), ping.payload());
            page.sendMasked(FrameSpec.pong(ping.payload())); // what a browser does by itself
            page.sendMasked(FrameSpec.close(1000, ""));
            assertEquals(1000, page.readUntilClose().closeCode());

            String unknown = exchange("POST /ping?student=nobody HTTP/1.1\r\nHost: x\r\n\r\n");
            assertTrue(unknown.startsWith("HTTP/1.1 404 "), unknown);
        }
    }

    @Test
    void theAskedForPingSaysWhoseIdeaItWasInTheLecturersLanguage() throws Exception {
        server.setPeerLanguage(java.util.Locale.forLanguageTag("ru")); // the Russian window's timeline shows it
        try (RawWs page = openAs("/?student=cd34")) {
            exchange("POST /ping?student=cd34 HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n");
            RawWs.Frame ping = page.readFrame();
            assertEquals(Opcode.PING.code(), ping.header().opcode());
            assertEquals("по просьбе страницы", new String(ping.payload(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void pageRequestsAreNotRecordedButWebSocketConnectionsAre() throws Exception {
        get("/", "Accept-Language: en");
        try (RawWs ws = openAs("/?student=cd34")) {
            ws.sendMasked(FrameSpec.close(1000, ""));
            ws.readUntilClose();
        }
        TapEvent.Closed closed = recording.awaitClosed(Source.SERVER, 1);
        assertEquals(1, recording.events().stream().filter(e -> e instanceof TapEvent.Opened).count(),
                "only the WebSocket connection: " + recording.events());
        String request = new String(recording.bytes(Source.SERVER, closed.connection(), wsinspector.dissect.Direction.CLIENT_TO_SERVER),
                StandardCharsets.ISO_8859_1);
        assertTrue(request.startsWith("GET /?student=cd34 HTTP/1.1"), request);
    }

    @Test
    void knowsTheBrowserOfAConnection() throws Exception {
        try (RawWs ws = openAs("/", "User-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                + "Chrome/120.0.0.0 Safari/537.36")) {
            ConnectionInfo info = server.connections().get(0);
            assertEquals(new BrowserName("Chrome", "120", "Linux"), info.browser().orElseThrow());
            ws.sendMasked(FrameSpec.close(1000, ""));
            ws.readUntilClose();
        }
    }

    private RawWs openAs(String target, String... headers) throws IOException {
        RawWs ws = new RawWs(at);
        StringBuilder request = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n");
        for (String h : headers) {
            request.append(h).append("\r\n");
        }
        ws.send(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        String head = ws.readHead();
        assertTrue(head.startsWith("HTTP/1.1 101"), head);
        return ws;
    }

    private String get(String target, String header) throws IOException {
        return exchange("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + header + "\r\n\r\n");
    }

    private String exchange(String request) throws IOException {
        try (RawWs raw = new RawWs(at)) {
            raw.send(request.getBytes(StandardCharsets.UTF_8));
            raw.readToEnd();
            return new String(raw.received.toByteArray(), StandardCharsets.UTF_8);
        }
    }
}
