package wsinspector.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import wsinspector.protocol.FrameSpec;
import wsinspector.protocol.MessageDeflater;
import wsinspector.protocol.MessageInflater;

/** permessage-deflate (RFC 7692) on the echo server, with the vectors of RFC 7692 §7.2.3. */
@Timeout(30)
class PermessageDeflateTest {
    private static final byte[] HELLO_COMPRESSED = hex("f248cdc9c90700");      // "Hello", RFC 7692 §7.2.3.1
    private static final byte[] HELLO_AGAIN_SHARED = hex("f200110000");         // the second "Hello", §7.2.3.2
    private EchoServer server;
    private InetSocketAddress at;

    @BeforeEach
    void start() throws Exception {
        server = new EchoServer(EchoServerOptions.defaults(), null);
        at = server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void acceptsTheOfferAndEchoesCompressedWithContextTakeover() throws Exception {
        try (RawWs ws = RawWs.open(at, "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits")) {
            assertTrue(ws.received.toString(StandardCharsets.ISO_8859_1).contains("Sec-WebSocket-Extensions: permessage-deflate\r\n"));
            MessageInflater inflater = new MessageInflater(false, 1 << 20);
            ws.sendMasked(FrameSpec.of(0x1, HELLO_COMPRESSED).withRsv1(true));        // c1 07 f2 48 cd c9 c9 07 00
            ws.sendMasked(FrameSpec.of(0x1, HELLO_AGAIN_SHARED).withRsv1(true));      // c1 05 f2 00 11 00 00
            for (int i = 0; i < 2; i++) {
                RawWs.Frame echo = ws.readFrame();
                assertTrue(echo.header().rsv1(), "the echo is compressed too");
                assertEquals("Hello", new String(inflater.inflate(echo.payload()).output(), StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void resetsBothContextsWithoutContextTakeover() throws Exception {
        try (RawWs ws = RawWs.open(at,
                "Sec-WebSocket-Extensions: permessage-deflate; server_no_context_takeover; client_no_context_takeover")) {
            assertTrue(ws.received.toString(StandardCharsets.ISO_8859_1).contains(
                    "permessage-deflate; server_no_context_takeover; client_no_context_takeover"));
            ws.sendMasked(FrameSpec.of(0x1, HELLO_COMPRESSED).withRsv1(true));
            ws.sendMasked(FrameSpec.of(0x1, HELLO_COMPRESSED).withRsv1(true)); // the same bytes: no shared window
            byte[] first = ws.readFrame().payload();
            byte[] second = ws.readFrame().payload();
            assertArrayEquals(first, second, "each message compressed from a fresh context");
            assertEquals("Hello", new String(new MessageInflater(true, 1 << 20).inflate(second).output(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void inflatesAFragmentedCompressedMessage() throws Exception {
        try (RawWs ws = RawWs.open(at, "Sec-WebSocket-Extensions: permessage-deflate")) {
            ws.sendMasked(FrameSpec.of(0x1, hex("f248cd")).withRsv1(true).withFin(false)); // 41 03 f2 48 cd
            ws.sendMasked(FrameSpec.continuation(hex("c9c90700")));                        // 80 04 c9 c9 07 00
            RawWs.Frame echo = ws.readFrame();
            assertEquals("Hello", new String(new MessageInflater(false, 1 << 20).inflate(echo.payload()).output(),
                    StandardCharsets.UTF_8));
        }
    }

    @Test
    void echoesALargeCompressedBinaryMessageAndAnUncompressedOneOnTheSameConnection() throws Exception {
        byte[] data = new byte[300_000];
        new Random(7692).nextBytes(data);
        try (RawWs ws = RawWs.open(at, "Sec-WebSocket-Extensions: permessage-deflate")) {
            MessageDeflater deflater = new MessageDeflater(false);
            ws.sendMasked(FrameSpec.of(0x2, deflater.deflate(data)).withRsv1(true));
            ws.sendMasked(FrameSpec.text("plain")); // RSV1 clear: not compressed, allowed (RFC 7692 §6)
            RawWs.Frame echo = ws.readFrame();
            assertArrayEquals(data, new MessageInflater(false, 1 << 20).inflate(echo.payload()).output());
            RawWs.Frame plain = ws.readFrame();
            assertFalse(plain.header().rsv1());
            assertEquals("plain", plain.text());
        }
    }

    @Test
    void acknowledgesTheServerWindowItWasOfferedEvenTheDefault() throws Exception {
        // Issue 12: accepting server_max_window_bits=15 without repeating it is illegal (RFC 7692 §7.1.2.1).
        try (RawWs ws = RawWs.open(at, "Sec-WebSocket-Extensions: permessage-deflate; server_max_window_bits=15")) {
            assertTrue(ws.received.toString(StandardCharsets.ISO_8859_1)
                    .contains("Sec-WebSocket-Extensions: permessage-deflate; server_max_window_bits=15\r\n"));
        }
    }

    @Test
    void acceptsTheSecondOfferWhenTheFirstIsInvalid() throws Exception {
        try (RawWs ws = RawWs.open(at, "Sec-WebSocket-Extensions: permessage-deflate; server_max_window_bits=16, "
                + "permessage-deflate; client_no_context_takeover")) {
            assertTrue(ws.received.toString(StandardCharsets.ISO_8859_1)
                    .contains("Sec-WebSocket-Extensions: permessage-deflate; client_no_context_takeover\r\n"));
        }
    }

    @Test
    void closesWith1002ForRsv1OnAContinuationFrame() throws Exception {
        try (RawWs ws = RawWs.open(at, "Sec-WebSocket-Extensions: permessage-deflate")) {
            ws.sendMasked(FrameSpec.of(0x1, hex("f248cd")).withRsv1(true).withFin(false));
            ws.sendMasked(FrameSpec.continuation(hex("c9c90700")).withRsv1(true));
            RawWs.Frame close = ws.readUntilClose();
            assertEquals(1002, close.closeCode());
            assertTrue(close.closeReason().startsWith("rsv1-on-continuation"), close.closeReason());
        }
    }

    @Test
    void closesWith1007ForDataThatIsNotDeflate() throws Exception {
        try (RawWs ws = RawWs.open(at, "Sec-WebSocket-Extensions: permessage-deflate")) {
            ws.sendMasked(FrameSpec.of(0x2, hex("ffffffff")).withRsv1(true));
            RawWs.Frame close = ws.readUntilClose();
            assertEquals(1007, close.closeCode());
            assertTrue(close.closeReason().startsWith("inflate-failed"), close.closeReason());
        }
    }

    @Test
    void closesWith1009WhenAMessageInflatesPastTheLimit() throws Exception {
        server.close();
        server = new EchoServer(EchoServerOptions.defaults().withMaxMessageBytes(10_000), null);
        at = server.start();
        try (RawWs ws = RawWs.open(at, "Sec-WebSocket-Extensions: permessage-deflate")) {
            byte[] zeros = new MessageDeflater(false).deflate(new byte[1_000_000]); // ~1 KiB on the wire
            ws.sendMasked(FrameSpec.of(0x2, zeros).withRsv1(true));
            assertEquals(1009, ws.readUntilClose().closeCode());
        }
    }

    static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }
}
