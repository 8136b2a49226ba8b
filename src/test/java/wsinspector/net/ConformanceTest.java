package wsinspector.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import wsinspector.protocol.FrameSpec;
import wsinspector.protocol.FrameSpec.LengthEncoding;

/**
 * Cases in the spirit of the Autobahn test suite, each sent byte for byte on a raw socket, each checking the exact
 * close code the echo server answers with and that the reason names the broken rule.
 */
@Timeout(30)
class ConformanceTest {
    private static final int LIMIT = 1024;
    private EchoServer server;
    private InetSocketAddress at;

    @BeforeEach
    void start() throws Exception {
        server = new EchoServer(EchoServerOptions.defaults().withMaxMessageBytes(LIMIT), null);
        at = server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static Stream<Arguments> brokenRules() {
        byte[] k = RawWs.KEY;
        return Stream.of(
                Arguments.of("reserved data opcode 0x3", List.of(FrameSpec.of(0x3, new byte[0]).withMask(k)), 1002, "reserved-opcode"),
                Arguments.of("reserved control opcode 0xB", List.of(FrameSpec.of(0xB, new byte[0]).withMask(k)), 1002, "reserved-opcode"),
                Arguments.of("RSV1 without extension", List.of(FrameSpec.text("a").withRsv1(true).withMask(k)), 1002, "rsv-without-extension"),
                Arguments.of("RSV2 without extension", List.of(FrameSpec.text("a").withRsv2(true).withMask(k)), 1002, "rsv-without-extension"),
                Arguments.of("RSV3 on a ping", List.of(FrameSpec.ping(new byte[0]).withRsv3(true).withMask(k)), 1002, "rsv-without-extension"),
                Arguments.of("unmasked client frame", List.of(FrameSpec.text("Hello")), 1002, "client-frame-unmasked"),
                Arguments.of("ping of 126 bytes", List.of(FrameSpec.ping(new byte[126]).withMask(k)), 1002, "control-frame-too-long"),
                Arguments.of("fragmented ping", List.of(FrameSpec.ping(bytes("a")).withFin(false).withMask(k)), 1002, "control-frame-fragmented"),
                Arguments.of("continuation without start", List.of(FrameSpec.continuation(bytes("a")).withMask(k)), 1002, "continuation-without-start"),
                Arguments.of("new text inside a fragmented message",
                        List.of(FrameSpec.text("a").withFin(false).withMask(k), FrameSpec.text("b").withMask(k)), 1002,
                        "data-frame-inside-fragmented-message"),
                Arguments.of("non-minimal length", List.of(FrameSpec.text("a").withLengthEncoding(LengthEncoding.FORCE_16).withMask(k)),
                        1002, "non-minimal-length"),
                Arguments.of("invalid UTF-8 in one frame (Autobahn 6.3.1)",
                        List.of(FrameSpec.of(0x1, hex("cebae1bdb9cf83cebcceb5eda080656469746564")).withMask(k)), 1007, "text-invalid-utf8"),
                Arguments.of("text ending inside a character", List.of(FrameSpec.of(0x1, hex("cebae1")).withMask(k)), 1007,
                        "text-incomplete-utf8"),
                Arguments.of("close with a 1-byte body", List.of(FrameSpec.of(0x8, new byte[] {0x03}).withMask(k)), 1002, "close-body-one-byte"),
                Arguments.of("close with invalid UTF-8 reason",
                        List.of(FrameSpec.of(0x8, hex("03e8cebae1bdb9cf83cebcceb5eda080")).withMask(k)), 1007, "close-reason-invalid-utf8"),
                Arguments.of("binary over the limit", List.of(FrameSpec.binary(new byte[LIMIT + 1]).withMask(k)), 1009, "message-too-big"),
                Arguments.of("fragments over the limit",
                        List.of(FrameSpec.binary(new byte[600]).withFin(false).withMask(k),
                                FrameSpec.continuation(new byte[600]).withMask(k)), 1009, "message-too-big"));
    }

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("brokenRules")
    void closesWithTheCodeOfTheBrokenRule(String name, List<FrameSpec> frames, int code, String ruleId) throws Exception {
        try (RawWs ws = RawWs.open(at)) {
            for (FrameSpec f : frames) {
                ws.send(f);
            }
            RawWs.Frame close = ws.readUntilClose();
            assertEquals(code, close.closeCode());
            assertTrue(close.closeReason().startsWith(ruleId), close.closeReason());
            assertTrue(close.payload().length <= 125);
            assertEquals("", ws.readToEnd(), "nothing after the close frame, then the server closes TCP");
        }
    }

    @ParameterizedTest(name = "close code {0} → 1002")
    @ValueSource(ints = {0, 999, 1004, 1005, 1006, 1015, 1016, 2999, 5000, 65535})
    void closesWith1002ForACloseCodeNotAllowedOnTheWire(int code) throws Exception {
        try (RawWs ws = RawWs.open(at)) {
            ws.sendMasked(FrameSpec.close(code, ""));
            RawWs.Frame close = ws.readUntilClose();
            assertEquals(1002, close.closeCode());
            assertTrue(close.closeReason().startsWith("close-code-not-allowed"), close.closeReason());
        }
    }

    @ParameterizedTest(name = "close code {0} is echoed")
    @ValueSource(ints = {1000, 1001, 1003, 1007, 1011, 1014, 3000, 4999})
    void echoesAnAllowedCloseCode(int code) throws Exception {
        try (RawWs ws = RawWs.open(at)) {
            ws.sendMasked(FrameSpec.close(code, "bye"));
            assertEquals(code, ws.readFrame().closeCode());
        }
    }

    @Test
    void answersACloseWithoutBodyWithACloseWithoutBody() throws Exception {
        try (RawWs ws = RawWs.open(at)) {
            ws.sendMasked(FrameSpec.close());
            RawWs.Frame close = ws.readFrame();
            assertEquals(0x8, close.header().opcode());
            assertEquals(0, close.payload().length);
        }
    }

    @Test
    void failsAtTheSecondFragmentWhenItHoldsInvalidUtf8BeforeTheMessageEnds() throws Exception {
        try (RawWs ws = RawWs.open(at)) {
            ws.sendMasked(FrameSpec.of(0x1, hex("cebae1bdb9cf83cebcceb5")).withFin(false)); // κόσμε
            ws.sendMasked(FrameSpec.continuation(hex("eda080")).withFin(false));           // a surrogate
            RawWs.Frame close = ws.readFrame(); // before the last fragment is sent
            assertEquals(1007, close.closeCode());
            assertTrue(close.closeReason().startsWith("text-invalid-utf8"), close.closeReason());
        }
    }

    @Test
    void failsInsideAFrameAtTheFirstInvalidByteWithoutWaitingForTheRest() throws Exception {
        try (RawWs ws = RawWs.open(at)) {
            byte[] frame = wsinspector.protocol.FrameEncoder.encode(FrameSpec.of(0x1, new byte[100]).withMask(RawWs.KEY));
            byte[] firstPart = Arrays.copyOf(frame, 6 + 5);
            for (int i = 6; i < firstPart.length; i++) {
                firstPart[i] = (byte) (0xFF ^ RawWs.KEY[(i - 6) % 4]); // 0xFF is never UTF-8
            }
            ws.send(firstPart); // 95 payload bytes never sent
            assertEquals(1007, ws.readFrame().closeCode());
        }
    }

    @Test
    void failsAtTheHeaderOfAMessageOverTheLimitWithoutReadingIt() throws Exception {
        try (RawWs ws = RawWs.open(at)) {
            ws.send(wsinspector.protocol.FrameEncoder.encodeHeader(true, false, 0x2, RawWs.KEY, 1L << 40));
            assertEquals(1009, ws.readFrame().closeCode());
        }
    }

    @Test
    void answersAPingWithAPongCarryingTheSamePayload() throws Exception {
        byte[] payload = new byte[125];
        Arrays.fill(payload, (byte) 0xFE);
        try (RawWs ws = RawWs.open(at)) {
            ws.sendMasked(FrameSpec.ping(payload));
            RawWs.Frame pong = ws.readFrame();
            assertEquals(0xA, pong.header().opcode());
            assertFalse(pong.header().masked(), "a server never masks (RFC 6455 §5.1)");
            assertArrayEquals(payload, pong.payload());
        }
    }

    @Test
    void answersPingsBetweenFragmentsAndStillEchoesTheMessage() throws Exception {
        try (RawWs ws = RawWs.open(at)) {
            ws.sendMasked(FrameSpec.text("frag").withFin(false));
            ws.sendMasked(FrameSpec.ping(bytes("p1")));
            ws.sendMasked(FrameSpec.continuation(bytes("men")).withFin(false));
            ws.sendMasked(FrameSpec.pong(bytes("unsolicited")));
            ws.sendMasked(FrameSpec.ping(bytes("p2")));
            ws.sendMasked(FrameSpec.continuation(bytes("ted")));
            assertEquals("p1", ws.readFrame().text());
            assertEquals("p2", ws.readFrame().text());
            RawWs.Frame echo = ws.readFrame();
            assertEquals(0x1, echo.header().opcode());
            assertEquals("fragmented", echo.text());
        }
    }

    @Test
    void echoesZeroLengthFramesAndMessages() throws Exception {
        try (RawWs ws = RawWs.open(at)) {
            ws.sendMasked(FrameSpec.text(""));
            ws.sendMasked(FrameSpec.binary(new byte[0]));
            ws.sendMasked(FrameSpec.text("").withFin(false));
            ws.sendMasked(FrameSpec.continuation(new byte[0]).withFin(false));
            ws.sendMasked(FrameSpec.continuation(bytes("abc")));
            ws.sendMasked(FrameSpec.ping(new byte[0]));
            RawWs.Frame text = ws.readFrame();
            assertEquals(0x1, text.header().opcode());
            assertEquals(0, text.payload().length);
            assertEquals(0x2, ws.readFrame().header().opcode());
            assertEquals("abc", ws.readFrame().text());
            RawWs.Frame pong = ws.readFrame();
            assertEquals(0xA, pong.header().opcode());
            assertEquals(0, pong.payload().length);
        }
    }

    @Test
    void doesNotAnswerPingsWhenToldNotTo() throws Exception {
        server.setAnswerPings(false);
        try (RawWs ws = RawWs.open(at)) {
            ws.sendMasked(FrameSpec.ping(bytes("ignored")));
            ws.sendMasked(FrameSpec.text("after"));
            assertEquals(0x1, ws.readFrame().header().opcode(), "the echo comes first: no pong");
        }
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] hex(String s) {
        return java.util.HexFormat.of().parseHex(s);
    }
}
