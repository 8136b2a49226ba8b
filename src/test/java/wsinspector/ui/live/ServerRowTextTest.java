package wsinspector.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import wsinspector.explain.EnglishWords;
import wsinspector.net.ConnectionListener;
import wsinspector.net.EchoServer;
import wsinspector.net.EchoServerOptions;
import wsinspector.protocol.Phrase;
import wsinspector.ui.I18n;

/** The server pane's row for a refused connection, said in Russian from what the real echo server reported. */
@Timeout(30)
class ServerRowTextTest {
    private final BlockingQueue<ServerConnectionRow> refused = new LinkedBlockingQueue<>();
    private EchoServer server;
    private InetSocketAddress at;

    @BeforeEach
    void start() throws Exception {
        server = new EchoServer(EchoServerOptions.defaults().withHandshakeTimeout(Duration.ofMillis(300)), null);
        server.addConnectionListener(new ConnectionListener() {
            @Override
            public void refused(long connection, String peer, int status, Phrase reason) {
                refused.add(new ServerConnectionRow(connection, peer, "", "", ServerConnectionRow.Status.REFUSED,
                        status, reason));
            }
        });
        at = server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aSilentClientsRefusalReadsInRussian() throws Exception {
        try (Socket silent = new Socket(at.getAddress(), at.getPort())) {
            String text = ServerPane.stateText(new I18n(I18n.RUSSIAN), next());
            assertEquals("отказ — открывающее рукопожатие не пришло за 300 мс", text);
            assertEquals(List.of(), EnglishWords.phrases(text), text);
        }
    }

    @Test
    void aHandshakeBreakingARuleIsRefusedInRussianWithTheRuleNamed() throws Exception {
        try (Socket s = new Socket(at.getAddress(), at.getPort())) {
            OutputStream out = s.getOutputStream();
            out.write(("POST /chat HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String text = ServerPane.stateText(new I18n(I18n.RUSSIAN), next());
            assertTrue(text.startsWith("отказ · HTTP 400 — ") && text.contains("GET"), text);
            // POST is the client's own word from the wire, shown as it came; everything else is Russian
            assertTrue(text.contains(" Здесь: метод POST. "), text);
            String words = text.replace("POST", "");
            assertEquals(List.of(), EnglishWords.phrases(words), text);
        }
    }

    @Test
    void theSameRowReadsInEnglishInTheEnglishWindow() throws Exception {
        try (Socket silent = new Socket(at.getAddress(), at.getPort())) {
            String text = ServerPane.stateText(new I18n(I18n.ENGLISH), next());
            assertTrue(text.endsWith(" — no opening handshake within 300 ms"), text);
        }
    }

    private ServerConnectionRow next() throws InterruptedException {
        ServerConnectionRow row = refused.poll(10, TimeUnit.SECONDS);
        assertNotNull(row, "no refusal reported");
        return row;
    }
}
