package wsinspector.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import wsinspector.explain.EnglishWords;
import wsinspector.explain.Explanations;
import wsinspector.protocol.FrameSpec;

/**
 * What the echo server tells its peers, in the language of whoever runs it (O12): the window's client quoted "idle for
 * 600 s" while the server pane said "бездействие дольше 600 с" of the same end, and a refused Origin (the notes'
 * lesson on Origin) came back as "Origin … is not allowed here". Every close reason fits a close frame.
 */
@Timeout(30)
class PeerLanguageTest {
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

    /** 1001 with why (RFC 6455 §7.4.1): English until told otherwise, then the language switched while it runs. */
    @ParameterizedTest
    @CsvSource({"'', idle for 300 ms", "ru, бездействие дольше 300 мс"})
    void anIdleConnectionIsToldWhyInTheServersLanguage(String language, String reason) throws Exception {
        InetSocketAddress at = start(EchoServerOptions.defaults().withIdleTimeout(Duration.ofMillis(300)));
        if (!language.isEmpty()) {
            server.setPeerLanguage(Locale.forLanguageTag(language)); // as Ctrl+L does in the window
        }
        try (RawWs ws = RawWs.open(at)) {
            RawWs.Frame close = ws.readFrame();
            assertEquals(1001, close.closeCode());
            assertEquals(reason, close.closeReason());
        }
    }

    @Test
    void aBrokenRuleIsNamedInRussianWithinACloseFrame() throws Exception {
        InetSocketAddress at = start(EchoServerOptions.defaults());
        server.setPeerLanguage(RUSSIAN);
        try (RawWs ws = RawWs.open(at)) {
            ws.send(FrameSpec.text("unmasked")); // a client frame without MASK (RFC 6455 §5.1)
            RawWs.Frame close = ws.readUntilClose();
            assertEquals(1002, close.closeCode());
            String reason = close.closeReason();
            assertTrue(reason.startsWith("RFC 6455 §5.1: бит маски"), reason); // the section, no English rule id
            assertEquals(List.of(), EnglishWords.phrases(reason.replace("RFC 6455 §5.1", "")), reason);
            assertTrue(reason.getBytes(StandardCharsets.UTF_8).length <= ProtocolFailure.MAX_REASON_BYTES, reason);
        }
    }

    @Test
    void shuttingDownIsSaidInRussian() throws Exception {
        InetSocketAddress at = start(EchoServerOptions.defaults());
        server.setPeerLanguage(RUSSIAN);
        try (RawWs ws = RawWs.open(at)) {
            server.close();
            RawWs.Frame close = ws.readFrame();
            assertEquals(1001, close.closeCode());
            assertEquals("сервер останавливается", close.closeReason());
        }
    }

    @Test
    void aRefusedOriginIsToldWhyInRussian() throws Exception {
        InetSocketAddress at = start(EchoServerOptions.defaults().withAllowedOrigins(List.of("https://mai.ru")));
        server.setPeerLanguage(RUSSIAN);
        try (RawWs ws = new RawWs(at)) {
            ws.send(("GET /chat HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: https://evil.example\r\nUpgrade: websocket\r\n"
                    + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            String answer = ws.readToEnd();
            assertTrue(answer.startsWith("HTTP/1.1 403 Forbidden\r\n"), answer);
            assertTrue(answer.endsWith("\r\n\r\nOrigin https://evil.example здесь не разрешён\n"), answer);
        }
    }

    @Test
    void aBrokenRequestIsNamedInRussian() throws Exception {
        InetSocketAddress at = start(EchoServerOptions.defaults());
        server.setPeerLanguage(RUSSIAN);
        try (RawWs ws = new RawWs(at)) {
            ws.send(("GET /chat HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: tooshort\r\nSec-WebSocket-Version: 13\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            String answer = ws.readToEnd();
            assertTrue(answer.startsWith("HTTP/1.1 400 Bad Request\r\n"), answer);
            String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
            assertTrue(body.matches("(?s).*[а-я].*"), body);
            assertFalse(body.matches("(?s).*[a-z]+-[a-z-]+ \\(RFC.*"), body); // no English rule id before a section
            String words = body.replaceAll("RFC \\d+ §[\\d.]+", "").replace("tooshort", ""); // sections, the key
            assertEquals(List.of(), EnglishWords.phrases(words), body);
        }
    }

    @Test
    void everyRussianReasonFitsACloseFrame() {
        String longest = PeerWords.in(RUSSIAN).closeReason(ConnectionWords.notReading(Long.MAX_VALUE, Duration.ofSeconds(30)));
        assertTrue(longest.getBytes(StandardCharsets.UTF_8).length <= ProtocolFailure.MAX_REASON_BYTES, longest);
        assertTrue(longest.startsWith("клиент не читал"), longest);
    }

    @Test
    void anyOtherLanguageIsEnglish() {
        assertEquals("idle for 2 s", PeerWords.in(Locale.GERMAN).closeReason(ConnectionWords.idle(Duration.ofSeconds(2))));
    }
}
