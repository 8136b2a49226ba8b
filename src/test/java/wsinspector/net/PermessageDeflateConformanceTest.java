package wsinspector.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import wsinspector.protocol.DeflateAgreement;
import wsinspector.protocol.DeflateDistances;
import wsinspector.protocol.DeflateOffer;
import wsinspector.protocol.DeflateParameters;
import wsinspector.protocol.DeflateSamples;
import wsinspector.protocol.ExtensionOffer;
import wsinspector.protocol.FrameSpec;
import wsinspector.protocol.MessageDeflater;
import wsinspector.protocol.MessageInflater;

/**
 * Every kind of permessage-deflate offer, Autobahn style (its cases 12.x and 13.x): the offer sent byte for byte, the
 * response compared with the one expected and judged by RFC 7692 §7.1 against the offers, then messages of 64 B,
 * 4 KiB and 64 KiB sent compressed with the client's negotiated window and echoed back. The echoes are decoded by an
 * oracle that reads the DEFLATE distances, so a server window larger than the one acknowledged, or a reference into
 * an earlier message after server_no_context_takeover, fails the case; a 32 KiB-window inflater would not notice.
 */
@Timeout(60)
class PermessageDeflateConformanceTest {
    private static final byte[] TAIL = {0x00, 0x00, (byte) 0xFF, (byte) 0xFF};
    private static final int[] SIZES = {64, 4096, 65536};
    private static EchoServer server;
    private static InetSocketAddress at;

    @BeforeAll
    static void start() throws Exception {
        server = new EchoServer(EchoServerOptions.defaults(), null);
        at = server.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Offers (one Sec-WebSocket-Extensions line each) → the answer expected, null for declined. */
    static Stream<Arguments> offers() {
        List<Arguments> cases = new ArrayList<>();
        cases.add(of("permessage-deflate", "permessage-deflate"));
        IntStream.rangeClosed(8, 15).forEach(bits -> cases.add(of(
                "permessage-deflate; server_max_window_bits=" + bits, "permessage-deflate; server_max_window_bits=" + bits)));
        cases.add(of("permessage-deflate; client_max_window_bits", "permessage-deflate"));
        IntStream.rangeClosed(8, 15).forEach(bits -> cases.add(of(
                "permessage-deflate; client_max_window_bits=" + bits, "permessage-deflate; client_max_window_bits=" + bits)));
        cases.add(of("permessage-deflate; server_no_context_takeover", "permessage-deflate; server_no_context_takeover"));
        cases.add(of("permessage-deflate; client_no_context_takeover", "permessage-deflate; client_no_context_takeover"));
        String all = "permessage-deflate; server_no_context_takeover; client_no_context_takeover; server_max_window_bits=9;"
                + " client_max_window_bits=10";
        cases.add(of(all, all));
        cases.add(of("permessage-deflate; server_max_window_bits=8; client_max_window_bits=8",
                "permessage-deflate; server_max_window_bits=8; client_max_window_bits=8"));
        cases.add(of("permessage-deflate; server_no_context_takeover; server_max_window_bits=12; client_max_window_bits",
                "permessage-deflate; server_no_context_takeover; server_max_window_bits=12"));
        cases.add(of("PerMessage-Deflate; Server_Max_Window_Bits=\"11\"", "permessage-deflate; server_max_window_bits=11"));
        cases.add(of("permessage-deflate; server_max_window_bits=7, permessage-deflate; server_max_window_bits=13",
                "permessage-deflate; server_max_window_bits=13"));
        cases.add(of("x-webkit-deflate-frame, permessage-deflate; client_no_context_takeover",
                "permessage-deflate; client_no_context_takeover"));
        cases.add(Arguments.of(List.of("permessage-deflate; mux", "permessage-deflate; server_max_window_bits=10"),
                "permessage-deflate; server_max_window_bits=10"));
        for (String invalid : List.of("permessage-deflate; server_max_window_bits=16", "permessage-deflate; server_max_window_bits",
                "permessage-deflate; server_max_window_bits=010", "permessage-deflate; client_max_window_bits=7",
                "permessage-deflate; server_no_context_takeover=1", "permessage-deflate; foo",
                "permessage-deflate; server_max_window_bits=10; server_max_window_bits=10",
                "permessage-deflate; client_no_context_takeover; client_no_context_takeover")) {
            cases.add(of(invalid, null));
        }
        return cases.stream();
    }

    private static Arguments of(String offer, String answer) {
        return Arguments.of(List.of(offer), answer);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("offers")
    void answersLegallyAndHonoursWhatItAnswered(List<String> offerLines, String expected) throws Exception {
        String[] lines = offerLines.stream().map(l -> "Sec-WebSocket-Extensions: " + l).toArray(String[]::new);
        try (RawWs ws = RawWs.open(at, lines)) {
            List<String> answers = headerValues(ws.received.toString(StandardCharsets.ISO_8859_1));
            if (expected == null) {
                assertEquals(List.of(), answers, "an invalid offer is declined by leaving it unanswered");
                echoesUncompressed(ws);
                return;
            }
            assertEquals(List.of(expected), answers);
            DeflateParameters agreed = judge(offerLines, answers.get(0));
            echoesCompressedWithinTheAgreement(ws, agreed);
        }
    }

    /** RFC 7692 §7.1: the answer must accept one of the valid offers, parameter by parameter. */
    private static DeflateParameters judge(List<String> offerLines, String answer) {
        ExtensionOffer response = ExtensionOffer.parseAll(List.of(answer)).get(0);
        List<String> problems = new ArrayList<>();
        for (ExtensionOffer element : ExtensionOffer.parseAll(offerLines)) {
            Optional<DeflateOffer> offer = DeflateOffer.from(element);
            if (offer.isPresent()) {
                DeflateAgreement a = DeflateAgreement.judge(offer.get(), response);
                if (a.ok()) {
                    return a.parameters();
                }
                problems.add(WireText.of(a.problem()));
            }
        }
        return fail("the answer " + answer + " accepts none of the offers: " + problems);
    }

    private static void echoesCompressedWithinTheAgreement(RawWs ws, DeflateParameters agreed) throws Exception {
        MessageDeflater deflater = new MessageDeflater(agreed.clientNoContextTakeover(), agreed.clientMaxWindowBits());
        MessageInflater inflater = new MessageInflater(agreed.serverNoContextTakeover(), 1 << 20);
        ByteArrayOutputStream echoes = new ByteArrayOutputStream();
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        for (int i = 0; i < SIZES.length; i++) {
            byte[] message = DeflateSamples.message(SIZES[i], i);
            ws.sendMasked(FrameSpec.of(0x1, deflater.deflate(message)).withRsv1(true));
            RawWs.Frame echo = ws.readFrame();
            assertTrue(echo.header().rsv1(), "the echo is compressed");
            assertArrayEquals(message, inflater.inflate(echo.payload()).output());
            byte[] alone = concat(echo.payload(), TAIL);
            if (agreed.serverNoContextTakeover()) {
                // The oracle fails on a distance reaching before the start of what it is given: this message alone.
                assertArrayEquals(message, DeflateDistances.decode(alone).output(), "no context takeover");
            }
            echoes.writeBytes(alone);
            sent.writeBytes(message);
        }
        DeflateDistances.Result all = DeflateDistances.decode(echoes.toByteArray());
        assertArrayEquals(sent.toByteArray(), all.output());
        int window = 1 << agreed.serverMaxWindowBits();
        assertTrue(all.longestDistance() <= window,
                "the server referred " + all.longestDistance() + " bytes back, beyond its window of " + window);
    }

    private static void echoesUncompressed(RawWs ws) throws Exception {
        ws.sendMasked(FrameSpec.text("plain"));
        RawWs.Frame echo = ws.readFrame();
        assertFalse(echo.header().rsv1());
        assertEquals("plain", echo.text());
    }

    /** The values of every Sec-WebSocket-Extensions line of the response head. */
    private static List<String> headerValues(String received) {
        String head = received.substring(0, received.indexOf("\r\n\r\n"));
        return Arrays.stream(head.split("\r\n"))
                .filter(l -> l.regionMatches(true, 0, "Sec-WebSocket-Extensions:", 0, 25))
                .map(l -> l.substring(25).strip()).toList();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
