package wsinspector.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wsinspector.protocol.Hex.bytes;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** permessage-deflate, RFC 7692 §7.2.3 examples. */
class DeflateTest {
    private static final byte[] HELLO = "Hello".getBytes(StandardCharsets.US_ASCII);

    @Test
    void inflatesHelloInOneFrame() {
        InflateResult r = new MessageInflater(false, 1000).inflate(bytes("f248cdc9c90700")); // c1 07 f2 48 cd c9 c9 07 00
        assertArrayEquals(HELLO, r.output());
        assertTrue(r.ok());
    }

    @Test
    void inflatesHelloAsAStoredBlock() {
        InflateResult r = new MessageInflater(false, 1000).inflate(bytes("000500faff48656c6c6f00")); // c1 0b ...
        assertArrayEquals(HELLO, r.output());
    }

    @Test
    void theSecondHelloSharesTheWindowOfTheFirst() {
        MessageInflater inflater = new MessageInflater(false, 1000);
        inflater.inflate(bytes("f248cdc9c90700"));
        assertArrayEquals(HELLO, inflater.inflate(bytes("f200110000")).output()); // c1 05 f2 00 11 00 00
    }

    @Test
    void withoutContextTakeoverTheSecondHelloCannotBeInflated() {
        MessageInflater inflater = new MessageInflater(true, 1000);
        inflater.inflate(bytes("f248cdc9c90700"));
        InflateResult r = inflater.inflate(bytes("f200110000"));
        assertNotNull(r.error());
        assertFalse(r.ok());
    }

    @Test
    void corruptedDataGivesAnErrorNotAnException() {
        InflateResult r = new MessageInflater(false, 1000).inflate(bytes("ff")); // BTYPE 11 is reserved
        assertNotNull(r.error());
    }

    @Test
    void stopsKeepingOutputAtTheLimit() {
        byte[] zeros = new byte[100_000];
        byte[] compressed = new MessageDeflater(false).deflate(zeros);
        InflateResult r = new MessageInflater(false, 1000).inflate(compressed);
        assertTrue(r.limitExceeded());
        assertNull(r.error());
        assertEquals(1000, r.output().length);
    }

    @Test
    void theWindowStaysInStepAfterALimitWasExceeded() {
        MessageDeflater deflater = new MessageDeflater(false);
        MessageInflater inflater = new MessageInflater(false, 1000);
        byte[] big = new byte[5000];
        new Random(7).nextBytes(big);
        inflater.inflate(deflater.deflate(big));
        assertArrayEquals(HELLO, inflater.inflate(deflater.deflate(HELLO)).output());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void deflateThenInflateGivesTheMessagesBack(boolean noContextTakeover) {
        MessageDeflater deflater = new MessageDeflater(noContextTakeover);
        MessageInflater inflater = new MessageInflater(noContextTakeover, 1 << 20);
        Random random = new Random(8);
        for (int i = 0; i < 20; i++) {
            byte[] message = new byte[random.nextInt(40_000)];
            for (int j = 0; j < message.length; j++) {
                message[j] = (byte) ('a' + random.nextInt(4));
            }
            assertArrayEquals(message, inflater.inflate(deflater.deflate(message)).output());
        }
    }

    @Test
    void deflatesHelloAsTheRfcDoes() {
        assertArrayEquals(bytes("f248cdc9c90700"), new MessageDeflater(false).deflate(HELLO));
    }

    @Test
    void anEmptyMessageDeflatesToOneZeroByte() {
        byte[] compressed = new MessageDeflater(true).deflate(new byte[0]);
        assertArrayEquals(bytes("00"), compressed);
        assertEquals(0, new MessageInflater(true, 10).inflate(compressed).output().length);
    }

    @Test
    void parsesTheBareExtension() {
        assertEquals(Optional.of(DeflateParameters.DEFAULT), DeflateParameters.fromExtensionHeader("permessage-deflate"));
    }

    @Test
    void parsesEveryParameterCaseInsensitivelyWithQuotes() {
        Optional<DeflateParameters> p = DeflateParameters.fromExtensionHeader(
                "x-webkit-foo; a=\"b,c\", Permessage-Deflate ; SERVER_NO_CONTEXT_TAKEOVER; client_no_context_takeover;"
                        + " server_max_window_bits=\"10\"; client_max_window_bits=12");
        assertEquals(Optional.of(new DeflateParameters(true, true, 10, 12)), p);
    }

    @Test
    void readsAClientMaxWindowBitsWithoutValueAsTheDefault() {
        assertEquals(15, DeflateParameters.fromExtensionHeader("permessage-deflate; client_max_window_bits")
                .orElseThrow().clientMaxWindowBits());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "x-webkit-deflate-frame",
            "permessage-deflate; server_max_window_bits=16",
            "permessage-deflate; server_max_window_bits=7",
            "permessage-deflate; server_max_window_bits=010",
            "permessage-deflate; server_max_window_bits",
            "permessage-deflate; server_no_context_takeover; server_no_context_takeover",
            "permessage-deflate; server_no_context_takeover=1",
            "permessage-deflate; unknown_parameter",
            "",
    })
    void rejectsAMissingOrMalformedElement(String header) {
        assertEquals(Optional.empty(), DeflateParameters.fromExtensionHeader(header));
    }

    @Test
    void writesTheHeaderValueBack() {
        DeflateParameters p = new DeflateParameters(true, false, 15, 9);
        assertEquals("permessage-deflate; server_no_context_takeover; client_max_window_bits=9", p.toHeaderValue());
        assertEquals(Optional.of(p), DeflateParameters.fromExtensionHeader(p.toHeaderValue()));
        assertEquals("permessage-deflate", DeflateParameters.DEFAULT.toHeaderValue());
    }
}
