package wsinspector.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import wsinspector.explain.EnglishWords;
import wsinspector.explain.Explanations;
import wsinspector.protocol.Phrase;

/** The echo server tells its listeners why a connection was refused as data (a phrase), not as an English sentence. */
@Timeout(30)
class ConnectionWordsTest {
    private static final Duration HANDSHAKE_TIMEOUT = Duration.ofMillis(300);
    private final BlockingQueue<Phrase> refusals = new LinkedBlockingQueue<>();
    private EchoServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private InetSocketAddress start() throws Exception {
        server = new EchoServer(EchoServerOptions.defaults().withHandshakeTimeout(HANDSHAKE_TIMEOUT), null);
        server.addConnectionListener(new ConnectionListener() {
            @Override
            public void refused(String peer, int status, Phrase reason) {
                refusals.add(reason);
            }
        });
        return server.start();
    }

    @Test
    void aSilentClientIsRefusedWithAPhraseSaidInEitherLanguage() throws Exception {
        InetSocketAddress at = start();
        try (Socket silent = new Socket(at.getAddress(), at.getPort())) {
            Phrase why = refusals.poll(10, TimeUnit.SECONDS);
            assertNotNull(why, "the silent client was not refused");
            assertEquals(Phrase.of("net.conn.no-handshake", Phrase.of("net.duration.ms", 300L)), why);
            assertEquals("no opening handshake within 300 ms", Explanations.forLanguage("en").phrase(why));
            String russian = Explanations.forLanguage("ru").phrase(why);
            assertEquals(List.of(), EnglishWords.phrases(russian), russian);
        }
    }

    @Test
    void aClientThatLeavesBeforeItsHandshakeIsRefusedWithAPhrase() throws Exception {
        InetSocketAddress at = start();
        new Socket(at.getAddress(), at.getPort()).close();
        Phrase why = refusals.poll(10, TimeUnit.SECONDS);
        assertEquals(Phrase.of("net.conn.closed-before-handshake"), why);
    }
}
