package wsinspector.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import wsinspector.protocol.Phrase;

/**
 * The echo server numbers its connections 1, 2, 3… without gaps (W7-8), the same in the wire tap (the window's
 * conversations, «Сервер №2») and for its listeners (the window's list of connections, {@code serve}'s log): a
 * refused handshake is a connection with its number; a page load is not recorded and spends no number. Before, the
 * student page took one, and the next WebSocket connection was №3 after №1.
 */
@Timeout(30)
class ServerNumbersTest {
    private WireTap tap;
    private TapRecording recording;
    private EchoServer server;
    private InetSocketAddress at;
    private final List<String> told = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() throws Exception {
        tap = new WireTap(10_000);
        recording = new TapRecording();
        tap.addListener(recording);
        server = new EchoServer(EchoServerOptions.defaults(), tap);
        server.addConnectionListener(new ConnectionListener() {
            @Override
            public void opened(ConnectionInfo connection) {
                told.add("opened " + connection.id());
            }

            @Override
            public void refused(long connection, String peer, int status, Phrase reason) {
                told.add("refused " + connection + " " + status);
            }
        });
        at = server.start();
    }

    @AfterEach
    void stop() {
        server.close();
        tap.close();
    }

    @Test
    void aPageLoadSpendsNoNumberAndARefusalHasOne() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create("ws://127.0.0.1:" + at.getPort() + "/chat");
        WebSocket one = http.newWebSocketBuilder().buildAsync(uri, new WebSocket.Listener() { }).get(10, TimeUnit.SECONDS);
        String page = exchange("GET / HTTP/1.1\r\nHost: x\r\nAccept-Language: ru\r\n\r\n");
        assertTrue(page.startsWith("HTTP/1.1 200 "), page);
        String refusal = exchange("GET /chat HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: short\r\n\r\n");
        assertTrue(refusal.startsWith("HTTP/1.1 400 "), refusal);
        WebSocket three = http.newWebSocketBuilder().buildAsync(uri, new WebSocket.Listener() { }).get(10, TimeUnit.SECONDS);
        three.abort();
        recording.awaitClosed(Source.SERVER, 2);   // the refused connection's and the third's
        one.abort();
        recording.awaitClosed(Source.SERVER, 3);

        List<Long> opened = recording.events().stream().filter(e -> e instanceof TapEvent.Opened)
                .map(e -> ((TapEvent.Opened) e).connection()).sorted().toList();
        assertEquals(List.of(1L, 2L, 3L), opened, "the conversations the window lists");
        // in any order: a listener may hear of the first one's opening after its client already has its answer
        assertEquals(List.of("opened 1", "opened 3", "refused 2 400"), told.stream().sorted().toList());
    }

    private String exchange(String request) throws Exception {
        try (RawWs ws = new RawWs(at)) {
            ws.send(request.getBytes(StandardCharsets.ISO_8859_1));
            return ws.readToEnd();
        }
    }
}
