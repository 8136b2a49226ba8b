package wsinspector.protocol;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wsinspector.protocol.HandshakeTexts.RFC_REQUEST;
import static wsinspector.protocol.HandshakeTexts.RFC_RESPONSE;
import static wsinspector.protocol.HandshakeTexts.bytes;
import static wsinspector.protocol.HandshakeTexts.head;
import static wsinspector.protocol.HandshakeTexts.parse;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import wsinspector.protocol.HttpHeadParser.ParseResult;

class HttpHeadParserTest {

    @Test
    void rfcRequestStartLine() {
        HttpHead h = head(RFC_REQUEST);
        assertTrue(h.isRequest());
        assertEquals("GET /chat HTTP/1.1", h.startLine());
        assertEquals(18, h.startLineLength());
        assertEquals("GET", h.method());
        assertEquals("/chat", h.target());
        assertEquals("HTTP/1.1", h.httpVersion());
        assertEquals(-1, h.statusCode());
        assertEquals(RFC_REQUEST.length(), h.length());
        assertFalse(h.bareLf());
    }

    @Test
    void rfcRequestHeaderLinesKeepTheirOffsets() {
        HttpHead h = head(RFC_REQUEST);
        assertEquals(7, h.headers().size());
        // "Host: server.example.com" starts after "GET /chat HTTP/1.1\r\n" (20 bytes); its value after "Host: ".
        assertEquals(new HeaderLine("Host", "server.example.com", 20, 24, 26), h.headers().get(0));
        HeaderLine key = h.headers().get(3);
        assertEquals(RFC_REQUEST.indexOf("Sec-WebSocket-Key"), key.offset());
        assertEquals(RFC_REQUEST.indexOf("dGhl"), key.valueOffset());
    }

    @Test
    void headerNamesAreCaseInsensitive() {
        HttpHead h = head(RFC_REQUEST);
        assertEquals(Optional.of("server.example.com"), h.first("HOST"));
        assertEquals(Optional.empty(), h.first("Cookie"));
    }

    @Test
    void tokensSplitCommaListsAcrossRepeatedLines() {
        HttpHead h = head("GET / HTTP/1.1\r\nConnection: keep-alive ,Upgrade\r\nconnection: ,  close\r\n\r\n");
        assertEquals(List.of("keep-alive ,Upgrade", ",  close"), h.all("Connection"));
        assertEquals(List.of("keep-alive", "Upgrade", "close"), h.tokens("Connection"));
    }

    @Test
    void rfcResponseStatusLine() {
        HttpHead h = head(RFC_RESPONSE);
        assertFalse(h.isRequest());
        assertEquals(101, h.statusCode());
        assertEquals("Switching Protocols", h.reason());
        assertEquals("HTTP/1.1", h.httpVersion());
        assertEquals("", h.method());
    }

    @Test
    void valueIsTrimmedAndMayBeEmpty() {
        HttpHead h = head("HTTP/1.1 101 \r\nX-Empty:\r\nX-Pad: \t a b \t\r\n\r\n");
        assertEquals("", h.reason());
        assertEquals(new HeaderLine("X-Empty", "", 15, 8, 23), h.headers().get(0));
        assertEquals("a b", h.headers().get(1).value());
        assertEquals(15 + 10 + 9, h.headers().get(1).valueOffset());
    }

    @Test
    void incompleteAtEverySplitUntilTheBlankLine() {
        byte[] b = bytes(RFC_REQUEST);
        for (int n = 0; n < b.length; n++) {
            assertInstanceOf(ParseResult.Incomplete.class, HttpHeadParser.parse(b, 0, n), "prefix of " + n + " bytes");
        }
        assertEquals(new ParseResult.Complete(head(RFC_REQUEST)), HttpHeadParser.parse(b, 0, b.length));
    }

    @Test
    void bytesAfterTheHeadAreLeftAlone() {
        // A server may send its first frame in the same packet: 81 05 48 65 6c 6c 6f // Hello
        byte[] head = bytes(RFC_RESPONSE);
        byte[] withFrame = Arrays.copyOf(head, head.length + 7);
        System.arraycopy(new byte[] {(byte) 0x81, 0x05, 0x48, 0x65, 0x6c, 0x6c, 0x6f}, 0, withFrame, head.length, 7);
        assertEquals(new ParseResult.Complete(head(RFC_RESPONSE)), HttpHeadParser.parse(withFrame, 0, withFrame.length));
    }

    @Test
    void offsetsAreFromTheStartOfTheHeadNotTheBuffer() {
        byte[] head = bytes(RFC_REQUEST);
        byte[] buf = new byte[head.length + 10];
        System.arraycopy(head, 0, buf, 5, head.length);
        assertEquals(new ParseResult.Complete(head(RFC_REQUEST)), HttpHeadParser.parse(buf, 5, head.length));
    }

    @Test
    void bareLfLinesAreAcceptedAndReported() {
        HttpHead h = head("GET / HTTP/1.1\nHost: a\n\n");
        assertTrue(h.bareLf());
        assertEquals(24, h.length());
        assertEquals(new HeaderLine("Host", "a", 15, 7, 21), h.headers().get(0));
        assertEquals(14, h.firstBareLfOffset());
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("GET / HTTP/1.1\r\nHost a\r\n\r\n", 16, Phrase.of("detail.head-malformed.noColon", "Host a")),
                Arguments.of("\u0081\u0005Hello", 0, Phrase.of("detail.head-malformed.nonAscii", "81")), // 81 05 48 65 6c 6c 6f: a frame, not a head
                Arguments.of("SSH-2.0-OpenSSH_9.6\r\n", 0, Phrase.of("detail.head-malformed.startLine", "SSH-2.0-OpenSSH_9.6")),
                Arguments.of("GET /\r\n\r\n", 0, Phrase.of("detail.head-malformed.startLine", "GET /")), // HTTP/0.9
                Arguments.of("HTTP/1.1 1O1 Switching\r\n\r\n", 0, Phrase.of("detail.head-malformed.startLine", "HTTP/1.1 1O1 Switching")),
                Arguments.of("GET / HTTP/1.1\r\nHost: a\r\n folded\r\n\r\n", 25, Phrase.of("detail.head-malformed.folding")),
                Arguments.of("GET / HTTP/1.1\r\nHost : a\r\n\r\n", 20, Phrase.of("detail.head-malformed.nameChar", "20")),
                Arguments.of("GET / HTTP/1.1\r\n: a\r\n\r\n", 16, Phrase.of("detail.head-malformed.emptyName")),
                Arguments.of("GET / HTTP/1.1\rHost: a\r\n\r\n", 14, Phrase.of("detail.head-malformed.cr")),
                Arguments.of("GET / HTTP/1.1\r\nX: \u0000\r\n\r\n", 19, Phrase.of("detail.head-malformed.control", "00")),
                Arguments.of("Host: caf\u00e9\r\n", 9, Phrase.of("detail.head-malformed.nonAscii", "e9")),
                Arguments.of("\r\nGET / HTTP/1.1\r\n\r\n", 0, Phrase.of("detail.head-malformed.emptyStart")));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void malformedHeadsAreReportedAtTheBadByte(String text, int offset, Phrase reason) {
        ParseResult.Malformed m = assertInstanceOf(ParseResult.Malformed.class, parse(text));
        assertEquals(offset, m.offset());
        assertEquals(reason, m.reason());
    }

    @Test
    void malformedIsReportedBeforeTheBlankLineArrives() {
        assertInstanceOf(ParseResult.Malformed.class, parse("\u0081\u0005")); // 81 05: the start of a frame
    }

    @Test
    void headWithoutEndWithin16KiBIsMalformed() {
        byte[] b = new byte[HttpHeadParser.MAX_HEAD];
        Arrays.fill(b, (byte) 'a');
        System.arraycopy(bytes("GET / HTTP/1.1\r\nX-Pad: "), 0, b, 0, 23);
        assertInstanceOf(ParseResult.Incomplete.class, HttpHeadParser.parse(b, 0, b.length - 1));
        assertEquals(new ParseResult.Malformed(Phrase.of("detail.head-malformed.tooLong", 16384), 0),
                HttpHeadParser.parse(b, 0, b.length));
    }

    @Test
    void headOfExactly16KiBIsComplete() {
        byte[] b = new byte[HttpHeadParser.MAX_HEAD];
        Arrays.fill(b, (byte) 'a');
        System.arraycopy(bytes("GET / HTTP/1.1\r\nX-Pad: "), 0, b, 0, 23);
        System.arraycopy(bytes("\r\n\r\n"), 0, b, b.length - 4, 4);
        HttpHead h = assertInstanceOf(ParseResult.Complete.class, HttpHeadParser.parse(b, 0, b.length)).head();
        assertEquals(HttpHeadParser.MAX_HEAD, h.length());
    }

    @Test
    void badBoundsAreMalformedNotAnException() {
        assertInstanceOf(ParseResult.Malformed.class, HttpHeadParser.parse(null, 0, 0));
        assertInstanceOf(ParseResult.Malformed.class, HttpHeadParser.parse(new byte[4], 3, 2));
        assertInstanceOf(ParseResult.Malformed.class, HttpHeadParser.parse(new byte[4], -1, 2));
    }

    @Test
    void randomBytesNeverThrow() {
        Random r = new Random(6455);
        for (int i = 0; i < 3000; i++) {
            byte[] b = new byte[r.nextInt(300)];
            r.nextBytes(b);
            assertDoesNotThrow(() -> HttpHeadParser.parse(b, 0, b.length));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void mutatedHandshakesNeverThrowInParseOrValidate(int seed) {
        Random r = new Random(seed);
        String alphabet = " :,;=\"\r\n\t\u0000\u0080\u00ffGETHTP/1.0";
        for (String base : List.of(RFC_REQUEST, RFC_RESPONSE)) {
            for (int i = 0; i < 400; i++) {
                char[] c = base.toCharArray();
                for (int k = r.nextInt(4); k >= 0; k--) {
                    c[r.nextInt(c.length)] = alphabet.charAt(r.nextInt(alphabet.length()));
                }
                byte[] b = bytes(new String(c));
                for (int n = 0; n <= b.length; n += 1 + r.nextInt(20)) {
                    int len = n;
                    assertDoesNotThrow(() -> validateIfComplete(HttpHeadParser.parse(b, 0, len)));
                }
            }
        }
    }

    private static void validateIfComplete(ParseResult result) {
        if (result instanceof ParseResult.Complete c) {
            OpeningHandshake.validateRequest(c.head(), 0);
            OpeningHandshake.validateResponse(c.head(), 0, c.head());
            OpeningHandshake.validateResponse(c.head(), 0, null);
            c.head().firstBareLfOffset();
            HandshakeKind.ofRequest(c.head());
            HandshakeKind.ofResponse(c.head());
        }
    }
}
