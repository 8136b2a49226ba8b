package wsinspector.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import wsinspector.explain.EnglishWords;
import wsinspector.explain.Explanations;
import wsinspector.protocol.FrameSpec;

/**
 * The echo server's close reasons in the language of whoever runs it (O12): the window's client quoted "idle for
 * 600 s" while the server pane said "бездействие дольше 600 с" of the same end. Every reason fits a close frame.
 */
@Timeout(30)
class CloseLanguageTest {
    private static final Locale RUSSIAN = Explanations.RUSSIAN;
    private EchoServer server;

    private InetSocketAddress start(EchoServerOptions options) throws Exception {
        server = new EchoServer(options, null);
        return server.start();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void anIdleConnectionIsToldWhyInRussian() throws Exception {
        InetSocketAddress at = start(EchoServerOptions.defaults().withIdleTimeout(Duration.ofMillis(300)));
        server.setCloseLanguage(RUSSIAN); // switched while it runs, as Ctrl+L does in the window
        try (RawWs ws = RawWs.open(at)) {
            RawWs.Frame close = ws.readFrame();
            assertEquals(1001, close.closeCode());
            assertEquals("бездействие дольше 300 мс", close.closeReason());
        }
    }

    @Test
    void aBrokenRuleIsNamedInRussianWithinACloseFrame() throws Exception {
        InetSocketAddress at = start(EchoServerOptions.defaults());
        server.setCloseLanguage(RUSSIAN);
        try (RawWs ws = RawWs.open(at)) {
            ws.send(FrameSpec.text("unmasked")); // a client frame without MASK (RFC 6455 §5.1)
            RawWs.Frame close = ws.readUntilClose();
            assertEquals(1002, close.closeCode());
            String reason = close.closeReason();
            assertTrue(reason.matches(".*[а-я].*"), reason);
            assertEquals(List.of(), EnglishWords.phrases(reason.replaceAll("^[\\w.-]+ \\([^)]*\\)", "")), reason);
            assertTrue(reason.getBytes(StandardCharsets.UTF_8).length <= ProtocolFailure.MAX_REASON_BYTES, reason);
        }
    }

    @Test
    void shuttingDownIsSaidInRussian() throws Exception {
        InetSocketAddress at = start(EchoServerOptions.defaults());
        server.setCloseLanguage(RUSSIAN);
        try (RawWs ws = RawWs.open(at)) {
            server.close();
            RawWs.Frame close = ws.readFrame();
            assertEquals(1001, close.closeCode());
            assertEquals("сервер останавливается", close.closeReason());
        }
    }

    @Test
    void everyRussianReasonFitsACloseFrame() {
        String longest = CloseWords.in(RUSSIAN).of(ConnectionWords.notReading(Long.MAX_VALUE, Duration.ofSeconds(30)));
        assertTrue(longest.getBytes(StandardCharsets.UTF_8).length <= ProtocolFailure.MAX_REASON_BYTES, longest);
        assertTrue(longest.startsWith("клиент не читал"), longest);
    }

    @Test
    void anyOtherLanguageIsEnglish() {
        assertEquals("idle for 2 s", CloseWords.in(Locale.GERMAN).of(ConnectionWords.idle(Duration.ofSeconds(2))));
    }
}
