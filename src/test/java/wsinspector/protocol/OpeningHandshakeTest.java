package wsinspector.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static wsinspector.protocol.HandshakeTexts.RFC_REQUEST;
import static wsinspector.protocol.HandshakeTexts.RFC_RESPONSE;
import static wsinspector.protocol.HandshakeTexts.head;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpeningHandshakeTest {

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private static HandshakeRequestSpec rfcSpec() {
        return HandshakeRequestSpec.forUrl(URI.create("ws://server.example.com/chat"))
                .withKey("dGhlIHNhbXBsZSBub25jZQ==")
                .withOrigin("http://example.com")
                .withSubprotocols(List.of("chat", "superchat"));
    }

    @Test
    void requestBytesInTheCourseNotesFieldOrder() {
        String expected = "GET /chat HTTP/1.1\r\n"
                + "Host: server.example.com\r\n"
                + "Origin: http://example.com\r\n"
                + "Connection: Upgrade\r\n"
                + "Upgrade: websocket\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                + "Sec-WebSocket-Version: 13\r\n"
                + "Sec-WebSocket-Protocol: chat, superchat\r\n"
                + "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n"
                + "User-Agent: wsinspector\r\n"
                + "\r\n";
        HandshakeRequestSpec spec = rfcSpec()
                .withExtensions(List.of("permessage-deflate; client_max_window_bits"))
                .withExtraHeader("User-Agent", "wsinspector");
        assertEquals(expected, text(OpeningHandshake.buildRequest(spec)));
    }

    @Test
    void responseBytesAreThoseOfRfc6455Section1_2() {
        assertEquals(RFC_RESPONSE, text(OpeningHandshake.buildResponse("dGhlIHNhbXBsZSBub25jZQ==", "chat", null)));
    }

    @Test
    void responseWithExtensions() {
        String expected = "HTTP/1.1 101 Switching Protocols\r\n"
                + "Upgrade: websocket\r\n"
                + "Connection: Upgrade\r\n"
                + "Sec-WebSocket-Accept: hsBlbuDTkk24srzEOTBUlZAlC2g=\r\n"
                + "Sec-WebSocket-Extensions: permessage-deflate\r\n"
                + "\r\n";
        assertEquals(expected, text(OpeningHandshake.buildResponse("Iv8io/9s+lYFgZWcXczP8Q==", null, "permessage-deflate")));
    }

    @Test
    void upgradeRequiredNamesVersion13() {
        HttpHead h = head(text(OpeningHandshake.buildUpgradeRequired()));
        assertEquals(426, h.statusCode());
        assertEquals(Optional.of("13"), h.first("Sec-WebSocket-Version"));
    }

    @Test
    void badRequestCarriesTheReasonAsItsBody() {
        String all = text(OpeningHandshake.buildBadRequest("no Sec-WebSocket-Key"));
        HttpHead h = head(all);
        assertEquals(400, h.statusCode());
        assertEquals("no Sec-WebSocket-Key\n", all.substring(h.length()));
        assertEquals(Optional.of("21"), h.first("Content-Length"));
    }

    @Test
    void builtRequestParsesAndValidatesClean() {
        HttpHead h = head(text(OpeningHandshake.buildRequest(rfcSpec())));
        assertEquals(List.of(), OpeningHandshake.validateRequest(h, 0));
        assertEquals(HandshakeKind.RFC6455, HandshakeKind.ofRequest(h));
    }

    @Test
    void builtRequestWithoutOriginGetsOnlyTheInfo() {
        HandshakeRequestSpec spec = HandshakeRequestSpec.forUrl(URI.create("ws://127.0.0.1:9001/"), new Random(1));
        List<Problem> problems = OpeningHandshake.validateRequest(head(text(OpeningHandshake.buildRequest(spec))), 0);
        assertEquals(List.of(HandshakeRule.ORIGIN_MISSING), problems.stream().map(Problem::rule).toList());
    }

    @Test
    void negotiatedResponseValidatesCleanAgainstItsRequest() {
        HandshakeRequestSpec spec = rfcSpec().withExtensions(List.of("permessage-deflate; client_max_window_bits"));
        HttpHead request = head(text(OpeningHandshake.buildRequest(spec)));
        String chosen = SubprotocolNegotiation.choose(request.tokens("Sec-WebSocket-Protocol"), List.of("superchat")).orElseThrow();
        byte[] response = OpeningHandshake.buildResponse(request.first("Sec-WebSocket-Key").orElseThrow(), chosen,
                "permessage-deflate; server_max_window_bits=10");
        assertEquals(List.of(), OpeningHandshake.validateResponse(head(text(response)), 0, request));
    }

    @Test
    void rfcRequestRoundTripsThroughItsSpec() {
        HttpHead h = head(RFC_REQUEST);
        HandshakeRequestSpec spec = HandshakeRequestSpec.forUrl(URI.create("ws://" + h.first("Host").orElseThrow() + h.target()))
                .withKey(h.first("Sec-WebSocket-Key").orElseThrow())
                .withOrigin(h.first("Origin").orElseThrow())
                .withSubprotocols(h.tokens("Sec-WebSocket-Protocol"));
        HttpHead rebuilt = head(text(OpeningHandshake.buildRequest(spec)));
        assertEquals(h.startLine(), rebuilt.startLine());
        assertEquals(h.length(), rebuilt.length());
        for (HeaderLine line : h.headers()) {
            assertEquals(Optional.of(line.value()), rebuilt.first(line.name()), line.name());
        }
    }

    @ParameterizedTest
    @CsvSource({
        "ws://example.com,                 example.com,         /",
        "ws://example.com:80/a,            example.com,         /a",
        "ws://127.0.0.1:8080/chat?room=1,  127.0.0.1:8080,      /chat?room=1",
        "wss://example.com:443/x,          example.com,         /x",
        "wss://example.com:80/x,           example.com:80,      /x",
        "ws://[::1]:9000/,                 [::1]:9000,          /",
    })
    void forUrlDerivesHostAndPath(String uri, String host, String path) {
        HandshakeRequestSpec spec = HandshakeRequestSpec.forUrl(URI.create(uri), new Random(7));
        assertEquals(host, spec.host());
        assertEquals(path, spec.path());
        assertEquals(13, spec.version());
        assertEquals(SecWebSocketAccept.randomKey(new Random(7)), spec.key());
    }

    @Test
    void forUrlRefusesOtherSchemes() {
        assertThrows(IllegalArgumentException.class, () -> HandshakeRequestSpec.forUrl(URI.create("ftp://example.com/")));
    }

    @Test
    void malformedHeadBecomesAProblemAtItsByte() {
        Phrase noColon = Phrase.of("detail.head-malformed.noColon", "Host a");
        Problem p = OpeningHandshake.problemOf(new HttpHeadParser.ParseResult.Malformed(noColon, 16), 100);
        assertEquals(new Problem(HandshakeRule.HEAD_MALFORMED, 116, null, noColon), p);
    }
}
